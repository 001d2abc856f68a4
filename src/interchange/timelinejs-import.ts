/**
 * A TimelineJS3 timeline as a linimasa dataset. The timeline's own words become the article: the
 * title slide, then each slide's headline and text as paragraphs; each event's evidence anchors
 * (in code points) point at its paragraphs, so the explorer shows where every event came from.
 * Groups become organizations taking part in their slides' events.
 */
import {basename, extname} from 'node:path';
import {codePointLength} from '../model/codepoints.js';
import {formatJsonPath, JsonLocator, type DatasetError} from '../model/errors.js';
import {jsonSyntaxError} from '../model/load.js';
import {sanitizeBlock, sanitizeInline} from '../model/sanitize.js';
import type {Anchor, DatasetFile, Entity, Event} from '../model/schema.js';
import {readTimelineJs, type Slide} from './timelinejs-read.js';
import {slug, uniqueIds} from '../model/ids.js';

export interface ImportOptions {
	/** The input's name, for messages and as the title when the timeline has none. */
	readonly file: string;
	/** The language tag of the timeline's text. */
	readonly language: string;
	/** The dataset's publication date-time, with its offset. */
	readonly published: string;
}

export type ImportResult =
	| {readonly ok: true; readonly dataset: DatasetFile; readonly warnings: readonly string[]}
	| {readonly ok: false; readonly errors: readonly DatasetError[]};

const TITLE_LENGTH = 80;

/** A one-line title from a longer text, cut at a word near TITLE_LENGTH code points. */
function shortTitle(text: string): string {
	const chars = [...text];
	if (chars.length <= TITLE_LENGTH) return text;
	const cut = chars.slice(0, TITLE_LENGTH).join('');
	const space = cut.lastIndexOf(' ');
	return `${space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

/** The article text, written paragraph by paragraph, with the anchor of each paragraph. */
class ArticleWriter {
	#parts: string[] = [];
	#length = 0;

	paragraph(text: string): Anchor {
		if (this.#parts.length > 0) {
			this.#parts.push('\n\n');
			this.#length += 2;
		}
		const start = this.#length;
		this.#parts.push(text);
		this.#length += codePointLength(text);
		return {start, end: this.#length, exact: text};
	}

	get text(): string {
		return this.#parts.join('');
	}
}

const clean = (text: string) => sanitizeBlock(text).trim();
const oneLine = (text: string) => sanitizeInline(text).replace(/ {2,}/g, ' ');

const MAX_MENTIONS = 200;

/** Where `name` occurs in `text`, as anchors in code points (at most MAX_MENTIONS). */
export function mentionsOf(name: string, text: string): Anchor[] {
	const anchors: Anchor[] = [];
	const length = codePointLength(name);
	let unit = 0;
	let point = 0;
	for (let found = text.indexOf(name); found !== -1 && anchors.length < MAX_MENTIONS; found = text.indexOf(name, found + name.length)) {
		point += codePointLength(text.slice(unit, found));
		unit = found;
		anchors.push({start: point, end: point + length, exact: name});
	}
	return anchors;
}

function groupEntities(slides: readonly Slide[], articleText: string): {entities: Entity[]; idOfGroup: Map<string, string>} {
	const name = uniqueIds();
	const idOfGroup = new Map<string, string>();
	const entities: Entity[] = [];
	for (const slide of slides) {
		if (slide.group === null || idOfGroup.has(slide.group)) continue;
		const id = name(slug(slide.group) || `group-${idOfGroup.size + 1}`);
		idOfGroup.set(slide.group, id);
		entities.push({
			id,
			type: 'organization',
			name: oneLine(slide.group),
			aliases: [],
			titles: [],
			description: {en: `A group of the imported timeline: ${oneLine(slide.group)}.`},
			mentions: mentionsOf(oneLine(slide.group), articleText),
		});
	}
	return {entities, idOfGroup};
}

/** Turn the text of a TimelineJS3 file into a dataset, or say everything that is wrong with it. */
export function timelineJsToDataset(jsonText: string, options: ImportOptions): ImportResult {
	const {file, language} = options;
	if (jsonText.trim() === '') return {ok: false, errors: [{file, message: 'is empty, expected a TimelineJS3 timeline (JSON)'}]};
	let raw: unknown;
	try {
		raw = JSON.parse(jsonText);
	} catch {
		return {ok: false, errors: [jsonSyntaxError(jsonText, file)]};
	}
	const read = readTimelineJs(raw);
	if (!read.ok) {
		const locator = new JsonLocator(jsonText);
		return {ok: false, errors: read.problems.map((problem) => ({file, path: formatJsonPath(problem.path), ...locator.locate(problem.path), message: problem.message}))};
	}

	const warnings: string[] = [];
	const article = new ArticleWriter();
	const titleHeadline = clean(read.timeline.title?.headline ?? '');
	const titleText = clean(read.timeline.title?.text ?? '');
	if (titleHeadline) article.paragraph(titleHeadline);
	if (titleText) article.paragraph(titleText);

	const slides = read.timeline.slides.filter((slide) => {
		if (clean(slide.headline) || clean(slide.text)) return true;
		warnings.push(`${file} ${formatJsonPath(['events', slide.index])}: skipped a slide with no headline or text (an event needs words to rest on)`);
		return false;
	});
	const eventId = uniqueIds();
	const drafts = slides.map((slide) => {
		const headline = clean(slide.headline);
		const text = clean(slide.text);
		const evidence = [headline, text].filter((part) => part !== '').map((part) => article.paragraph(part));
		return {slide, headline, text, evidence};
	});
	// Groups are found in the finished text, so their mentions can be anchored.
	const {entities, idOfGroup} = groupEntities(slides, article.text);
	const events: Event[] = drafts.map(({slide, headline, text, evidence}) => {
		const groupId = slide.group === null ? undefined : idOfGroup.get(slide.group);
		return {
			id: eventId(slug(slide.uniqueId ?? '') || slug(headline) || `event-${slide.index + 1}`),
			start: slide.start,
			end: slide.end,
			precision: slide.precision,
			certainty: 'stated',
			title: {[language]: headline ? oneLine(headline) : shortTitle(oneLine(text))},
			summary: {[language]: oneLine(text || headline)},
			participants: groupId === undefined ? [] : [{entity: groupId}],
			evidence,
		};
	});

	const dataset: DatasetFile = {
		version: 1,
		article: {
			title: oneLine(titleHeadline) || basename(file, extname(file)) || 'Imported timeline',
			outlet: 'TimelineJS',
			published: options.published,
			authors: [],
			editors: [],
			language,
			agencies: [],
			text: article.text,
		},
		entities,
		events,
		quotes: [],
	};
	return {ok: true, dataset, warnings};
}
