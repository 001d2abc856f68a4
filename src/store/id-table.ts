/**
 * Ids of one kind of record, looked up without a Map of them in memory: the ids as one UTF-8
 * block with offsets, and an open-addressing hash table of positions. Built once into the store;
 * opening a store then costs a read, not 100,000 insertions before the first frame.
 */
import {Growable} from '../model/growable.js';
import {GrowableText} from './growable.js';

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
 * string or Map entry per id stays on the JavaScript heap.
 */
export class IdTableBuilder {
	private readonly bytes = new GrowableText();
	private readonly starts = new Growable(Int32Array);
	private table = new Int32Array(1024);

	constructor() {
		this.starts.push(0);
	}

	get length(): number {
		return this.starts.length - 1;
	}

	/** Add the next record's id; false if an earlier record has it (it is then not added). */
	add(id: string): boolean {
		if (this.indexOf(id) !== undefined) return false;
		this.bytes.append(id);
		this.starts.push(this.bytes.length);
		// At most half full, so a lookup probes one or two slots.
		if (this.length * 2 > this.table.length) this.rehash(this.table.length * 2);
		else this.place(id, this.length);
		return true;
	}

	/** The index of the record with this id, or undefined. */
	indexOf(id: string): number | undefined {
		return lookUp(this.table, id, (index) => this.idAt(index));
	}

	idAt(index: number): string {
		const bytes = this.bytes.bytes();
		return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', this.starts.get(index), this.starts.get(index + 1));
	}

	/** The parts to store. */
	parts(): IdTableParts {
		return {bytes: this.bytes.bytes(), starts: this.starts.view(), table: this.table};
	}

	private place(id: string, entry: number): void {
		const mask = this.table.length - 1;
		let slot = hash(id) & mask;
		while (this.table[slot] !== 0) slot = (slot + 1) & mask;
		this.table[slot] = entry;
	}

	private rehash(size: number): void {
		this.table = new Int32Array(size);
		for (let index = 0; index < this.length; index++) this.place(this.idAt(index), index + 1);
	}
}

/**
 * The record index an id's slot chain leads to, comparing candidates by `holds` where it can tell
 * and by `idAt` where it cannot.
 */
function lookUp(table: Int32Array, id: string, idAt: (index: number) => string, holds: (index: number) => boolean | undefined = () => undefined): number | undefined {
	const mask = table.length - 1;
	for (let slot = hash(id) & mask; ; slot = (slot + 1) & mask) {
		const entry = table[slot]!;
		if (entry === 0) return undefined;
		if (holds(entry - 1) ?? (idAt(entry - 1) === id)) return entry - 1;
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
		return lookUp(this.parts.table, id, (index) => this.idAt(index), (index) => this.holds(index, id));
	}

	/**
	 * Whether the record at `index` has the id `id`, told from its bytes when the id is ASCII (one
	 * byte a character) without decoding them: a listing looks up an id for every record it prints.
	 * Undefined when the bytes alone cannot tell (a character beyond ASCII).
	 */
	private holds(index: number, id: string): boolean | undefined {
		const {bytes, starts} = this.parts;
		const from = starts[index]!;
		let ascii = true;
		for (let i = 0; i < id.length; i++) {
			const code = id.charCodeAt(i);
			if (code >= 0x80) ascii = false;
			else if (ascii && bytes[from + i] !== code) return false;
		}
		return ascii ? starts[index + 1]! - from === id.length : undefined;
	}
}
