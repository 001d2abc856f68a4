/**
 * Checking a batch of records on their own: each is decoded, parsed, held to the schema and to the
 * texts of the articles its anchors name, and made ready for the store (sanitized JSON, an event's
 * brief, the finder's texts). What a record needs of other records — that the entities and events
 * it names exist, that ids are unique — is the build's to check, in file order (build.ts); here a
 * reference is only passed on. Runs in the build's worker threads, or in the build's own thread for
 * a small dataset: the same code either way.
 */
import {isUtf8} from 'node:buffer';
import {EVENT_BRIEF_FIELDS} from '../model/catalog.js';
import {utf8CodePointText, codePointText, type CodePointText} from '../model/codepoints.js';
import {integrityContext, recordIntegrity, type IntegrityContext} from '../model/integrity.js';
import {eventIdsOfQuote} from '../model/occasion.js';
import {sanitizeDeep} from '../model/sanitize.js';
import {parseRecord, parseRecordInPlace} from '../model/record-check.js';
import type {Claim, Entity, EntityType, Event, Quote} from '../model/schema.js';
import {SEARCH_FIELDS, searchTextsOfEntity, searchTextsOfEvent, quoteOwnSearchTexts, type SearchedText} from '../model/search-entries.js';
import {articleOf, eventSources, isDateClaimOf} from '../model/sources.js';
import {entityIdsOfEvent, languageTagsOfEntity, languageTagsOfEvent, LANGUAGE_SAMPLE} from '../model/story.js';
import {eventDays} from '../model/timeline.js';
import {ENTITY_TYPE_CODES, PRECISIONS} from './codes.js';
import {writtenPatches} from './written-patches.js';
import {NUMBERS_PER_RECORD, REF, STATUS, type CheckedBatch, type RecordBatch, type RecordKind} from './record-batch.js';

/** An article's text as a checking thread gets it: a string, or UTF-8 bytes with their code-point checkpoints (shared between threads, not copied). */
export type SharedArticleText = {readonly text: string} | {readonly bytes: Uint8Array; readonly checkpoints: Int32Array; readonly count: number} | {readonly unreadable: true};

/**
 * What a check is for: a store (records made ready for it); a check alone (nothing kept but the
 * claims, which a summary compares); or every error of a file a check refused (each record's
 * STATUS, no record refused at its first problem).
 */
export type CheckMode = 'store' | 'check' | 'errors';

/** What every batch is checked against. */
export interface CheckSetup {
	readonly articles: readonly {readonly id: string; readonly text: SharedArticleText}[];
	readonly mode: CheckMode;
}


const strictUtf8 = new TextDecoder('utf-8', {fatal: true});

/** Checks batches against one story's articles. */
export class BatchChecker {
	private readonly context: IntegrityContext;
	private readonly articleIds: readonly string[];
	private readonly articleIndex = new Map<string, number>();

	constructor(private readonly setup: CheckSetup) {
		// An article whose text could not be read checks no anchor (as the whole-file loader does).
		const texts = new Map<string, CodePointText | undefined>();
		setup.articles.forEach(({id, text}, i) => {
			texts.set(id, 'unreadable' in text ? undefined : 'text' in text ? codePointText(text.text) : checkableText(text));
			this.articleIndex.set(id, i);
		});
		this.articleIds = setup.articles.map(({id}) => id);
		// References are the build's to check, in file order: here every entity is of a type not
		// known (so no type is held against it) and every event exists.
		this.context = integrityContext(texts, () => null, () => true);
	}

	/** Check every record of the batch, stopping at the first that is not valid on its own. */
	check(batch: RecordBatch): CheckedBatch {
		const out = new BatchOutput(batch);
		const text = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
		let from = 0;
		const everyError = this.setup.mode === 'errors';
		// One native pass over the batch: only a batch that is not all UTF-8 has its records checked one by one.
		const utf8 = isUtf8(batch.bytes);
		for (let r = 0; r < batch.ends.length; r++) {
			const to = batch.ends[r]!;
			const refused = this.checkRecord(batch.kind, batch.first + r, text, from, to, utf8, out);
			if (refused !== undefined) {
				if (!everyError) return out.finish(r, refused.reason);
				out.refused(refused.status, refused.id, refused.type);
			}
			from = to;
		}
		return out.finish(-1, '');
	}

	/** Check one record and add it to `out`; returns why it was refused, if it was (with what still counts of it). */
	private checkRecord(kind: RecordKind, index: number, bytes: Buffer, from: number, to: number, utf8: boolean, out: BatchOutput): {reason: string; status: number; id: string; type: number} | undefined {
		const json = bytes.toString('utf8', from, to);
		// Bad bytes decode to U+FFFD, as the character itself does: only then are they checked strictly.
		if (!utf8 && json.includes('\uFFFD')) {
			try {
				strictUtf8.decode(bytes.subarray(from, to));
			} catch {
				return {reason: `invalid UTF-8 in record ${index}`, status: STATUS.notUtf8, id: '', type: -1};
			}
		}
		let raw: unknown;
		try {
			raw = JSON.parse(json);
		} catch {
			return {reason: `record ${index} is not JSON`, status: STATUS.notJson, id: '', type: -1};
		}
		// zod's own copy of the record only where it is kept: a store's records, and the claims a check compares.
		const kept = this.setup.mode === 'store' || (this.setup.mode === 'check' && kind === 'claims');
		const parsed = kept ? parseRecord(kind, raw) : parseRecordInPlace(kind, raw);
		if (!parsed.success) {
			// Its id and an entity's type still count, as the whole-file loader counts them (partial.ts).
			const fields = raw !== null && typeof raw === 'object' ? (raw as {id?: unknown; type?: unknown}) : {};
			return {reason: `record ${index} does not match the schema`, status: STATUS.refused, id: typeof fields.id === 'string' ? fields.id : '', type: ENTITY_TYPE_CODES.indexOf(fields.type as EntityType)};
		}
		const record = parsed.data;
		if (recordIntegrity(kind, record, index, this.context).length > 0) {
			if (this.setup.mode !== 'errors') return {reason: `record ${index} does not hold together`, status: STATUS.problems, id: record.id, type: -1};
			out.status(STATUS.problems);
		}
		out.id(record.id);
		// Its days, articles and a claim's dating article are for a store alone: a check counts records and resolves references.
		const forStore = this.setup.mode === 'store';
		const numbers = [0, 0, 0];
		if (kind === 'entities') {
			numbers[0] = ENTITY_TYPE_CODES.indexOf((record as Entity).type);
		} else if (kind === 'events') {
			const event = record as Event;
			for (const id of entityIdsOfEvent(event)) out.ref(id, REF.entity);
			if (event.place) out.ref(event.place, REF.place);
			if (forStore) {
				const days = eventDays(event);
				numbers[0] = days.first;
				numbers[1] = days.last;
				numbers[2] = PRECISIONS.indexOf(event.precision);
				for (const source of eventSources(event, this.articleIds[0]!)) out.article(this.articleIndex.get(source.article)!);
			}
		} else if (kind === 'quotes') {
			const quote = record as Quote;
			out.ref(quote.speaker, REF.entity);
			if (quote.event !== null) out.ref(quote.event, REF.occasion);
			for (const id of eventIdsOfQuote(quote)) if (id !== quote.event) out.ref(id, REF.about);
		} else {
			const claim = record as Claim;
			const {event, entity} = claim.subject;
			if (entity !== undefined) out.ref(entity, REF.entity);
			if (event !== undefined) out.ref(event, REF.occasion);
			numbers[0] = forStore && event !== undefined && isDateClaimOf(claim, event) ? this.articleIndex.get(articleOf(claim.evidence, this.articleIds[0]!))! : -1;
		}
		out.endRecord(numbers);
		// A check alone keeps the claims too: a summary compares them.
		if (kept) this.keep(kind, record, index, out);
		return undefined;
	}


	/** What the store keeps of a valid record. */
	private keep(kind: RecordKind, record: Entity | Event | Quote | Claim, index: number, out: BatchOutput): void {
		const clean = sanitizeDeep(record);
		const written = clean === record ? undefined : JSON.stringify(writtenPatches(record, clean));
		if (kind === 'events') {
			const event = clean as Event;
			out.pieces(JSON.stringify(event), JSON.stringify(Object.fromEntries(EVENT_BRIEF_FIELDS.map((field) => [field, event[field]]))), written);
			out.texts(searchTextsOfEvent(event));
			if (index < LANGUAGE_SAMPLE) out.languages(languageTagsOfEvent(event));
		} else {
			out.pieces(JSON.stringify(clean), undefined, written);
			if (kind === 'entities') {
				out.texts(searchTextsOfEntity(clean as Entity));
				if (index < LANGUAGE_SAMPLE) out.languages(languageTagsOfEntity(clean as Entity));
			}
			// A quote's speaker is named by the build, which has the entities' names.
			if (kind === 'quotes') out.texts(quoteOwnSearchTexts(clean as Quote));
		}
	}
}

/** A text shared as UTF-8 bytes with its checkpoints, sliced by code point. */
function checkableText(shared: Extract<SharedArticleText, {bytes: Uint8Array}>): CodePointText {
	return utf8CodePointText(shared.bytes, {starts: shared.checkpoints, count: shared.count, bytes: shared.bytes.byteLength});
}

/** A checked batch being filled record by record. */
class BatchOutput {
	private readonly ids: string[] = [];
	private readonly statuses: number[] = [];
	private nextStatus: number = STATUS.ok;
	private readonly refs: string[] = [];
	private readonly refRoles: number[] = [];
	private readonly refEnds: number[] = [];
	private readonly numbers: number[] = [];
	private readonly articleList: number[] = [];
	private readonly articleEnds: number[] = [];
	private readonly pieceTexts: string[] = [];
	private readonly pieceLengths: number[] = [];
	private readonly textList: string[] = [];
	private readonly fieldList: number[] = [];
	private readonly recordTextEnds: number[] = [];
	private readonly languageList: string[] = [];

	constructor(private readonly batch: RecordBatch) {}

	id(id: string): void {
		this.ids.push(id);
	}

	ref(id: string, role: number): void {
		this.refs.push(id);
		this.refRoles.push(role);
	}

	article(index: number): void {
		this.articleList.push(index);
	}

	/** The status of the record under way (ok unless said). */
	status(status: number): void {
		this.nextStatus = status;
	}

	/** A record refused (in mode "errors"): what still counts of it. */
	refused(status: number, id: string, type: number): void {
		this.nextStatus = status;
		this.id(id);
		this.endRecord([type, 0, 0]);
	}

	endRecord(numbers: readonly number[]): void {
		this.statuses.push(this.nextStatus);
		this.nextStatus = STATUS.ok;
		this.refEnds.push(this.refs.length);
		this.articleEnds.push(this.articleList.length);
		for (let k = 0; k < NUMBERS_PER_RECORD; k++) this.numbers.push(numbers[k] ?? 0);
	}

	pieces(json: string, brief: string | undefined, written: string | undefined): void {
		for (const piece of [json, brief, written]) {
			if (piece !== undefined) this.pieceTexts.push(piece);
		}
		this.pieceLengths.push(Buffer.byteLength(json), brief === undefined ? 0 : Buffer.byteLength(brief), written === undefined ? -1 : Buffer.byteLength(written));
	}

	texts(texts: readonly SearchedText[]): void {
		for (const {field, text} of texts) {
			this.textList.push(text);
			this.fieldList.push(SEARCH_FIELDS.indexOf(field));
		}
		this.recordTextEnds.push(this.textList.length);
	}

	languages(tags: readonly string[]): void {
		for (const tag of tags) this.languageList.push(tag);
	}

	finish(refusedAt: number, reason: string): CheckedBatch {
		const pieceBytes = this.pieceLengths.reduce((sum, length) => sum + Math.max(0, length), 0);
		// Never from Node's shared pool: the buffer is handed over to the build's thread whole.
		const pieces = Buffer.allocUnsafeSlow(pieceBytes);
		let at = 0;
		for (const text of this.pieceTexts) at += pieces.write(text, at, 'utf8');
		let unitCount = 0;
		for (const text of this.textList) unitCount += text.length;
		const units = new Uint16Array(unitCount);
		const textEnds = new Int32Array(this.textList.length);
		let unit = 0;
		this.textList.forEach((text, t) => {
			for (let i = 0; i < text.length; i++) units[unit++] = text.charCodeAt(i);
			textEnds[t] = unit;
		});
		return {
			kind: this.batch.kind,
			first: this.batch.first,
			count: this.ids.length,
			refusedAt,
			reason,
			ids: this.ids,
			status: Uint8Array.from(this.statuses),
			refs: this.refs,
			refRoles: Uint8Array.from(this.refRoles),
			refEnds: Int32Array.from(this.refEnds),
			numbers: Int32Array.from(this.numbers),
			articles: Int32Array.from(this.articleList),
			articleEnds: Int32Array.from(this.articleEnds),
			pieces: new Uint8Array(pieces.buffer, pieces.byteOffset, pieces.byteLength),
			pieceLengths: Int32Array.from(this.pieceLengths),
			units,
			textEnds,
			fields: Uint8Array.from(this.fieldList),
			recordTextEnds: Int32Array.from(this.recordTextEnds),
			languages: this.languageList,
		};
	}
}
