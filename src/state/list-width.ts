/**
 * How wide the lists' rows want to be, so a wide terminal gives the lists what their rows use and
 * the detail pane the rest. Measured once per dataset, whatever the filter or language, so panes
 * do not move as one filters or presses `l`. A store of 100,000 events reads records from disk: a
 * sample of rows, spread evenly, stands for the rest.
 */
import type {Catalog} from '../model/catalog.js';
import {formatNumber} from '../model/count.js';
import {formatSpan} from '../model/dates.js';
import {localized} from '../model/localize.js';
import {widthOf} from '../text/fit.js';

/** A timeline row's columns besides its date and title: the cursor mark and the inferred mark ("› " and " ~ "). */
export const TIMELINE_ROW_CHROME = 5;
/** The extra column a story of several sources keeps for the mark of a disagreement (≠). */
export const DISPUTED_COLUMN = 1;
/** An entity row's columns besides its name and count: the cursor mark, the type tag and a space before the count. */
export const ENTITY_ROW_CHROME = 7;
/** A source's title's indent under its outlet: the cursor's column and two more, so entries stand apart. */
export const SOURCE_TITLE_INDENT = 4;
/** The narrowest date column ("25 Mar 2025"), so rows of one-day dates line up with the rest. */
export const MIN_DATE_WIDTH = 11;

/** Rows measured of each list: enough to know the long ones, few enough to read from a store at once. */
const SAMPLE = 400;
/** The share of rows that fit whole; the longest few are cut with an ellipsis instead of widening every row. */
const FITTING_SHARE = 0.95;
/** Longer texts are measured only this far: the lists never grow past a share of the terminal anyway. */
const MEASURE_LIMIT = 240;

/** The columns the lists' rows want in a dataset: most timeline rows and most entity rows whole. */
export function listWidthOf(catalog: Catalog): number {
	return Math.max(timelineWidth(catalog), entityWidth(catalog), sourceTitleWidth(catalog));
}

/** A story of several sources lists them in the entities' place, each title on a line of its own. */
function sourceTitleWidth(catalog: Catalog): number {
	const {articles} = catalog;
	if (articles.length < 2) return 0;
	const titles: number[] = [];
	for (let i = 0; i < articles.length; i++) titles.push(measured(articles.at(i)!.title));
	return SOURCE_TITLE_INDENT + mostOf(titles);
}

function timelineWidth(catalog: Catalog): number {
	const {events, languages, article} = catalog;
	let dateWidth = MIN_DATE_WIDTH;
	const titles: number[] = [];
	for (const index of sampleOf(events.length)) {
		const brief = events.briefAt(index);
		if (!brief) continue;
		let title = 0;
		for (const lang of languages) {
			dateWidth = Math.max(dateWidth, widthOf(formatSpan(brief.start, brief.end, lang)));
			title = Math.max(title, measured(localized(brief.title, lang, article.language)));
		}
		titles.push(title);
	}
	const chrome = TIMELINE_ROW_CHROME + (catalog.articles.length > 1 ? DISPUTED_COLUMN : 0);
	return titles.length === 0 ? 0 : chrome + dateWidth + mostOf(titles);
}

function entityWidth(catalog: Catalog): number {
	const {entityOrder} = catalog;
	const first = entityOrder.at(0);
	if (!first) return 0;
	// Busiest first: the first entity's count is the widest (grouped alike in either language: "1.204", "1,204").
	const countWidth = widthOf(formatNumber(catalog.eventsOf(first.id).length));
	const names: number[] = [];
	for (const index of sampleOf(entityOrder.length)) {
		const entity = entityOrder.at(index);
		if (entity) names.push(measured(entity.name));
	}
	return ENTITY_ROW_CHROME + countWidth + mostOf(names);
}

/** Positions of up to SAMPLE rows of a list of `length`, spread evenly from its first to its last. */
function sampleOf(length: number): number[] {
	if (length <= SAMPLE) return Array.from({length}, (_, i) => i);
	return Array.from({length: SAMPLE}, (_, k) => Math.floor((k * (length - 1)) / (SAMPLE - 1)));
}

function measured(text: string): number {
	return widthOf(text.length > MEASURE_LIMIT ? text.slice(0, MEASURE_LIMIT) : text);
}

/** The width FITTING_SHARE of the values fit in (nearest rank): the longest of a short list. */
function mostOf(widths: number[]): number {
	widths.sort((a, b) => a - b);
	return widths[Math.max(0, Math.ceil(widths.length * FITTING_SHARE) - 1)] ?? 0;
}
