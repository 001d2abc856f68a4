import {accessSync, constants, statSync} from 'node:fs';
import path from 'node:path';
import type {Env} from './osc52.js';

/** Whether `file` is a regular file this process may execute. */
function isExecutableFile(file: string, platform: NodeJS.Platform): boolean {
	try {
		if (!statSync(file).isFile()) {
			return false;
		}
		// Windows has no execute bit: a file with an executable extension is enough.
		if (platform !== 'win32') {
			accessSync(file, constants.X_OK);
		}
		return true;
	} catch {
		return false;
	}
}

/**
 * Whether `command` is an executable in one of the $PATH directories, as a shell would find it.
 * On Windows a name without an extension is also tried with each of $PATHEXT.
 */
export function commandOnPath(command: string, env: Env, platform: NodeJS.Platform): boolean {
	const pathApi = platform === 'win32' ? path.win32 : path.posix;
	const directories = (env['PATH'] ?? env['Path'] ?? '').split(pathApi.delimiter).filter(Boolean);
	const names =
		platform === 'win32' && pathApi.extname(command) === ''
			? (env['PATHEXT'] ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean).map((ext) => command + ext)
			: [command];
	return directories.some((directory) =>
		names.some((name) => isExecutableFile(pathApi.join(directory, name), platform)),
	);
}
