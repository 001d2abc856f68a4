/**
 * What every reader of a dataset as a stream (build.ts, check.ts, stream-errors.ts) settles before
 * it starts: the file as it is now, the folder its article text files are read from, and how many
 * threads check its records.
 */
import {defaultThreads, type StreamOptions} from './record-stream.js';
import {textDirOf} from './reopen.js';
import {stampOf, type FileStamp} from './stamp.js';

/** A stream about to start: the dataset's stamp, its text folder, its checking threads. */
export interface StreamStart {
	readonly dataset: FileStamp;
	readonly textDir: string;
	readonly threads: number;
}

/** The dataset file at `path` stamped, with the text folder and threads `options` give or their defaults; undefined when it is not a readable file. */
export function streamStart(path: string, options: StreamOptions): StreamStart | undefined {
	const dataset = stampOf(path);
	if (!dataset) return undefined;
	// A textFile is read beside the path given (a link's own folder), as the whole-file loader reads it.
	return {dataset, textDir: options.textDir ?? textDirOf(path), threads: options.threads ?? defaultThreads(dataset.size)};
}
