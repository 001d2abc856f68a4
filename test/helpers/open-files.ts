/**
 * The process's open files, counted where the system lists them: /proc/self/fd on Linux (where CI
 * runs), /dev/fd on macOS and the BSDs. Windows lists them nowhere a test can read, and there the
 * tests that count them are skipped (OPEN_FILES_LISTED is false).
 */
import {existsSync, readdirSync} from 'node:fs';

const LISTING = ['/proc/self/fd', '/dev/fd'].find((path) => existsSync(path));

/** Whether this system lists the process's open files. */
export const OPEN_FILES_LISTED = LISTING !== undefined;

/** How many files the process has open now. */
export function openFileCount(): number {
	if (LISTING === undefined) throw new Error('this system does not list open files');
	return readdirSync(LISTING).length;
}
