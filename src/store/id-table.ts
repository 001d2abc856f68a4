/**
 * Ids of one kind of record, looked up without a Map of them in memory: the ids as one UTF-8
 * block with offsets, and an open-addressing hash table of positions. Built once into the store;
 * opening a store then costs a read, not 100,000 insertions before the first frame.
 */

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

/** Lay out ids (in record order) as an IdTable's parts. */
export function buildIdTable(ids: readonly string[]): IdTableParts {
	const encoded = ids.map((id) => Buffer.from(id, 'utf8'));
	const starts = new Int32Array(ids.length + 1);
	encoded.forEach((bytes, i) => {
		starts[i + 1] = starts[i]! + bytes.length;
	});
	const bytes = Buffer.concat(encoded);
	// At most half full, so a lookup probes one or two slots.
	let size = 2;
	while (size < ids.length * 2) size *= 2;
	const table = new Int32Array(size);
	ids.forEach((id, index) => {
		let slot = hash(id) & (size - 1);
		while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
		table[slot] = index + 1;
	});
	return {bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), starts, table};
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
		const {table} = this.parts;
		const mask = table.length - 1;
		for (let slot = hash(id) & mask; ; slot = (slot + 1) & mask) {
			const entry = table[slot]!;
			if (entry === 0) return undefined;
			if (this.idAt(entry - 1) === id) return entry - 1;
		}
	}
}
