/**
 * A deterministic generator of valid linimasa datasets at any size: a year of coverage written as
 * one long Indonesian article, with events (points and ranges, at day, month and year precision,
 * stated and inferred), entities and quotes, every one anchored to the words of that article.
 */
import type {Anchor, DatasetFileV1 as DatasetFile, Entity, Event, Quote} from '../../../src/model/schema.js';
import {generateEntities, type GeneratedEntity} from './entities.js';
import {CITIES, MONTHS, TOPICS, WEEKDAYS} from './names.js';
import {createRandom, type Random} from './random.js';

export interface GeneratorOptions {
	readonly events: number;
	/** Default: a third of the events. */
	readonly entities?: number;
	/** Default: a tenth of the events. */
	readonly quotes?: number;
	readonly seed?: number;
}

export interface GeneratedDataset {
	/** The dataset, its article text by reference (textFile "article.txt"). */
	readonly dataset: DatasetFile;
	readonly articleText: string;
}

type Span = {start: number; end: number};

/** Where a generated dataset goes as it is made: each part in the order it has in the file. */
export interface DatasetSink {
	/** The next run of the article's text. */
	text(chunk: string): void;
	/** The next event, finished (its anchors need the text a little past it). */
	event(event: Event): void;
	/** The next quote, finished. */
	quote(quote: Quote): void;
}

/** What the file holds before its events, known only once every event is made (entities gather mentions). */
export interface DatasetHead {
	readonly head: Omit<DatasetFile, 'entities' | 'events' | 'quotes'>;
	readonly entities: Entity[];
}

/** The most text an anchor's prefix or suffix takes (the events' evidence). */
const MAX_CONTEXT = 16;

/**
 * Builds the article text and remembers where the named things and dates were written. Only the
 * text still to be quoted by an anchor is kept: the rest is handed to `emit` and forgotten, so a
 * dataset of any size is written in little more memory than its entities.
 */
class ArticleWriter {
	private kept = '';
	private keptFrom = 0;
	private unjoined: string[] = [];
	length = 0;
	constructor(private readonly emit: (chunk: string) => void) {}
	write(text: string): Span {
		const start = this.length;
		this.unjoined.push(text);
		this.length += text.length;
		return {start, end: this.length};
	}
	/** The text from `start` to `end` (cut at the text written so far); `start` must not be forgotten yet. */
	slice(start: number, end: number): string {
		if (start < this.keptFrom) throw new Error(`the text at ${start} was already handed on (kept from ${this.keptFrom})`);
		if (this.unjoined.length > 0) {
			this.kept += this.unjoined.join('');
			this.unjoined = [];
		}
		return this.kept.slice(start - this.keptFrom, end - this.keptFrom);
	}
	/** Hand on the text before `offset` and forget it. */
	forget(offset: number): void {
		if (offset <= this.keptFrom) return;
		this.slice(this.keptFrom, this.keptFrom); // joins what was written
		const chunk = this.kept.slice(0, offset - this.keptFrom);
		if (/[\uD800-\uDFFF]/.test(chunk)) throw new Error('the generator must write BMP text: its offsets assume one code unit per code point');
		this.emit(chunk);
		this.kept = this.kept.slice(offset - this.keptFrom);
		this.keptFrom = offset;
	}
}

/** A record waiting for the text its anchors quote: it is finished once `needs` code units are written. */
interface Pending {
	readonly needs: number;
	/** The first code unit its anchors quote. */
	readonly from: number;
	readonly finish: () => void;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 3, 1); // a year of coverage: April 2024 to March 2025
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface EventDate {
	readonly event: Pick<Event, 'start' | 'end' | 'precision' | 'certainty' | 'dateNote'>;
	/** How the article says it: "Selasa (25/3)", "26 Maret hingga 8 April 2025", "Juni 2024", "tahun 2030". */
	readonly phrase: string;
}

function eventDate(random: Random): EventDate {
	const roll = random.next();
	const day = FIRST_DAY + random.int(0, 364) * DAY_MS;
	const date = new Date(day);
	const certainty = random.chance(0.15) ? 'inferred' : 'stated';
	const dateNote = certainty === 'inferred' ? {dateNote: {id: 'Disimpulkan dari tanggal terbit berita.', en: 'Inferred from the date of the report.'}} : {};
	if (roll < 0.75) {
		const phrase = `${WEEKDAYS[date.getUTCDay()]} (${date.getUTCDate()}/${date.getUTCMonth() + 1})`;
		return {event: {start: iso(day), end: null, precision: 'day', certainty, ...dateNote}, phrase};
	}
	if (roll < 0.87) {
		const last = new Date(day + random.int(1, 20) * DAY_MS);
		const phrase = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} hingga ${last.getUTCDate()} ${MONTHS[last.getUTCMonth()]} ${last.getUTCFullYear()}`;
		return {event: {start: iso(day), end: iso(last.getTime()), precision: 'day', certainty, ...dateNote}, phrase};
	}
	if (roll < 0.96) {
		const month = iso(day).slice(0, 7);
		return {event: {start: month, end: null, precision: 'month', certainty, ...dateNote}, phrase: `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`};
	}
	const year = random.chance(0.5) ? '2030' : '2025';
	return {event: {start: year, end: null, precision: 'year', certainty: 'stated'}, phrase: `tahun ${year}`};
}

/** Picks entities of a type: half the time the busy ones (a Zipf law), half the time any. */
function entityPicker(random: Random, entities: readonly GeneratedEntity[]) {
	const byType = (type: GeneratedEntity['type']) => entities.filter((entity) => entity.type === type);
	const pools = {person: byType('person'), organization: byType('organization'), place: byType('place')};
	const samplers = {
		person: random.zipf(pools.person.length, 1),
		organization: random.zipf(pools.organization.length, 1),
		place: random.zipf(pools.place.length, 1),
	};
	return (type: GeneratedEntity['type']): GeneratedEntity => {
		const pool = pools[type].length > 0 ? pools[type] : entities;
		return random.chance(0.5) ? pool[samplers[type]() % pool.length]! : random.pick(pool);
	};
}

const VERBS: readonly (readonly [string, string, string])[] = [
	['bertemu', 'meets', 'membahas'],
	['menandatangani nota kesepahaman dengan', 'signs an agreement with', 'tentang'],
	['meninjau proyek bersama', 'inspects a project with', 'terkait'],
	['menggelar rapat koordinasi dengan', 'holds a coordination meeting with', 'soal'],
	['meluncurkan program bersama', 'launches a programme with', 'untuk'],
];

const QUOTES: readonly (readonly [string, string])[] = [
	['Kami akan mempercepat {t} di {c} agar manfaatnya segera dirasakan masyarakat', 'We will speed up {t} in {c} so that people feel the benefits soon'],
	['Urusan {t} bukan hanya tugas pemerintah, tetapi tanggung jawab kita bersama', '{T} is not only the government\'s job but a shared responsibility'],
	['Kerja sama ini membuka peluang besar bagi {t} di {c}', 'This cooperation opens a big opportunity for {t} in {c}'],
	['Kami mengimbau warga {c} untuk tetap tenang dan mengikuti informasi resmi', 'We urge the people of {c} to stay calm and follow official information'],
];

/** The article's metadata, the same at every size. */
const ARTICLE: DatasetFile['article'] = {
	title: 'Liputan setahun: peristiwa, tokoh dan kutipan',
	outlet: 'Arsip Generator linimasa',
	published: '2025-03-31T18:00+07:00',
	timezone: 'WIB',
	authors: ['Generator'],
	editors: [],
	language: 'id',
	agencies: [],
	textFile: 'article.txt',
};

/**
 * Generate a dataset into `sink`, text, events and quotes as each is finished; the same options
 * give the same dataset, byte for byte. Returns the head and the entities, which the file holds
 * before the events but which are known only now.
 */
export function generateInto(options: GeneratorOptions, sink: DatasetSink): DatasetHead {
	const random = createRandom(options.seed ?? 20250326);
	const eventCount = options.events;
	const quoteEvery = Math.max(1, Math.round(eventCount / (options.quotes ?? Math.max(1, Math.floor(eventCount / 10)))));
	const entities = generateEntities(random, options.entities ?? Math.max(3, Math.ceil(eventCount / 3)));
	const pick = entityPicker(random, entities);
	// Fewer than ten entities include no place, and an event's place must be one.
	const hasPlaces = entities.some((entity) => entity.type === 'place');
	const article = new ArticleWriter((chunk) => sink.text(chunk));
	const mention = (entity: GeneratedEntity) => {
		const span = article.write(entity.name);
		// A few mentions per entity are enough evidence; every one would bloat the dataset.
		if (entity.mentions.length < 3) entity.mentions.push({...span, exact: entity.name});
	};
	const anchor = (span: Span, context: number): Anchor => ({
		...span,
		exact: article.slice(span.start, span.end),
		...(context > 0 ? {prefix: article.slice(Math.max(0, span.start - context), span.start), suffix: article.slice(span.end, span.end + context)} : {}),
	});
	// Records wait here, in order, until the text their anchors quote is written.
	const pending: Pending[] = [];
	const finishReady = (all: boolean) => {
		while (pending.length > 0 && (all || pending[0]!.needs <= article.length)) pending.shift()!.finish();
		// Kept: what the records still waiting quote, and the context before the next sentence.
		article.forget(Math.max(0, Math.min(pending[0]?.from ?? Infinity, article.length - MAX_CONTEXT)));
	};
	article.write(`Liputan setahun: ${eventCount} peristiwa dari seluruh Nusantara dan kawasan.\n\n`);

	let quoteCount = 0;
	for (let i = 0; i < eventCount; i++) {
		const {event: date, phrase} = eventDate(random);
		const [verb, verbEn, about] = random.pick(VERBS);
		const [topic, topicEn] = random.pick(TOPICS);
		const lead = pick('person');
		let other = pick(random.chance(0.5) ? 'person' : 'organization');
		if (other.id === lead.id) other = pick('organization');
		const org = random.chance(0.6) ? pick('organization') : undefined;
		const where = hasPlaces && random.chance(0.7) ? pick('place') : undefined;

		const sentenceStart = article.write('');
		article.write(date.precision === 'day' && date.end == null ? '' : 'Pada ');
		const dateSpan = article.write(phrase);
		article.write(', ');
		mention(lead);
		article.write(` ${verb} `);
		mention(other);
		if (org && org.id !== lead.id && org.id !== other.id) {
			article.write(' dari ');
			mention(org);
		}
		if (where) {
			article.write(' di ');
			mention(where);
		}
		article.write(` ${about} ${topic}.`);
		const sentence = {start: sentenceStart.start, end: article.write('').end};

		const participants = [
			{entity: lead.id, role: {id: 'pemrakarsa', en: 'initiator'}},
			{entity: other.id, role: {id: 'mitra', en: 'partner'}},
			...(org && org.id !== lead.id && org.id !== other.id ? [{entity: org.id}] : []),
		];
		const id = `ev-${String(i).padStart(6, '0')}`;
		const event = {
			id,
			...date,
			title: {id: `${lead.name} ${verb} ${other.name}`, en: `${lead.name} ${verbEn} ${other.name}`},
			summary: {id: `${lead.name} dan ${other.name} ${about} ${topic}.`, en: `${lead.name} and ${other.name} on ${topicEn}.`},
			...(where ? {place: where.id} : {}),
			participants,
		};
		pending.push({
			needs: sentence.end + 16,
			from: sentence.start - 16,
			finish: () => sink.event({...event, dateEvidence: anchor(dateSpan, 0), evidence: [anchor(sentence, 16)]}),
		});

		if (i % quoteEvery === quoteEvery - 1) {
			const speaker = lead.type === 'person' ? lead : pick('person');
			const city = random.pick(CITIES);
			const [text, gloss] = random.pick(QUOTES);
			const fill = (template: string) => template.replace('{t}', topic).replace('{T}', topicEn[0]!.toUpperCase() + topicEn.slice(1)).replace('{c}', city);
			article.write(' “');
			const said = article.write(`${fill(text)},`);
			article.write('” ');
			const attribution = article.write(`ujar ${speaker.name}`);
			article.write('.');
			const quoteId = `q-${String(quoteCount++).padStart(6, '0')}`;
			const quoteEvent = random.chance(0.9) ? id : null;
			pending.push({
				needs: said.end + 12,
				from: said.start - 12,
				finish: () => sink.quote({
					id: quoteId,
					text: article.slice(said.start, said.end),
					speaker: speaker.id,
					event: quoteEvent,
					about: [],
					gloss: {en: fill(gloss.replace('{t}', topicEn))},
					evidence: anchor(said, 12),
					attribution: anchor(attribution, 0),
				}),
			});
		}
		article.write('\n\n');
		finishReady(false);
	}
	finishReady(true);
	article.forget(article.length);
	return {head: {version: 1, article: ARTICLE}, entities};
}

/** Generate a dataset in memory; the same options give the same dataset, byte for byte. */
export function generateDataset(options: GeneratorOptions): GeneratedDataset {
	const text: string[] = [];
	const events: Event[] = [];
	const quotes: Quote[] = [];
	const {head, entities} = generateInto(options, {text: (chunk) => text.push(chunk), event: (event) => events.push(event), quote: (quote) => quotes.push(quote)});
	return {articleText: text.join(''), dataset: {...head, entities, events, quotes}};
}

/** The dataset with its article text inline instead of by reference (for a dataset kept in memory). */
export function withInlineText({dataset, articleText}: GeneratedDataset): DatasetFile {
	const {textFile: _textFile, ...article} = dataset.article;
	return {...dataset, article: {...article, text: articleText}};
}

/** A list of records in a dataset file, one a line, written as they come (`[]` when empty). */
export class RecordListWriter {
	private count = 0;
	constructor(private readonly write: (text: string) => void) {}
	add(record: unknown): void {
		this.write(`${this.count++ === 0 ? '[\n' : ',\n'}${JSON.stringify(record)}`);
	}
	close(): void {
		this.write(this.count === 0 ? '[]' : '\n]');
	}
}

/** The text of a dataset file around its three lists of records. */
export const DATASET_FRAME = {
	beforeEntities: (head: DatasetHead['head']) => `${JSON.stringify(head).slice(0, -1)},\n"entities": `,
	beforeEvents: ',\n"events": ',
	beforeQuotes: ',\n"quotes": ',
	end: '\n}\n',
} as const;

/** The dataset as a file: one record per line, so a large file stays readable and diffable. */
export function serializeDataset(dataset: DatasetFile): string {
	const {entities, events, quotes, ...head} = dataset;
	const parts: string[] = [];
	const write = (text: string) => void parts.push(text);
	const list = (records: readonly unknown[]) => {
		const writer = new RecordListWriter(write);
		for (const record of records) writer.add(record);
		writer.close();
	};
	write(DATASET_FRAME.beforeEntities(head));
	list(entities);
	write(DATASET_FRAME.beforeEvents);
	list(events);
	write(DATASET_FRAME.beforeQuotes);
	list(quotes);
	write(DATASET_FRAME.end);
	return parts.join('');
}
