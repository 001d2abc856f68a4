/**
 * A kind's finder texts as a store build takes them, record by record: their units go to a side
 * file as they come, and only where each text starts, its field and each record's first text stay
 * in memory. At the end of the build a thread reads them back (search-file.ts). Held whole, the
 * texts of a million events alone took 600 MB.
 */
import {rmSync} from 'node:fs';
import {Growable} from '../model/growable.js';
import {SEARCH_FIELDS, type SearchedText, type SearchKind} from '../model/search-entries.js';
import type {StoreWriter} from './layout.js';
import type {SearchFileRequest} from './search-file-messages.js';

/**
 * Search columns filled record by record, their units written to a side file as they come. With
 * `keepFirst`, each record's first text (an entity's name) is also kept, to be read back at once.
 */
export class SideSearchColumns {
	private readonly textStart = new Growable(Int32Array);
	private readonly fields = new Growable(Uint8Array);
	private readonly entityStart = new Growable(Int32Array);
	private units = 0;
	private readonly first: {readonly units: Growable<Uint16Array>; readonly start: Growable<Int32Array>} | undefined;

	constructor(
		private readonly side: StoreWriter,
		keepFirst = false,
	) {
		this.textStart.push(0);
		this.entityStart.push(0);
		if (keepFirst) {
			this.first = {units: new Growable(Uint16Array, 64 * 1024), start: new Growable(Int32Array)};
			this.first.start.push(0);
		}
	}

	/**
	 * The next record's texts as a checking thread packs them: texts from..to of `units` (text t ends
	 * at textEnds[t], the first starts at 0), each of its field; then `more`.
	 */
	appendPacked(units: Uint16Array, textEnds: Int32Array, fields: Uint8Array, from: number, to: number, more: readonly SearchedText[] = []): void {
		const begin = from === 0 ? 0 : textEnds[from - 1]!;
		for (let t = from; t < to; t++) {
			this.textStart.push((this.units += textEnds[t]! - (t === 0 ? 0 : textEnds[t - 1]!)));
			this.fields.push(fields[t]!);
		}
		if (to > from) this.side.append(new Uint8Array(units.buffer, units.byteOffset + begin * 2, (textEnds[to - 1]! - begin) * 2));
		if (this.first) {
			if (to > from) this.first.units.pushAll(units.subarray(begin, textEnds[from]!));
			this.first.start.push(this.first.units.length);
		}
		for (const {field, text} of more) {
			this.side.append(Buffer.from(text, 'utf16le'));
			this.textStart.push((this.units += text.length));
			this.fields.push(SEARCH_FIELDS.indexOf(field));
		}
		this.entityStart.push(this.textStart.length - 1);
	}

	/** Record r's first text (kept with `keepFirst` only). */
	firstText(r: number): string {
		const first = this.first!;
		const units = first.units.view();
		// Node's UTF-16 decoder copies code units as they are, lone surrogates included.
		return Buffer.from(units.buffer, units.byteOffset + first.start.get(r) * 2, (first.start.get(r + 1) - first.start.get(r)) * 2).toString('utf16le');
	}

	/** Close the side file and remove it, once its texts are read back (they are the size of the texts: 600 MB of a million events'). */
	discard(): void {
		this.side.abandon();
		rmSync(this.side.path, {force: true});
	}

	/** The request for the sections of these columns as `kind`, in `order` (dataset order when none), into a new file `out` (the side file written out first). */
	request(kind: SearchKind, out: string, order?: Int32Array): SearchFileRequest {
		this.side.writeOut();
		const records = this.entityStart.length - 1;
		return {kind, units: this.side.path, textStart: this.textStart.view(), fields: this.fields.view(), entityStart: this.entityStart.view(), order: order ?? Int32Array.from({length: records}, (_, r) => r), out};
	}
}
