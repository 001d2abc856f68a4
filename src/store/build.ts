/**
 * Building a store from a dataset file, one record at a time: each record is parsed, checked
 * against the schema and the article text, sanitized and written out before the next is read, so a
 * 116 MB dataset is validated in bounded memory. The same checks as the whole-file loader run here
 * (the schema's record types, integrity.ts); a file this path cannot take — out of the usual
 * member order, or with any problem at all — is refused, and the caller loads it whole, which says
 * exactly what is wrong.
 */
import {isUtf8} from 'node:buffer';
import {readFileSync, rmSync} from 'node:fs';
import {resolve} from 'node:path';
import {codePointText, utf8CodePointText} from '../model/codepoints.js';
import {VERSION} from '../model/version.js';
import {MAX_FILE_BYTES} from '../model/load.js';
import {entityIntegrity, eventIntegrity, integrityContext, quoteIntegrity, type IntegrityContext} from '../model/integrity.js';
import {sanitizeDeep} from '../model/sanitize.js';
import {Article, Dataset, Entity, Event, Quote} from '../model/schema.js';
import {entityIdsOfEvent, languagesOf, LANGUAGE_SAMPLE} from '../model/story.js';
import {eventIdsOfQuote} from '../model/occasion.js';
import {EVENT_BRIEF_FIELDS} from '../model/catalog.js';
import {eventDays} from '../model/timeline.js';
import {NotStreamable, streamMembers, type MemberSink} from './json-members.js';
import {StoreWriter} from './layout.js';
import type {StoreMeta} from './meta.js';
import {textDirOf} from './reopen.js';
import type {IdTableBuilder} from './id-table.js';
import {collecting, ENTITY_TYPE_CODES, PRECISIONS, writeIndexes, type Collected, type RecordKind} from './indexes.js';
import {utf8Checkpoints} from '../model/codepoints.js';
import {stampHolds, stampOf, type FileStamp} from './stamp.js';

export type BuildOutcome = {readonly ok: true} | {readonly ok: false; readonly reason: string};

/** Why the streaming path gave a file up (the whole-file loader then takes it). */
class Refused extends Error {}

const RECORD_KEYS = new Set(['entities', 'events', 'quotes']);
/** The order linimasa writes a dataset's arrays in; each may refer only to those before it. */
const NEEDS: Readonly<Record<string, readonly string[]>> = {entities: ['article'], events: ['article', 'entities'], quotes: ['article', 'entities', 'events']};

class Builder implements MemberSink {
	// Without a prototype, a member called "constructor" or "__proto__" is a member like any other.
	readonly top: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
	readonly done = new Set<string>();
	readonly collected: Collected = collecting();
	private context: IntegrityContext | undefined;
	textFile: FileStamp | null = null;
	textFileName: string | null = null;
	articleInfo: StoreMeta['article'] | undefined;
	writtenArticle: StoreMeta['article'] | undefined;
	textBytes: Uint8Array = new Uint8Array(0);
	readonly samples = {events: [] as Event[], entities: [] as Entity[]};

	constructor(private readonly writer: StoreWriter, private readonly side: StoreWriter, private readonly baseDir: string) {}

	value(key: string, json: string): void {
		if (Object.hasOwn(this.top, key) || this.done.has(key)) throw new Refused(`"${key}" appears twice`);
		const value = parse(json);
		this.top[key] = value;
		if (key === 'article') this.takeArticle(value);
	}

	element(key: string, index: number, json: string): void {
		if (index === 0) this.begin(key);
		const raw = parse(json);
		const context = this.context!;
		const {entities, events, quotes} = this.collected;
		let record: Entity | Event | Quote;
		if (key === 'entities') {
			const entity = checked(Entity.safeParse(raw), entities.ids, index, (e) => entityIntegrity(e, index, context));
			record = entity;
			entities.types.push(ENTITY_TYPE_CODES.indexOf(entity.type));
		} else if (key === 'events') {
			const event = checked(Event.safeParse(raw), events.ids, index, (e) => eventIntegrity(e, index, context));
			record = event;
			const days = eventDays(event);
			events.first.push(days.first);
			events.last.push(days.last);
			events.precision.push(PRECISIONS.indexOf(event.precision));
			for (const id of entityIdsOfEvent(event)) events.entities.push(entities.ids.indexOf(id)!);
			events.entityStarts.push(events.entities.length);
		} else {
			const quote = checked(Quote.safeParse(raw), quotes.ids, index, (q) => quoteIntegrity(q, index, context));
			record = quote;
			quotes.speaker.push(entities.ids.indexOf(quote.speaker)!);
			quotes.event.push(quote.event === null ? -1 : events.ids.indexOf(quote.event)!);
			for (const id of eventIdsOfQuote(quote)) if (id !== quote.event) quotes.about.push(events.ids.indexOf(id)!);
			quotes.aboutStarts.push(quotes.about.length);
		}
		const clean = sanitizeDeep(record);
		if (clean !== record) this.collected.written[key as RecordKind].add(index, JSON.stringify(record));
		if (key === 'events') {
			// Events go aside until the timeline is known (permuted.ts): the record, then its brief.
			const event = clean as Event;
			events.starts.push(this.side.append(JSON.stringify(event)));
			events.starts.push(this.side.append(JSON.stringify(Object.fromEntries(EVENT_BRIEF_FIELDS.map((field) => [field, event[field]])))));
		} else {
			const kind = this.collected[key as 'entities' | 'quotes'];
			kind.starts.push(this.writer.append(JSON.stringify(clean)));
			kind.end = this.writer.position;
		}
		if (key === 'entities') {
			const entity = clean as Entity;
			entities.search.append(entity.name, entity.aliases);
			if (index < LANGUAGE_SAMPLE) this.samples.entities.push(entity);
		} else if (key === 'events' && index < LANGUAGE_SAMPLE) this.samples.events.push(clean as Event);
	}

	end(key: string, count: number): void {
		if (count === 0) this.begin(key);
	}

	private begin(key: string): void {
		if (!RECORD_KEYS.has(key) || this.done.has(key)) throw new Refused(`"${key}" appears twice`);
		for (const before of NEEDS[key]!) if (!Object.hasOwn(this.top, before) && !this.done.has(before)) throw new Refused(`"${key}" comes before "${before}"`);
		this.done.add(key);
	}

	private takeArticle(value: unknown): void {
		const parsed = Article.safeParse(value);
		if (!parsed.success) throw new Refused('article does not match the schema');
		const article = parsed.data;
		this.textBytes = Buffer.from(article.text ?? '', 'utf8');
		if (article.text === undefined && article.textFile !== undefined) {
			const path = resolve(this.baseDir, article.textFile);
			this.textFile = stampOf(path) ?? null;
			this.textFileName = article.textFile;
			this.textBytes = articleBytes(this.textFile);
		}
		// An inline text is checked as the string it is (a lone surrogate would not survive UTF-8).
		const text = article.text === undefined ? utf8CodePointText(this.textBytes) : codePointText(article.text);
		const {entities, events} = this.collected;
		this.context = integrityContext(text, (id) => {
			const at = entities.ids.indexOf(id);
			return at === undefined ? undefined : ENTITY_TYPE_CODES[entities.types.get(at)];
		}, (id) => events.ids.indexOf(id) !== undefined);
		const {text: _text, textFile: _file, ...written} = article;
		this.writtenArticle = written;
		this.articleInfo = sanitizeDeep(written);
	}
}

/**
 * An article text file as UTF-8 bytes indexed by code point: half the memory of the string the
 * whole-file loader makes, and off the JavaScript heap, whose growth sets a build's peak.
 */
function articleBytes(stamp: FileStamp | null): Uint8Array {
	if (!stamp || stamp.size > MAX_FILE_BYTES) throw new Refused('article text file cannot be read');
	let bytes: Buffer;
	try {
		bytes = readFileSync(stamp.path);
	} catch {
		throw new Refused('article text file cannot be read');
	}
	if (!isUtf8(bytes)) throw new Refused('article text file is not UTF-8');
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	return bytes.subarray(bom);
}

function parse(json: string): unknown {
	try {
		return JSON.parse(json) as unknown;
	} catch {
		throw new Refused('invalid JSON');
	}
}

function checked<R extends {id: string}>(parsed: {success: true; data: R} | {success: false}, ids: IdTableBuilder, index: number, problems: (record: R) => readonly unknown[]): R {
	if (!parsed.success) throw new Refused(`record ${index} does not match the schema`);
	if (!ids.add(parsed.data.id)) throw new Refused(`duplicate id at ${index}`);
	if (problems(parsed.data).length > 0) throw new Refused(`record ${index} does not hold together`);
	return parsed.data;
}

function build(datasetPath: string, storePath: string): BuildOutcome {
	const dataset = stampOf(datasetPath);
	if (!dataset) return {ok: false, reason: 'not a readable file'};
	const writer = new StoreWriter(storePath);
	const sidePath = `${storePath}.events`;
	let side: StoreWriter | undefined;
	try {
		side = new StoreWriter(sidePath);
		// A textFile is read beside the path given (a link's own folder), as the whole-file loader reads it.
		const builder = new Builder(writer, side, textDirOf(datasetPath));
		streamMembers(dataset.path, RECORD_KEYS, builder);
		// The members the streaming skipped are checked as the schema checks a whole dataset, with
		// the record arrays (already checked one by one) standing empty.
		const arrays = Object.fromEntries([...builder.done].map((key) => [key, []]));
		if (!Dataset.safeParse({...builder.top, ...arrays}).success || !builder.articleInfo || !builder.writtenArticle) throw new Refused('dataset does not match the schema');
		if (!stampHolds(dataset) || (builder.textFile && !stampHolds(builder.textFile))) throw new Refused('the files changed while they were read');
		const checkpoints = utf8Checkpoints(builder.textBytes);
		writer.section('article.text', builder.textBytes);
		writer.section('article.text.checkpoints', checkpoints.starts);
		const meta: StoreMeta = {
			program: VERSION,
			built: {dataset, textFile: builder.textFile, textFileName: builder.textFileName},
			article: builder.articleInfo,
			writtenArticle: builder.writtenArticle,
			textLength: checkpoints.count,
			languages: languagesOf(builder.articleInfo.language, builder.samples.events, builder.samples.entities),
		};
		writeIndexes(writer, side, builder.collected);
		writer.finish(meta);
		return {ok: true};
	} catch (error) {
		writer.abandon();
		rmSync(storePath, {force: true});
		throw error;
	} finally {
		side?.abandon();
		rmSync(sidePath, {force: true});
	}
}

/** Validate the dataset at `datasetPath` record by record into a store at `storePath`. */
export function buildStore(datasetPath: string, storePath: string): BuildOutcome {
	try {
		return build(datasetPath, storePath);
	} catch (error) {
		if (error instanceof Refused || error instanceof NotStreamable) return {ok: false, reason: error.message};
		throw error;
	}
}

