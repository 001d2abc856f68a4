/**
 * A deterministic generator of valid linimasa datasets at any size: a year of coverage written as
 * one long Indonesian article, with events (points and ranges, at day, month and year precision,
 * stated and inferred), entities and quotes, every one anchored to the words of that article.
 */
import type {Anchor, DatasetFile, Event, Quote} from '../../../src/model/schema.js';
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

/** Builds the article text and remembers where the named things and dates were written. */
class ArticleWriter {
	private readonly parts: string[] = [];
	private length = 0;
	write(text: string): Span {
		const start = this.length;
		this.parts.push(text);
		this.length += text.length;
		return {start, end: this.length};
	}
	text(): string {
		return this.parts.join('');
	}
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

/** Generate a dataset; the same options give the same dataset, byte for byte. */
export function generateDataset(options: GeneratorOptions): GeneratedDataset {
	const random = createRandom(options.seed ?? 20250326);
	const eventCount = options.events;
	const quoteEvery = Math.max(1, Math.round(eventCount / (options.quotes ?? Math.max(1, Math.floor(eventCount / 10)))));
	const entities = generateEntities(random, options.entities ?? Math.max(3, Math.ceil(eventCount / 3)));
	const pick = entityPicker(random, entities);
	// Fewer than ten entities include no place, and an event's place must be one.
	const hasPlaces = entities.some((entity) => entity.type === 'place');
	const article = new ArticleWriter();
	const mention = (entity: GeneratedEntity) => {
		const span = article.write(entity.name);
		// A few mentions per entity are enough evidence; every one would bloat the dataset.
		if (entity.mentions.length < 3) entity.mentions.push({...span, exact: entity.name});
	};
	article.write(`Liputan setahun: ${eventCount} peristiwa dari seluruh Nusantara dan kawasan.\n\n`);

	const events: (Omit<Event, 'evidence' | 'dateEvidence'> & {evidence: Span[]; dateEvidence: Span})[] = [];
	const quotes: (Omit<Quote, 'evidence' | 'attribution'> & {evidence: Span; attribution: Span})[] = [];
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
		events.push({
			id,
			...date,
			title: {id: `${lead.name} ${verb} ${other.name}`, en: `${lead.name} ${verbEn} ${other.name}`},
			summary: {id: `${lead.name} dan ${other.name} ${about} ${topic}.`, en: `${lead.name} and ${other.name} on ${topicEn}.`},
			...(where ? {place: where.id} : {}),
			participants,
			evidence: [sentence],
			dateEvidence: dateSpan,
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
			quotes.push({id: `q-${String(quotes.length).padStart(6, '0')}`, text: '', speaker: speaker.id, event: random.chance(0.9) ? id : null, about: [], gloss: {en: fill(gloss.replace('{t}', topicEn))}, evidence: said, attribution});
		}
		article.write('\n\n');
	}

	const text = article.text();
	if (/[\uD800-\uDFFF]/.test(text)) throw new Error('the generator must write BMP text: its offsets assume one code unit per code point');
	const anchor = (span: Span, context: number): Anchor => ({
		...span,
		exact: text.slice(span.start, span.end),
		...(context > 0 ? {prefix: text.slice(Math.max(0, span.start - context), span.start), suffix: text.slice(span.end, span.end + context)} : {}),
	});
	return {
		articleText: text,
		dataset: {
			version: 1,
			article: {
				title: 'Liputan setahun: peristiwa, tokoh dan kutipan',
				outlet: 'Arsip Generator linimasa',
				published: '2025-03-31T18:00+07:00',
				timezone: 'WIB',
				authors: ['Generator'],
				editors: [],
				language: 'id',
				agencies: [],
				textFile: 'article.txt',
			},
			entities,
			events: events.map(({evidence, dateEvidence, ...event}) => ({...event, dateEvidence: anchor(dateEvidence, 0), evidence: evidence.map((span) => anchor(span, 16))})),
			quotes: quotes.map(({evidence, attribution, ...quote}) => ({...quote, text: text.slice(evidence.start, evidence.end), evidence: anchor(evidence, 12), attribution: anchor(attribution, 0)})),
		},
	};
}

/** The dataset with its article text inline instead of by reference (for a dataset kept in memory). */
export function withInlineText({dataset, articleText}: GeneratedDataset): DatasetFile {
	const {textFile: _textFile, ...article} = dataset.article;
	return {...dataset, article: {...article, text: articleText}};
}

/** The dataset as a file: one record per line, so a large file stays readable and diffable. */
export function serializeDataset(dataset: DatasetFile): string {
	const {entities, events, quotes, ...head} = dataset;
	const list = (records: readonly unknown[]) => (records.length === 0 ? '[]' : `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]`);
	const headJson = JSON.stringify(head);
	return `${headJson.slice(0, -1)},\n"entities": ${list(entities)},\n"events": ${list(events)},\n"quotes": ${list(quotes)}\n}\n`;
}
