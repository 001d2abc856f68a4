/**
 * What passes between a store build and the threads that check its records: a batch of records as
 * raw JSON bytes going out, and what the build needs of each checked record coming back, packed in
 * typed arrays and a few string lists (cheap to send between threads, where an object per record
 * is not).
 */
import type {RecordKind} from '../model/record-schemas.js';
import {buffersOf, viewsOf} from './transfer.js';

export type {RecordKind};

/** Consecutive records of one kind, as the file has them. */
export interface RecordBatch {
	readonly kind: RecordKind;
	/** The index of the batch's first record in its array. */
	readonly first: number;
	/** The records' JSON, back to back (valid UTF-8 is not yet known). */
	readonly bytes: Uint8Array;
	/** Where each record ends in `bytes` (record r is ends[r − 1] .. ends[r], the first from 0). */
	readonly ends: Int32Array;
}

/**
 * How a record refers to another: the entities an event involves (its participants and place),
 * a quote's speaker and a claim's subject; an event's place, which must be a place; a quote's
 * occasion and a claim's subject event; the other events a quote is about.
 */
export const REF = {entity: 0, place: 1, occasion: 2, about: 3} as const;

/**
 * What became of a record in a check that finds every error (mode "errors"): valid; valid to the
 * schema, with problems of its own (its id and references still count); refused by the schema
 * (only its id, and an entity's type, still count: references to it are not errors again); not
 * UTF-8; not JSON. In the other modes a record is refused at its first problem.
 */
export const STATUS = {ok: 0, problems: 1, refused: 2, notUtf8: 3, notJson: 4} as const;

/** A batch checked: refused at some record, or what the build keeps of each record. */
export interface CheckedBatch {
	readonly kind: RecordKind;
	readonly first: number;
	readonly count: number;
	/** The first record (batch-relative) that is not valid on its own, or −1; and why. */
	readonly refusedAt: number;
	readonly reason: string;
	readonly ids: string[];
	/** Each record's STATUS (all ok but in mode "errors"). */
	readonly status: Uint8Array;
	/** Record r's references are refs[refEnds[r − 1] .. refEnds[r]), each with its REF role. */
	readonly refs: string[];
	readonly refRoles: Uint8Array;
	readonly refEnds: Int32Array;
	/**
	 * Per record, NUMBERS_PER_RECORD values: an entity's type code; an event's first and last days
	 * and precision code; a date claim's dating article (−1 for other claims).
	 */
	readonly numbers: Int32Array;
	/** An event's articles (by their index in the story), ended per record by articleEnds. */
	readonly articles: Int32Array;
	readonly articleEnds: Int32Array;
	/**
	 * The store's bytes of each record, back to back: its sanitized JSON, an event's brief, and what
	 * makes it the record as written when sanitizing changed it (written-patches.ts). pieceLengths has PIECES_PER_RECORD lengths per
	 * record (−1 for a written form that is the same).
	 */
	readonly pieces: Uint8Array;
	readonly pieceLengths: Int32Array;
	/** The finder's texts: code units, where each text ends, its field, where each record's texts end. */
	readonly units: Uint16Array;
	readonly textEnds: Int32Array;
	readonly fields: Uint8Array;
	readonly recordTextEnds: Int32Array;
	/** The language tags of the batch's sampled records, in the order languagesOf notes them. */
	readonly languages: string[];
}

export const NUMBERS_PER_RECORD = 3;
export const PIECES_PER_RECORD = 3;

/** The buffers a checked batch can hand over to another thread instead of copying: those of all its typed arrays. */
export function transferables(batch: CheckedBatch): ArrayBuffer[] {
	return buffersOf(viewsOf(batch));
}
