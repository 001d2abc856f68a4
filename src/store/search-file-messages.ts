/**
 * Asking for the finder's sections of a store where a thread is free: at the end of a build the
 * checking threads have nothing left to check, and each kind's search columns and table are
 * written by one of them into a file of their own (search-file.ts) while the build's own thread
 * writes everything else. This file holds what passes between the threads, and nothing heavy: a
 * check alone loads it too.
 */
import type {SearchKind} from '../model/search-entries.js';
import type {SectionInfo} from './layout.js';
import {buffersOf} from './transfer.js';

/** What a thread needs to write a kind's search sections from a side file of units. */
export interface SearchFileRequest {
	readonly kind: SearchKind;
	/** The side file of every record's units, in dataset order. */
	readonly units: string;
	/** Where text t's units are in it (in units), each text's field, each record's first text: as SearchColumns has them. */
	readonly textStart: Int32Array;
	readonly fields: Uint8Array;
	readonly entityStart: Int32Array;
	/** The order the sections hold the records in: record order[p] at p. */
	readonly order: Int32Array;
	/** A new file to write the sections into. */
	readonly out: string;
}

/** The sections written, by name, with their places in the request's `out`, and how long that file is. */
export interface SearchFileAnswer {
	readonly kind: SearchKind;
	readonly sections: Readonly<Record<string, SectionInfo>>;
	readonly bytes: number;
}

/** The buffers a request hands over. */
export function searchFileBuffers(request: SearchFileRequest): ArrayBuffer[] {
	return buffersOf([request.textStart, request.fields, request.entityStart, request.order]);
}
