/**
 * Asking for the finder's text tables of a store where a thread is free: at the end of a build the
 * checking threads have nothing left to check, and the events' search sections (the largest part
 * of the end of a build) are written by one of them into a file (search-file.ts) while the build's
 * own thread writes everything else; the entities' and quotes' tables are made in memory
 * (make-search-table.ts), in whichever thread. This file holds what passes between the threads,
 * and nothing heavy: a check alone loads it too.
 */
import type {SearchColumns, SearchKind} from '../model/search-entries.js';
import type {TextTableArrays} from '../model/text-table-parts.js';
import type {SearchFileRequest} from './search-file.js';
import {buffersOf, viewsOf} from './transfer.js';

/** A kind's searched texts as columns, nothing else. */
export type PlainColumns = Pick<SearchColumns, 'units' | 'textStart' | 'fields' | 'entityStart'>;

/** A kind's columns to make a table of. */
export interface TableRequest {
	readonly kind: SearchKind;
	readonly columns: PlainColumns;
}

/** The columns as the store keeps them, and their table. */
export interface TableAnswer {
	readonly kind: SearchKind;
	readonly columns: PlainColumns;
	readonly arrays: TextTableArrays;
}

/** The buffers a request hands over. */
export function requestBuffers(request: TableRequest): ArrayBuffer[] {
	const {units, textStart, fields, entityStart} = request.columns;
	return buffersOf([units, textStart, fields, entityStart]);
}

/** The buffers an answer hands back. */
export function answerBuffers(answer: TableAnswer): ArrayBuffer[] {
	const {units, textStart, fields, entityStart} = answer.columns;
	return buffersOf([units, textStart, fields, entityStart, ...viewsOf(answer.arrays)]);
}

/** The buffers a search file request hands over. */
export function searchFileBuffers(request: SearchFileRequest): ArrayBuffer[] {
	return buffersOf([request.textStart, request.fields, request.entityStart, request.order]);
}
