/**
 * Asking for the finder's text tables of a store where a thread is free: at the end of a build the
 * checking threads have nothing left to check, and the event table (the largest part of the end of
 * a build: 18 s of 37 at 1,000,000 events) is made in one of them while the build's own thread
 * writes everything else (make-search-table.ts makes it, in whichever thread). This file holds what
 * passes between the threads, and nothing heavy: a check alone loads it too.
 */
import type {SearchColumns, SearchKind} from '../model/search-entries.js';
import type {TextTableArrays} from '../model/text-table-parts.js';
import {buffersOf, viewsOf} from './transfer.js';

/** A kind's searched texts as columns, nothing else. */
export type PlainColumns = Pick<SearchColumns, 'units' | 'textStart' | 'fields' | 'entityStart'>;

/** A kind's columns to make a table of; `order` puts their records in another order first (events in timeline order). */
export interface TableRequest {
	readonly kind: SearchKind;
	readonly columns: PlainColumns;
	readonly order?: Int32Array;
}

/** The columns as the store keeps them (in `order` when one was given) and their table. */
export interface TableAnswer {
	readonly kind: SearchKind;
	readonly columns: PlainColumns;
	readonly arrays: TextTableArrays;
}

/** The buffers a request hands over. */
export function requestBuffers(request: TableRequest): ArrayBuffer[] {
	const {units, textStart, fields, entityStart} = request.columns;
	return buffersOf([units, textStart, fields, entityStart, ...(request.order ? [request.order] : [])]);
}

/** The buffers an answer hands back. */
export function answerBuffers(answer: TableAnswer): ArrayBuffer[] {
	const {units, textStart, fields, entityStart} = answer.columns;
	return buffersOf([units, textStart, fields, entityStart, ...viewsOf(answer.arrays)]);
}
