/**
 * A generated dataset written to disk as it is made, record by record: the same bytes as
 * `serializeDataset` and the article text, but never the whole file in one string (a million
 * events make 1.2 GB of JSON, past V8's longest string) nor every record in memory at once.
 *
 * The file holds the entities before the events, and the entities are finished only with the last
 * event (they gather their mentions), so events and quotes go to files of their own first and are
 * copied in after the entities.
 */
import {closeSync, openSync, readSync, renameSync, rmSync, statSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {DATASET_FRAME, generateInto, RecordListWriter, type GeneratorOptions} from './dataset.js';

/** Text gathered before each write: few system calls, little memory. */
const CHUNK_CHARS = 1 << 20;

/** A file written a chunk at a time. */
class ChunkedFile {
	private readonly fd: number;
	private parts: string[] = [];
	private chars = 0;
	private closed = false;
	constructor(readonly path: string) {
		this.fd = openSync(path, 'w');
	}
	readonly write = (text: string): void => {
		this.parts.push(text);
		this.chars += text.length;
		if (this.chars >= CHUNK_CHARS) this.flush();
	};
	/** Append the whole of the file at `path`. */
	append(path: string): void {
		this.flush();
		const from = openSync(path, 'r');
		try {
			const buffer = Buffer.allocUnsafe(8 << 20);
			for (let read; (read = readSync(from, buffer, 0, buffer.length, null)) > 0; ) writeAll(this.fd, buffer.subarray(0, read));
		} finally {
			closeSync(from);
		}
	}
	close(): void {
		if (this.closed) return;
		this.closed = true;
		this.flush();
		closeSync(this.fd);
	}
	private flush(): void {
		if (this.parts.length === 0) return;
		writeAll(this.fd, Buffer.from(this.parts.join(''), 'utf8'));
		this.parts = [];
		this.chars = 0;
	}
}

function writeAll(fd: number, bytes: Uint8Array): void {
	for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

export interface WrittenDataset {
	readonly dataset: string;
	readonly article: string;
	/** The size of dataset.json. */
	readonly bytes: number;
}

/**
 * Write dataset.json and article.txt (the file's `textFile`) into `dir`. Each is written under
 * another name and renamed when whole, the article first, so an interrupted run never leaves a
 * dataset.json that looks finished.
 */
export function writeDatasetFiles(options: GeneratorOptions, dir: string): WrittenDataset {
	const dataset = join(dir, 'dataset.json');
	const article = join(dir, 'article.txt');
	const text = new ChunkedFile(`${article}.partial`);
	const events = new ChunkedFile(join(dir, 'events.partial'));
	const quotes = new ChunkedFile(join(dir, 'quotes.partial'));
	const file = new ChunkedFile(`${dataset}.partial`);
	try {
		const eventList = new RecordListWriter(events.write);
		const quoteList = new RecordListWriter(quotes.write);
		const {head, entities} = generateInto(options, {text: text.write, event: (event) => eventList.add(event), quote: (quote) => quoteList.add(quote)});
		eventList.close();
		quoteList.close();
		for (const part of [text, events, quotes]) part.close();
		renameSync(text.path, article);

		file.write(DATASET_FRAME.beforeEntities(head));
		const entityList = new RecordListWriter(file.write);
		for (const entity of entities) entityList.add(entity);
		entityList.close();
		file.write(DATASET_FRAME.beforeEvents);
		file.append(events.path);
		file.write(DATASET_FRAME.beforeQuotes);
		file.append(quotes.path);
		file.write(DATASET_FRAME.end);
		file.close();
		renameSync(file.path, dataset);
		return {dataset, article, bytes: statSync(dataset).size};
	} finally {
		for (const part of [events, quotes, file, text]) {
			part.close();
			rmSync(part.path, {force: true});
		}
	}
}
