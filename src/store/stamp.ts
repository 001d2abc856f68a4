/**
 * What a store was built from: each file's path, size, times and inode. A store is used only
 * while every one of them still matches (as git trusts its index while a file's stat data does).
 */
import {realpathSync, statSync} from 'node:fs';

export interface FileStamp {
	readonly path: string;
	readonly size: number;
	readonly mtimeMs: number;
	readonly ctimeMs: number;
	readonly ino: number;
}

/** The stamp of a file as it is now, or undefined when it cannot be read. */
export function stampOf(path: string): FileStamp | undefined {
	try {
		const real = realpathSync(path);
		const stat = statSync(real);
		if (!stat.isFile()) return undefined;
		return {path: real, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino};
	} catch {
		return undefined;
	}
}

/** Whether a file is still as stamped. */
export function stampHolds(stamp: FileStamp): boolean {
	const now = stampOf(stamp.path);
	return now !== undefined && now.size === stamp.size && now.mtimeMs === stamp.mtimeMs && now.ctimeMs === stamp.ctimeMs && now.ino === stamp.ino;
}
