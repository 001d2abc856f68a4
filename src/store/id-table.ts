/**
 * Ids of one kind of record, looked up without a Map of them in memory: the ids as one UTF-8
 * block with offsets, and an open-addressing hash table of positions. Built once into the store;
 * opening a store then costs a read, not 100,000 insertions before the first frame.
 */
import {grownCopy} from '../model/growable.js';

/** FNV-1a over a string's UTF-16 units: the same hash when the table is written and when it is read. */
function hash(id: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/** The ids as stored: their bytes, where each starts (n + 1 offsets), and the hash table (record index + 1; 0 is empty). */
export interface IdTableParts {
	readonly bytes: Uint8Array;
	readonly starts: Int32Array;
	readonly table: Int32Array;
}

/**
 * Ids collected one at a time (as a build reads records), straight into an IdTable's parts: no
 * string or Map entry per id stays on the JavaScript heap. Its arrays are its own, grown here, so
 * that a lookup (millions in a build) makes no view of them; each id's hash is kept, so that the
 * table grows without decoding every id again.
 */
export class IdTableBuilder {
	private bytes = new Uint8Array(64 * 1024);
	private used = 0;
	private starts = new Int32Array(1024);
	private hashes = new Int32Array(1024);
	private count = 0;
	private table = new Int32Array(1024);

	get length(): number {
		return this.count;
	}

	/** Add the next record's id; false if an earlier record has it (it is then not added). */
	add(id: string): boolean {
		const hashed = hash(id);
		const encoded = encodeUnlessAscii(id);
		if (lookUp(this.table, id, this.bytes, this.starts, hashed, encoded) !== undefined) return false;
		// A UTF-16 unit takes at most 3 bytes in UTF-8.
		if (this.used + id.length * 3 > this.bytes.length) this.bytes = grownCopy(this.bytes, this.used + id.length * 3);
		if (this.count + 2 > this.starts.length) {
			this.starts = grownCopy(this.starts, this.count + 2);
			this.hashes = grownCopy(this.hashes, this.count + 2);
		}
		// Ids are ASCII (the schema's pattern): their units are their bytes, copied without a Buffer made for the call.
		if (encoded < 0) for (let k = 0; k < id.length; k++) this.bytes[this.used++] = id.charCodeAt(k);
		else {
			this.bytes.set(probe.subarray(0, encoded), this.used);
			this.used += encoded;
		}
		this.hashes[this.count] = hashed;
		this.starts[++this.count] = this.used;
		// At most half full, so a lookup probes one or two slots.
		if (this.count * 2 > this.table.length) this.rehash(this.table.length * 2);
		else this.place(this.count - 1);
		return true;
	}

	/** The index of the record with this id, or undefined. */
	indexOf(id: string): number | undefined {
		return lookUp(this.table, id, this.bytes, this.starts);
	}

	idAt(index: number): string {
		return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).toString('utf8', this.starts[index], this.starts[index + 1]);
	}

	/** The parts to store. */
	parts(): IdTableParts {
		return {bytes: this.bytes.subarray(0, this.used), starts: this.starts.subarray(0, this.count + 1), table: this.table};
	}

	/** Put record `index` in the table, by its kept hash. */
	private place(index: number): void {
		const mask = this.table.length - 1;
		let slot = this.hashes[index]! & mask;
		while (this.table[slot] !== 0) slot = (slot + 1) & mask;
		this.table[slot] = index + 1;
	}

	private rehash(size: number): void {
		this.table = new Int32Array(size);
		for (let index = 0; index < this.count; index++) this.place(index);
	}
}

/** An id's UTF-8 bytes, in a buffer reused from one lookup to the next (for an id that is not ASCII). */
let probe = Buffer.allocUnsafe(256);

/** The id's UTF-8 length if it is not all ASCII (its bytes are then in `probe`), else −1. */
function encodeUnlessAscii(id: string): number {
	for (let k = 0; k < id.length; k++) {
		if (id.charCodeAt(k) >= 0x80) {
			// A UTF-16 unit takes at most 3 bytes in UTF-8.
			if (id.length * 3 > probe.length) probe = Buffer.allocUnsafe(id.length * 3);
			return probe.write(id, 0, 'utf8');
		}
	}
	return -1;
}

/** Whether the id is the one stored at bytes[from..to); `encoded` is its length in `probe`, or −1 for an ASCII id (whose units are its bytes). */
function sameId(bytes: Uint8Array, from: number, to: number, id: string, encoded: number): boolean {
	if (encoded < 0) {
		if (to - from !== id.length) return false;
		for (let k = 0; k < id.length; k++) if (bytes[from + k] !== id.charCodeAt(k)) return false;
		return true;
	}
	if (to - from !== encoded) return false;
	for (let k = 0; k < encoded; k++) if (bytes[from + k] !== probe[k]) return false;
	return true;
}

/**
 * The record index an id's slot chain leads to. Candidates are compared as bytes: decoding each
 * into a string cost more than the rest of a lookup. Ids are ASCII (the schema's pattern), so an
 * id's units are compared with the bytes as they are, without encoding it.
 */
function lookUp(table: Int32Array, id: string, bytes: Uint8Array, starts: ArrayLike<number>, hashed = hash(id), encoded = encodeUnlessAscii(id)): number | undefined {
	const mask = table.length - 1;
	for (let slot = hashed & mask; ; slot = (slot + 1) & mask) {
		const entry = table[slot]!;
		if (entry === 0) return undefined;
		if (sameId(bytes, starts[entry - 1]!, starts[entry]!, id, encoded)) return entry - 1;
	}
}

/** Ids by record index and record indices by id, over stored parts. */
export class IdTable {
	private readonly text: Buffer;
	constructor(private readonly parts: IdTableParts) {
		this.text = Buffer.from(parts.bytes.buffer, parts.bytes.byteOffset, parts.bytes.byteLength);
	}

	get length(): number {
		return this.parts.starts.length - 1;
	}

	/** The id of the record at `index`. */
	idAt(index: number): string {
		return this.text.toString('utf8', this.parts.starts[index], this.parts.starts[index + 1]);
	}

	/** The index of the record with this id, or undefined. */
	indexOf(id: string): number | undefined {
		return lookUp(this.parts.table, id, this.parts.bytes, this.parts.starts);
	}
}
