/**
 * The store file: the dataset's records (validated, sanitized JSON, one after another), then
 * typed-array sections (orders, days, relations, id tables), then a JSON header, then a fixed
 * trailer that says where the header is. Records are read one at a time when shown; the sections,
 * a few MB at 100,000 events, are read whole when the store is opened.
 */
import {closeSync, fstatSync, openSync, readSync, writeSync} from 'node:fs';
import {endianness} from 'node:os';

/** Bump when the layout or what is stored changes: older stores are then rebuilt. */
export const STORE_FORMAT = 19;

const MAGIC = 'LINIMASA';
/** The magic, the header's offset (64 bits: a store of a million events passes 4 GB) and its length. */
export const TRAILER_BYTES = 24;

/** The trailer that closes a store: where its JSON header is and how long. */
export function encodeTrailer(at: number, length: number): Buffer {
	const trailer = Buffer.alloc(TRAILER_BYTES);
	trailer.write(MAGIC, 0, 'latin1');
	trailer.writeBigUInt64LE(BigInt(at), 8);
	trailer.writeUInt32LE(length, 16);
	return trailer;
}

/** The header's place read from a store's last TRAILER_BYTES bytes, or undefined when they are not a trailer. */
export function decodeTrailer(trailer: Uint8Array): {readonly at: number; readonly length: number} | undefined {
	const bytes = Buffer.from(trailer.buffer, trailer.byteOffset, trailer.byteLength);
	if (bytes.length !== TRAILER_BYTES || bytes.toString('latin1', 0, 8) !== MAGIC) return undefined;
	return {at: Number(bytes.readBigUInt64LE(8)), length: bytes.readUInt32LE(16)};
}

export type Section = Int32Array | Float64Array | Uint8Array | Uint16Array | Uint32Array;
const KINDS = {i32: Int32Array, f64: Float64Array, u8: Uint8Array, u16: Uint16Array, u32: Uint32Array} as const;
export type Kind = keyof typeof KINDS;

export interface SectionInfo {
	readonly offset: number;
	readonly bytes: number;
	readonly kind: Kind;
}

/** The header every store carries: what it was built from, and where its sections are. */
export interface StoredHeader<Meta> {
	readonly format: number;
	readonly endianness: string;
	readonly meta: Meta;
	readonly sections: Readonly<Record<string, SectionInfo>>;
}

export function kindOf(data: Section): Kind {
	return data instanceof Int32Array ? 'i32' : data instanceof Float64Array ? 'f64' : data instanceof Uint16Array ? 'u16' : data instanceof Uint32Array ? 'u32' : 'u8';
}

/** Writes a store file front to back; records first, as they are validated. */
export class StoreWriter {
	private readonly fd: number;
	private offset = 0;
	// Records arrive as strings and are encoded straight into one reused buffer: holding them (or a
	// Buffer each) until a write let them outlive the young generation, and a build's heap grew by
	// the size of the records before the collector took them back.
	private readonly out = Buffer.allocUnsafe(1 << 20);
	private used = 0;
	/** Where the bytes written to the file so far end (reserved regions included). */
	private flushed = 0;
	private readonly sections: Record<string, SectionInfo> = {};
	private closed = false;

	/** A new file at `path` (never one that exists, nor through a link), readable by its owner alone: it holds the whole dataset. */
	constructor(readonly path: string) {
		// Opened for reading too: a side file is read back (see permuted.ts).
		this.fd = openSync(path, 'wx+', 0o600);
	}

	/** Leave `bytes` bytes to be filled by writeAt; returns where they start. */
	reserve(bytes: number): number {
		this.flush();
		const at = this.offset;
		this.offset += bytes;
		this.flushed += bytes;
		return at;
	}

	/** Write bytes at a position already reserved. */
	writeAt(position: number, bytes: Uint8Array): void {
		for (let done = 0; done < bytes.byteLength; ) done += writeSync(this.fd, bytes, done, bytes.byteLength - done, position + done);
	}

	/** Read back `length` bytes written at `position` (into `into`, from its start). */
	readBack(position: number, length: number, into: Buffer): void {
		this.flush();
		readInto(this.fd, into.subarray(0, length), position);
	}

	/** Append bytes or text (as UTF-8); returns where they start. */
	append(data: Uint8Array | string): number {
		const at = this.offset;
		const bytes = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
		if (this.used + bytes > this.out.length) this.flush();
		if (bytes > this.out.length) this.writeAll(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
		else if (typeof data === 'string') this.used += this.out.write(data, this.used, 'utf8');
		else {
			this.out.set(data, this.used);
			this.used += bytes;
		}
		this.offset += bytes;
		return at;
	}

	/** Where the next appended byte goes. */
	get position(): number {
		return this.offset;
	}

	/** Append a named typed array. */
	section(name: string, data: Section): void {
		this.sectionOf(name, kindOf(data), [data]);
	}

	/** Append a named section given as pieces of one kind, back to back (never gathered in memory). */
	sectionOf(name: string, kind: Kind, pieces: Iterable<Section>): void {
		const offset = this.offset;
		for (const data of pieces) this.append(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
		this.sections[name] = {offset, bytes: this.offset - offset, kind};
	}

	/** Reserve section `name`, `bytes` bytes of `kind`, to be filled by writeAt (SectionFill); returns where it starts. */
	reserveSection(name: string, kind: Kind, bytes: number): number {
		const offset = this.reserve(bytes);
		this.sections[name] = {offset, bytes, kind};
		return offset;
	}

	/** Name what was appended since `offset` a section of `kind`. */
	markSection(name: string, kind: Kind, offset: number): void {
		this.sections[name] = {offset, bytes: this.offset - offset, kind};
	}

	/** Append every byte of the file at `path` (another writer's, closed: `bytes` long), and its `sections` as sections of this one. */
	appendFile(path: string, sections: Readonly<Record<string, SectionInfo>>, bytes: number): void {
		const base = this.offset;
		const fd = openSync(path, 'r');
		try {
			const size = fstatSync(fd).size;
			// Shorter, a region reserved at its end was never written: its sections would read as zeros.
			if (size !== bytes) throw new Error(`${path} is ${size} bytes long, not the ${bytes} its writer wrote`);
			const window = Buffer.allocUnsafe(4 * 2 ** 20);
			for (let at = 0; at < size; at += window.length) {
				const length = Math.min(window.length, size - at);
				readInto(fd, window.subarray(0, length), at);
				this.append(window.subarray(0, length));
			}
		} finally {
			closeSync(fd);
		}
		for (const [name, info] of Object.entries(sections)) this.sections[name] = {...info, offset: info.offset + base};
	}

	/** Write out what is buffered, so that another reader of the file sees every byte appended. */
	writeOut(): void {
		this.flush();
	}

	/** Write out what is buffered and close the file, without a header: its sections and its length, for appendFile. */
	close(): {sections: Record<string, SectionInfo>; bytes: number} {
		this.flush();
		this.closeFile();
		return {sections: {...this.sections}, bytes: this.offset};
	}

	/** Write the header and trailer, and close the file. */
	finish<Meta>(meta: Meta): void {
		const header: StoredHeader<Meta> = {format: STORE_FORMAT, endianness: endianness(), meta, sections: this.sections};
		const json = Buffer.from(JSON.stringify(header), 'utf8');
		const at = this.append(json);
		this.append(encodeTrailer(at, json.length));
		this.flush();
		this.closeFile();
	}

	/** Close without finishing (the caller removes the file); nothing when it is closed already. */
	abandon(): void {
		this.closeFile();
	}

	private closeFile(): void {
		if (this.closed) return;
		this.closed = true;
		closeSync(this.fd);
	}

	private flush(): void {
		this.writeAll(this.out.subarray(0, this.used));
		this.used = 0;
	}

	/** Write bytes where the appended ones end (positionally: writeAt leaves the file's own position behind). */
	private writeAll(bytes: Uint8Array): void {
		this.writeAt(this.flushed, bytes);
		this.flushed += bytes.byteLength;
	}
}

/** A reserved section filled front to back, a value or a run at a time, through a buffer. */
export class SectionFill<A extends Section> {
	private readonly buffer: A;
	private used = 0;
	private at: number;
	private readonly end: number;

	constructor(
		private readonly writer: StoreWriter,
		name: string,
		array: {new (length: number): A; readonly BYTES_PER_ELEMENT: number},
		length: number,
	) {
		this.at = writer.reserveSection(name, kindOf(new array(0)), length * array.BYTES_PER_ELEMENT);
		this.end = this.at + length * array.BYTES_PER_ELEMENT;
		this.buffer = new array(64 * 1024);
	}

	push(value: number): void {
		if (this.used === this.buffer.length) this.flush();
		this.buffer[this.used++] = value;
	}

	/** Values, copied a buffer's worth at a time (converted as TypedArray.set converts them: give them in the section's own type). */
	pushAll(values: Section): void {
		for (let i = 0; i < values.length; ) {
			if (this.used === this.buffer.length) this.flush();
			const take = Math.min(this.buffer.length - this.used, values.length - i);
			this.buffer.set(values.subarray(i, i + take), this.used);
			this.used += take;
			i += take;
		}
	}

	/** Write out the rest; the section must then be full (a shorter one would leave the reserved bytes as they were). */
	done(): void {
		this.flush();
		if (this.at !== this.end) throw new Error(`a section was filled to ${this.at}, not to ${this.end}`);
	}

	private flush(): void {
		const bytes = new Uint8Array(this.buffer.buffer, 0, this.used * this.buffer.BYTES_PER_ELEMENT);
		if (this.at + bytes.byteLength > this.end) throw new Error('a section was filled past its end');
		this.writer.writeAt(this.at, bytes);
		this.at += bytes.byteLength;
		this.used = 0;
	}
}

/** Fill `into` with the bytes of the open file `fd` from `position` (a read may give fewer bytes than asked: it is read again until full). */
export function readInto(fd: number, into: Uint8Array, position: number): void {
	for (let done = 0; done < into.byteLength; ) {
		const read = readSync(fd, into, done, into.byteLength - done, position + done);
		if (read === 0) throw new Error('the file ended early');
		done += read;
	}
}

function readExactly(fd: number, bytes: number, position: number): Buffer {
	const buffer = Buffer.allocUnsafe(bytes);
	readInto(fd, buffer, position);
	return buffer;
}

/** A store opened for reading: its header, its sections, and its records by byte range. */
export interface OpenedStore<Meta> {
	readonly header: StoredHeader<Meta>;
	section(name: string): Section;
	/** The bytes from `start` to `end` as text (a record's JSON). */
	text(start: number, end: number): string;
	/** The bytes from `start` into `into`, filling it (a buffer the caller reuses). */
	read(start: number, into: Uint8Array): void;
	/**
	 * Section `name`'s elements from `from` on, as many as fill `into` (returned): a range read
	 * without the rest of the section, where reading it whole would cost too much.
	 */
	readRange<A extends ArrayBufferView>(name: string, from: number, into: A): A;
	close(): void;
}

/**
 * Open a store file, or undefined when it is not one this program wrote in this format (then it is
 * rebuilt). The file stays open for records to be read from it while the explorer runs.
 */
export function openStore<Meta>(path: string): OpenedStore<Meta> | undefined {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch {
		return undefined;
	}
	try {
		const size = fstatSync(fd).size;
		if (size < TRAILER_BYTES) throw new Error('too short');
		const trailer = decodeTrailer(readExactly(fd, TRAILER_BYTES, size - TRAILER_BYTES));
		if (!trailer) throw new Error('not a store');
		const header = JSON.parse(readExactly(fd, trailer.length, trailer.at).toString('utf8')) as StoredHeader<Meta>;
		if (header.format !== STORE_FORMAT || header.endianness !== endianness()) throw new Error('another format');
		// Sections are read when used, by ranges too: one that does not lie before the header is found out now.
		for (const {offset, bytes, kind} of Object.values(header.sections)) {
			if (!(offset >= 0 && bytes >= 0 && offset + bytes <= trailer.at && bytes % KINDS[kind].BYTES_PER_ELEMENT === 0)) throw new Error('a section past its place');
		}
		// Sections are read when first asked for: a store found out of date is never read past its header.
		const sections = new Map<string, Section>();
		const infoOf = (name: string): SectionInfo => {
			const info = Object.hasOwn(header.sections, name) ? header.sections[name] : undefined;
			if (!info) throw new Error(`store has no section ${name}`);
			return info;
		};
		const readSection = (name: string): Section => {
			const info = infoOf(name);
			// Read into a buffer of its own: a typed array must start at a multiple of its element size.
			const own = new Uint8Array(new ArrayBuffer(info.bytes));
			readInto(fd, own, info.offset);
			return new KINDS[info.kind](own.buffer);
		};
		let scratch = Buffer.allocUnsafe(64 * 1024);
		return {
			header,
			section(name) {
				let found = sections.get(name);
				if (!found) sections.set(name, (found = readSection(name)));
				return found;
			},
			text(start, end) {
				const bytes = end - start;
				if (scratch.length < bytes) scratch = Buffer.allocUnsafe(bytes);
				readInto(fd, scratch.subarray(0, bytes), start);
				return scratch.toString('utf8', 0, bytes);
			},
			read: (start, into) => readInto(fd, into, start),
			readRange(name, from, into) {
				const {offset, kind} = infoOf(name);
				readInto(fd, new Uint8Array(into.buffer, into.byteOffset, into.byteLength), offset + from * KINDS[kind].BYTES_PER_ELEMENT);
				return into;
			},
			close: () => closeSync(fd),
		};
	} catch {
		closeSync(fd);
		return undefined;
	}
}
