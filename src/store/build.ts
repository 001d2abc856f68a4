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
import {namesAt, searchTextsOfEntity, searchTextsOfEvent, searchTextsOfQuote} from '../model/search-entries.js';
import {MAX_FILE_BYTES} from '../model/load.js';
import {claimIntegrity, entityIntegrity, eventIntegrity, integrityContext, quoteIntegrity, type IntegrityContext} from '../model/integrity.js';
import {articleOf, eventSources, isDateClaimOf} from '../model/sources.js';
import type {CodePointText} from '../model/codepoints.js';
import {sanitizeDeep} from '../model/sanitize.js';
import {Article, ARTICLE_ID, Claim, Dataset, Entity, Event, Quote, SourceArticle} from '../model/schema.js';
import {entityIdsOfEvent, languagesOf, LANGUAGE_SAMPLE} from '../model/story.js';
import {eventIdsOfQuote} from '../model/occasion.js';
import {EVENT_BRIEF_FIELDS} from '../model/catalog.js';
import {eventDays} from '../model/timeline.js';
import {NotStreamable, streamMembers, type MemberSink} from './json-members.js';
import {StoreWriter} from './layout.js';
import type {StoredArticle, StoreMeta} from './meta.js';
import {textDirOf} from './reopen.js';
import type {IdTableBuilder} from './id-table.js';
import {collecting, ENTITY_TYPE_CODES, PRECISIONS, writeIndexes, type Collected, type RecordKind} from './indexes.js';
import {utf8Checkpoints} from '../model/codepoints.js';
import {stampHolds, stampOf, type FileStamp} from './stamp.js';

export type BuildOutcome = {readonly ok: true} | {readonly ok: false; readonly reason: string};

/** Why the streaming path gave a file up (the whole-file loader then takes it). */
class Refused extends Error {}

const RECORD_KEYS = new Set(['entities', 'events', 'quotes', 'claims']);
/** The order linimasa writes a dataset's arrays in; each may refer only to those before it ("article" is the article or the articles). */
const NEEDS: Readonly<Record<string, readonly string[]>> = {entities: ['article'], events: ['article', 'entities'], quotes: ['article', 'entities', 'events'], claims: ['article', 'entities', 'events']};

/** An article being read: its text as bytes, and what the store keeps of it. */
interface ReadArticle {
	readonly bytes: Uint8Array;
	readonly stored: Omit<StoredArticle, 'textLength'>;
}

class Builder implements MemberSink {
	// Without a prototype, a member called "constructor" or "__proto__" is a member like any other.
	readonly top: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
	readonly done = new Set<string>();
	readonly collected: Collected = collecting();
	private context: IntegrityContext | undefined;
	articles: ReadArticle[] | undefined;
	/** Article ids by their position, to file each anchor under its article. */
	private articleIndex = new Map<string, number>();
	readonly samples = {events: [] as Event[], entities: [] as Entity[]};

	constructor(private readonly writer: StoreWriter, private readonly side: StoreWriter, private readonly baseDir: string) {}

	value(key: string, json: string): void {
		if (Object.hasOwn(this.top, key) || this.done.has(key)) throw new Refused(`"${key}" appears twice`);
		const value = parse(json);
		this.top[key] = value;
		if (key === 'article') this.takeArticles([Article.safeParse(value)], false);
		if (key === 'articles') {
			if (!Array.isArray(value) || value.length === 0) throw new Refused('articles is not a list of articles');
			this.takeArticles(value.map((article) => SourceArticle.safeParse(article)), true);
		}
	}

	element(key: string, index: number, json: string): void {
		if (index === 0) this.begin(key);
		const raw = parse(json);
		const context = this.context!;
		const {entities, events, quotes, claims} = this.collected;
		let record: Entity | Event | Quote | Claim;
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
			for (const source of eventSources(event, context.articleIds[0]!)) events.articles.push(this.articleIndex.get(source.article)!);
			events.articleStarts.push(events.articles.length);
		} else if (key === 'claims') {
			const claim = checked(Claim.safeParse(raw), claims.ids, index, (c) => claimIntegrity(c, index, context));
			record = claim;
			if (claim.subject.event !== undefined && isDateClaimOf(claim, claim.subject.event)) {
				claims.datedEvent.push(events.ids.indexOf(claim.subject.event)!);
				claims.datingArticle.push(this.articleIndex.get(articleOf(claim.evidence, context.articleIds[0]!))!);
			}
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
			const kind = this.collected[key as 'entities' | 'quotes' | 'claims'];
			kind.starts.push(this.writer.append(JSON.stringify(clean)));
			kind.end = this.writer.position;
		}
		if (key === 'entities') {
			const entity = clean as Entity;
			entities.search.append(searchTextsOfEntity(entity));
			if (index < LANGUAGE_SAMPLE) this.samples.entities.push(entity);
		} else if (key === 'events') {
			events.search.append(searchTextsOfEvent(clean as Event));
			if (index < LANGUAGE_SAMPLE) this.samples.events.push(clean as Event);
		} else if (key === 'quotes') {
			// Entities come before quotes (NEEDS), so the speaker's name is in the entities' columns.
			const speaker = quotes.speaker.view()[index]!;
			quotes.search.append(searchTextsOfQuote(clean as Quote, namesAt(entities.search.columns(), speaker).name));
		}
	}

	end(key: string, count: number): void {
		if (count === 0) this.begin(key);
	}

	private begin(key: string): void {
		if (!RECORD_KEYS.has(key) || this.done.has(key)) throw new Refused(`"${key}" appears twice`);
		for (const before of NEEDS[key]!) {
			const there = before === 'article' ? this.articles !== undefined : Object.hasOwn(this.top, before) || this.done.has(before);
			if (!there) throw new Refused(`"${key}" comes before "${before}"`);
		}
		this.done.add(key);
	}

	/** The article (version 1, `withIds` false) or the articles: their texts read, the integrity context made. */
	private takeArticles(parsed: readonly ({success: true; data: Article | SourceArticle} | {success: false})[], withIds: boolean): void {
		if (this.articles) throw new Refused('"article" and "articles" both given');
		const texts = new Map<string, CodePointText>();
		this.articles = parsed.map((result) => {
			if (!result.success) throw new Refused('an article does not match the schema');
			const article = result.data;
			const id = withIds && 'id' in article ? article.id : ARTICLE_ID;
			if (texts.has(id)) throw new Refused(`duplicate article id "${id}"`);
			let bytes: Uint8Array = Buffer.from(article.text ?? '', 'utf8');
			let textFile: FileStamp | null = null;
			let textFileName: string | null = null;
			if (article.text === undefined && article.textFile !== undefined) {
				textFile = stampOf(resolve(this.baseDir, article.textFile)) ?? null;
				textFileName = article.textFile;
				bytes = articleBytes(textFile);
			}
			// An inline text is checked as the string it is (a lone surrogate would not survive UTF-8).
			texts.set(id, article.text === undefined ? utf8CodePointText(bytes) : codePointText(article.text));
			this.articleIndex.set(id, this.articleIndex.size);
			const {text: _text, textFile: _file, ...rest} = article;
			const written = {id, ...rest};
			return {bytes, stored: {info: sanitizeDeep(written), written, textFile, textFileName}};
		});
		const {entities, events} = this.collected;
		this.context = integrityContext(texts, (id) => {
			const at = entities.ids.indexOf(id);
			return at === undefined ? undefined : ENTITY_TYPE_CODES[entities.types.get(at)];
		}, (id) => events.ids.indexOf(id) !== undefined);
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
		const parsed = Dataset.safeParse({...builder.top, ...arrays});
		const {articles} = builder;
		if (!parsed.success || !articles) throw new Refused('dataset does not match the schema');
		if (!stampHolds(dataset) || articles.some(({stored}) => stored.textFile && !stampHolds(stored.textFile))) throw new Refused('the files changed while they were read');
		const stored = articles.map(({bytes, stored: article}, i): StoredArticle => {
			const checkpoints = utf8Checkpoints(bytes);
			writer.section(`article.${i}.text`, bytes);
			writer.section(`article.${i}.text.checkpoints`, checkpoints.starts);
			return {...article, textLength: checkpoints.count};
		});
		const meta: StoreMeta = {
			program: VERSION,
			built: {dataset},
			version: parsed.data.version,
			articles: stored,
			languages: languagesOf(stored[0]!.info.language, builder.samples.events, builder.samples.entities),
		};
		writeIndexes(writer, side, builder.collected, stored.length);
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

