/**
 * The detail pane's lines for an event, an entity or a quote: a head block (what it is, when,
 * where, what it says) and then its items (linked records and evidence), the cursor's item lit.
 */
import {formatDate, formatSpan} from '../../model/dates.js';
import {dateAccounts, dateDisputed, eventAsTold, toldDate, whoseDate, type DateAccount} from '../../model/told-dates.js';
import {localized} from '../../model/localize.js';
import type {ClaimSubject} from '../../model/schema.js';
import {outletOf, sourcesOfEvent, speakerName, type ArticleInfo} from '../../model/catalog.js';
import {formatClaimValue, type ClaimGroup} from '../../model/claims.js';
import {DATE_MEASURE} from '../../model/schema-names.js';
import {publicationDay, publicationMoment} from '../../model/story.js';
import {saidWhen} from '../../model/occasion.js';
import {glossFor} from '../../model/citation.js';
import {titlesShown} from '../../model/titles-shown.js';
import type {Entity, Event, Quote} from '../../model/schema.js';
import type {ExplorerData} from '../../state/data.js';
import {detailItems, type DetailItem} from '../../state/detail.js';
import type {DetailGeometry, ItemLines} from '../../state/detail-window.js';
import type {Ref} from '../../state/state.js';
import {clip} from '../chrome.js';
import {unitCut} from '../../model/codepoints.js';
import {evidenceText} from './evidence-text.js';
import {sharedDateColumn} from './date-column.js';
import {restyle, type Line} from '../line.js';
import {fit, truncate, widthOf, wrap} from '../../text/fit.js';
import {shortUrl} from '../../text/url.js';
import {opensWithWord, singleSpaced} from '../../text/words.js';
import {counted, INTERFACE_LANGUAGES, stringsFor} from '../../state/strings/index.js';
import {DISPUTED_MARK, inferredSlot, ONE_SOURCE_MARK, theme, type Style} from '../theme.js';

export interface DetailView {
	readonly lang: string;
	readonly width: number;
	/** The highlighted item, or -1 for none (the pane without focus). */
	readonly cursor: number;
	readonly focused: boolean;
	/** The source whose view this is (the timeline filtered to it): an event's date is shown as it tells it. */
	readonly source?: string | null | undefined;
}

export interface DetailLines {
	/** How many lines the whole content has. */
	readonly total: number;
	/** The first and last line of the cursor's item. */
	readonly cursorLines: ItemLines | null;
	/** How many items the cursor moves over. */
	readonly items: number;
	/** The first and last line of an item. */
	itemLines(index: number): ItemLines;
	/** Lines from..to (exclusive), built on demand: the pane draws only a window of them. */
	slice(from: number, to: number): Line[];
	/** Every line (builds them all): slice(0, total), its event rows' date column over all of them (the pane draws smaller slices). */
	readonly lines: readonly Line[];
}

/** Whether a date note opens with the word for how the date is known, in any language of the interface ("Disimpulkan: …"). */
function noteSaysHow(note: string, certainty: Event['certainty']): boolean {
	return INTERFACE_LANGUAGES.some((lang) => opensWithWord(note, stringsFor(lang).detail[certainty]));
}

/** How an event's sources date it, for saying whose date is shown: each date's outlets, and whose account the view shows. */
export interface DateTelling {
	readonly accounts: readonly DateAccount[];
	/** The outlet name of an article. */
	readonly outletOf: (article: string) => string;
	/** The article whose account is shown (a view of one source), if any. */
	readonly source?: string | null | undefined;
}

/**
 * When an event happened, and how that is known, said once: "25 Mar 2025 (stated)", or with the
 * note "25 Mar 2025 — Inferred: the commitment was voiced…", the note saying it when it opens with it.
 * Where its sources disagree on the date (`telling`), it says whose date is shown and what the
 * others say: "1 Nov 2025 (stated: Warta Priangan; Kabar Sukaraya 2 Nov 2025)"; in one source's
 * view that source's date, stated by it, is the one shown.
 */
export function whenText(event: Event, lang: string, base: string, telling?: DateTelling): string {
	const {detail} = stringsFor(lang);
	const note = event.dateNote ? localized(event.dateNote, lang, base) : '';
	const whose = (shown: string | undefined, how: string) => whoseDate(telling!.accounts, shown, how, telling!.outletOf, (date) => formatDate(date, lang), telling!.source);
	const own = telling?.source ? toldDate(telling.accounts, telling.source) : undefined;
	// The source's own words give its date: stated, and the note (on the story's date) is not about it.
	if (own !== undefined) return `${formatDate(own, lang)} (${whose(own, detail.stated)})`;
	const span = formatSpan(event.start, event.end, lang);
	const stated = event.certainty === 'stated';
	const how = `(${telling ? whose(stated ? event.start : undefined, stated ? detail.stated : detail.inferred) : stated ? detail.stated : detail.inferred})`;
	if (!note) return `${span} ${how}`;
	return noteSaysHow(note, event.certainty) && !telling ? `${span} — ${note}` : `${span} ${how} — ${note}`;
}

/** The width of a column of labels ("When", "Where", "Sources"): the widest and a space, at least 7. */
const labelColumn = (labels: readonly string[]): number => labels.reduce((most, label) => Math.max(most, widthOf(label) + 1), 7);

/** Wrapped text as lines in one style, with an optional hanging label ("When  25 Mar 2025") in a column `column` wide (by default its own). */
/**
 * The most characters of one text the pane wraps: a dataset may give a summary or a quotation of a
 * megabyte (valid, if no article prints one), and wrapping it all on every key froze the explorer
 * for a minute. Past this, about sixty lines at the pane's usual width, the text is cut at a word
 * and ends in "…"; the command line (`events --json`, `export`) gives it whole.
 */
export const LONGEST_SHOWN = 4000;

/** `text` as the pane shows it: whole, or cut at a word before LONGEST_SHOWN characters, with "…". */
export function shownText(text: string): string {
	if (text.length <= LONGEST_SHOWN) return text;
	const space = text.lastIndexOf(' ', LONGEST_SHOWN);
	// No space in reach (a run of one word): cut at a code point's edge.
	const cut = space > LONGEST_SHOWN / 2 ? space : unitCut(text, LONGEST_SHOWN);
	return `${text.slice(0, cut).trimEnd()} …`;
}

function paragraph(text: string, width: number, style?: Style, label?: string, column = label ? labelColumn([label]) : 0): Line[] {
	const labelWidth = label ? column : 0;
	return wrap(shownText(text), Math.max(1, width - labelWidth)).map((part, i) => [
		...(label ? [{text: (i === 0 ? label : '').padEnd(labelWidth), style: theme.label}] : []),
		style ? {text: part, style} : {text: part},
	]);
}

function eventHead(event: Event, data: ExplorerData, lang: string, width: number, source: string | null): Line[] {
	const {story} = data;
	const base = story.article.language;
	const {detail} = stringsFor(lang);
	const place = event.place ? story.entityById(event.place)?.name : undefined;
	// Only a story of several sources says which of them report the event, and where they differ.
	const several = story.articles.length > 1;
	const outletOfArticle = (article: string) => outletOf(story, article);
	const outlets = several ? sourcesOfEvent(story, event).map((told) => outletOfArticle(told.article)) : [];
	const comparison = story.claimComparison();
	const disputed = several ? comparison.about({event: event.id}).filter((group) => !group.agree).map((group) => measureName(group.measure, lang)) : [];
	// Sources that disagree on the date: the line says whose date is shown, and the others'.
	const dating = several ? dateAccounts(comparison, event, story.article.id) : undefined;
	const telling = dating?.disputed ? {accounts: dating.accounts, outletOf: outletOfArticle, source} : undefined;
	const stated = event.certainty === 'stated' || (telling?.source ? toldDate(telling.accounts, telling.source) !== undefined : false);
	// One column for the labels shown: their values start together.
	const column = labelColumn([detail.when, ...(place ? [detail.where] : []), ...(outlets.length > 0 ? [detail.sources] : [])]);
	return [
		[{text: truncate(detail.event, width), style: theme.label}],
		...paragraph(localized(event.title, lang, base), width, theme.heading),
		...paragraph(whenText(event, lang, base, telling), width, stated ? undefined : theme.inferred, detail.when, column),
		...(place ? paragraph(place, width, undefined, detail.where, column) : []),
		...(outlets.length > 0 ? paragraph(outlets.join(', '), width, undefined, detail.sources, column) : []),
		...(disputed.length > 0 ? paragraph(`${DISPUTED_MARK} ${detail.disagree} ${disputed.join(', ')}`, width, theme.disputed) : []),
		[],
		...paragraph(localized(event.summary, lang, base), width),
	];
}

function sourceHead(article: ArticleInfo, data: ExplorerData, lang: string, width: number): Line[] {
	const {story} = data;
	const events = story.eventsFrom(article.id).length;
	const disputes = story.claimComparison().disputesOf(article.id);
	const words = stringsFor(lang);
	const {detail} = words;
	const column = labelColumn([detail.published, ...(article.authors.length > 0 ? [detail.by] : []), ...(article.editors.length > 0 ? [detail.editedBy] : [])]);
	return [
		[{text: truncate(`${detail.source} · ${counted(words, events, 'event')}`, width), style: theme.label}],
		...paragraph(article.title, width, theme.heading),
		...paragraph(`${article.outlet} · ${publicationMoment(article, lang)}`, width, undefined, detail.published, column),
		...(article.authors.length > 0 ? paragraph(article.authors.join(', '), width, undefined, detail.by, column) : []),
		...(article.editors.length > 0 ? paragraph(article.editors.join(', '), width, undefined, detail.editedBy, column) : []),
		// A link is one line, never wrapped inside itself: shortened in the middle when the pane is narrower.
		...(article.url ? [[{text: shortUrl(article.url, width), style: theme.muted}]] : []),
		...(disputes > 0 ? paragraph(`${DISPUTED_MARK} ${detail.disputes(disputes, counted(words, disputes, 'disagreement'))}`, width, theme.disputed) : []),
	];
}

/** A measure as the detail pane names it: the date in the reader's language, others as the dataset names them. */
const measureName = (measure: string, lang: string) => (measure === DATE_MEASURE ? stringsFor(lang).detail.itemLabels.date : measure);

/**
 * The value column of a record's claims: as wide as the widest value of any of them (at most a third
 * of the line), so the sources' words start in one column from one claim to the next.
 */
function claimValueWidth(groups: readonly ClaimGroup[], lang: string, width: number): number {
	let widest = 0;
	for (const group of groups) for (const value of group.values) widest = Math.max(widest, widthOf(formatClaimValue(value.value, value.unit, lang)));
	return Math.min(widest, Math.floor(width / 3));
}

/** A claim's subject as the reader knows it: the event's title, the entity's name. */
function subjectTitle(subject: ClaimSubject, data: ExplorerData, lang: string): string {
	if (subject.event !== undefined) {
		const event = data.story.eventById(subject.event);
		return event ? localized(event.title, lang, data.story.article.language) : subject.event;
	}
	const entity = subject.entity === undefined ? undefined : data.story.entityById(subject.entity);
	return entity?.name ?? subject.entity ?? '';
}

/** The claim group a claims item shows. */
function claimGroupOf(data: ExplorerData, item: DetailItem & {section: 'claims'}): ClaimGroup | undefined {
	return data.story.claimComparison().about(item.subject).find((candidate) => candidate.measure === item.measure);
}

/** A claim group: its measure, then each value beside the words of every source that gives it. */
function claimLines(group: ClaimGroup, data: ExplorerData, lang: string, width: number, valueWidth: number, named = false): Line[] {
	const {story} = data;
	const values = group.values.map((value) => formatClaimValue(value.value, value.unit, lang));
	// Agreed by several sources (=), said by one alone (·, and said in words), or disputed (≠).
	const alone = group.agree && group.articles.length === 1;
	const mark = !group.agree ? DISPUTED_MARK : alone ? ONE_SOURCE_MARK : '=';
	const name = measureName(group.measure, lang);
	const lines: Line[] = [
		[
			{text: `${mark} `, style: group.agree ? theme.muted : theme.disputed},
			{text: truncate(name, Math.max(1, width - 2)), style: group.agree ? undefined : theme.disputed},
			...(alone ? [{text: truncate(` (${stringsFor(lang).detail.oneSource})`, Math.max(0, width - 2 - widthOf(name))), style: theme.muted}] : []),
		],
	];
	// What the claim is about, when the pane is not that record's own: "≠ tanggal" alone does not say of which event.
	if (named) lines.push([{text: '  '}, {text: truncate(subjectTitle(group.subject, data, lang), Math.max(1, width - 2)), style: theme.label}]);
	group.values.forEach((value, v) => {
		value.sources.forEach((source, s) => {
			const outlet = outletOf(story, source.article);
			const words = `${outlet} “${singleSpaced(source.evidence.exact)}”`;
			// The words are the evidence: wrapped under themselves, never cut ("“merusak 12…" would misquote).
			wrap(words, Math.max(1, width - valueWidth - 4)).forEach((part, k) => {
				lines.push([
					{text: '  '},
					{text: fit(s === 0 && k === 0 ? values[v]! : '', valueWidth), style: group.agree ? theme.label : theme.disputed},
					{text: '  '},
					{text: part, style: theme.muted},
				]);
			});
		});
	});
	return lines;
}

function entityHead(entity: Entity, data: ExplorerData, lang: string, width: number): Line[] {
	const base = data.story.article.language;
	const events = data.story.eventsOf(entity.id).length;
	const quotes = data.story.quotesOf(entity.id).length;
	const titles = titlesShown(entity.titles.map((title) => localized(title, lang, base))).join('; ');
	const words = stringsFor(lang);
	const column = labelColumn([...(titles ? [words.detail.titles] : []), ...(entity.aliases.length ? [words.detail.aliases] : [])]);
	return [
		[
			{text: `${words.typeTags[entity.type]} `, style: theme.entityType[entity.type]},
			{text: truncate(`${words.entityTypes[entity.type]} · ${counted(words, events, 'event')} · ${counted(words, quotes, 'quote')}`, width - 4), style: theme.label},
		],
		...paragraph(entity.name, width, theme.heading),
		...(titles ? paragraph(titles, width, undefined, words.detail.titles, column) : []),
		...(entity.aliases.length ? paragraph(entity.aliases.join(', '), width, theme.muted, words.detail.aliases, column) : []),
		[],
		...paragraph(localized(entity.description, lang, base), width),
	];
}

function quoteHead(quote: Quote, data: ExplorerData, lang: string, width: number): Line[] {
	const {story} = data;
	const speaker = speakerName(story, quote);
	const said = saidWhen(story, quote);
	// The quote itself is in the article's language; its gloss is for readers of another (English
	// first), and only a gloss in that language is one: a stand-in in the article's own is not.
	const gloss = glossFor(story, quote, lang === story.article.language ? 'en' : lang);
	const {detail} = stringsFor(lang);
	// A day read from context says so, as an event's inferred date does ("25 Mar 2025 (disimpulkan)").
	const how = said.certainty === 'inferred' ? [{text: ` (${detail.inferred})`, style: theme.inferred}] : [];
	// The day and how it is known are what a narrow pane keeps: where the speaker's name would be
	// cut beside them ("Eui…"), the day goes to a line of its own and the name stays whole.
	const day = formatSpan(said.start, said.end, lang);
	const room = width - widthOf(`${detail.quote} · `) - widthOf(` · ${day}`) - (how[0] ? widthOf(how[0].text) : 0);
	const head: Line[] =
		widthOf(speaker) <= room
			? [clip([{text: `${detail.quote} · ${speaker} · ${day}`, style: theme.label}, ...how], width)]
			: [clip([{text: `${detail.quote} · ${speaker}`, style: theme.label}], width), clip([{text: day, style: theme.label}, ...how], width)];
	return [
		...head,
		...paragraph(`“${quote.text}”`, width, theme.quote),
		...(gloss ? [[], ...paragraph(gloss, width, theme.muted, detail.gloss)] : []),
	];
}

/** The most lines a participant and their role take in the detail pane. */
const ROLE_LINES = 3;

/**
 * A text wrapped in whole words, the part from `litStart` to `litEnd` (UTF-16 offsets) in the
 * plain style and the rest muted: evidence's exact words in their context, a name before its role.
 * Past `maxLines`, the last line shown ends in an ellipsis.
 */
function wrapAround(text: string, width: number, litStart: number, litEnd: number, maxLines = Infinity): Line[] {
	let at = 0;
	const parts = wrap(text, width);
	const cut = parts.length > maxLines;
	return parts.slice(0, maxLines).map((whole, n) => {
		// The last line shown of a cut text: as much as fits beside the ellipsis.
		const part = cut && n === maxLines - 1 ? truncate(`${whole} …`, width) : whole;
		const start = text.indexOf(whole, at);
		const from = start < 0 ? at : start;
		at = from + whole.length;
		const lo = Math.max(0, litStart - from);
		const hi = Math.max(0, Math.min(part.length, litEnd - from));
		return [
			...(lo > 0 ? [{text: part.slice(0, Math.min(lo, part.length)), style: theme.muted}] : []),
			...(hi > lo ? [{text: part.slice(lo, hi)}] : []),
			...(hi < part.length && part.length > lo ? [{text: part.slice(Math.max(lo, hi)), style: theme.muted}] : []),
		];
	});
}

/**
 * Evidence's context after its exact words, less the words a last line would hold alone: the
 * context is a few words either side whatever the pane's width, and wrapped it could leave
 * "tuturnya.…" on a line of its own under the passage. Those words go; the ellipsis stays.
 */
function withoutLoneTail(lead: string, after: string, width: number): string {
	// Each round drops a line; the line before it may be as short (a paragraph's last word).
	for (;;) {
		const parts = wrap(lead + after, width);
		const last = parts.at(-1) ?? '';
		if (parts.length < 2 || widthOf(last) >= width / 3) return after;
		const tail = last.replace(/…$/u, '');
		const body = after.replace(/…$/u, '').trimEnd();
		// Only a line of context alone: one that holds any of the exact words stays.
		if (tail === '' || tail.length > body.length || !body.endsWith(tail)) return after;
		after = `${body.slice(0, body.length - tail.length).trimEnd()}…`;
	}
}

/**
 * Items drawn on several lines (the others take one): evidence, claims, and an event's participants
 * with their roles (an event has a few). The long lists (an entity's events, a source's entities)
 * keep a line an item, so only the lines on screen are built.
 */
const isMultiLine = (item: DetailItem) => item.section === 'evidence' || item.section === 'claims' || (item.section === 'entities' && item.role !== undefined);

/** The event an event item shows: as the story dates it, or as the source it is listed under tells it. */
function itemEvent(item: DetailItem & {section: 'events'}, data: ExplorerData): Event | undefined {
	const event = data.story.eventById(item.ref.id);
	return event && item.toldBy !== undefined ? eventAsTold(data.story.claimComparison(), event, item.toldBy) : event;
}

/** What an event item's row shows: its day or span as the timeline writes it, and its title. */
function eventRowText(item: DetailItem, data: ExplorerData, lang: string): {date: string; span: boolean; title: string} | undefined {
	if (item.section !== 'events') return undefined;
	const event = itemEvent(item, data);
	if (!event) return undefined;
	return {date: formatSpan(event.start, event.end, lang), span: Boolean(event.end), title: localized(event.title, lang, data.story.article.language)};
}

/**
 * The columns an event row's title has beside a date column `dateWidth` wide, in a pane `width`
 * wide: all but the cursor's mark and the inferred mark. A row of one line keeps no right margin
 * (the wrapped items keep one): its title identifies the event, and two columns more are a word.
 */
const eventTitleRoom = (width: number, dateWidth: number) => width - 2 - dateWidth - inferredSlot('stated').length;

/** The date column of the event rows drawn (see sharedDateColumn). */
function eventDateColumn(rows: readonly {date: string; span: boolean; title: string}[], width: number): number {
	return sharedDateColumn(
		rows.map((row) => ({date: widthOf(row.date), span: row.span, title: widthOf(row.title)})),
		(column) => eventTitleRoom(width, column),
	);
}

/** `dateWidth`: the column an event item's date takes (at least its own width), shared by the event rows on screen. */
function itemLines(item: DetailItem, data: ExplorerData, lang: string, width: number, dateWidth = 0, claimValueColumn: (inner: number) => number = () => 0): Line[] {
	const {story} = data;
	const {article} = story;
	const inner = Math.max(1, width - 4);
	const words = stringsFor(lang);
	const labels = words.detail.itemLabels;
	switch (item.section) {
		case 'entities': {
			const entity = story.entityById(item.ref.id);
			const role = item.role ? localized(item.role, lang, article.language) : item.label ? labels[item.label] : '';
			const name = entity?.name ?? item.ref.id;
			const tag = entity ? words.typeTags[entity.type] : '   ';
			const tagged = {text: `${tag} `, style: entity ? theme.entityType[entity.type] : theme.muted};
			if (!isMultiLine(item)) {
				return [[tagged, {text: truncate(name, inner - 4)}, ...(role ? [{text: truncate(` — ${role}`, Math.max(0, inner - 4 - widthOf(name))), style: theme.muted}] : [])]];
			}
			// A participant's role wraps in whole words under the name, so it is read whole; the name keeps
			// to its line, and a role past ROLE_LINES (a dataset's mistake) is cut.
			const shown = truncate(name, inner - 4);
			return wrapAround(`${shown} — ${role}`, inner - 4, 0, shown.length, ROLE_LINES).map((line, i): Line => [i === 0 ? tagged : {text: '    '}, ...line]);
		}
		case 'events': {
			const event = itemEvent(item, data);
			if (!event) return [[{text: item.ref.id}]];
			const own = formatSpan(event.start, event.end, lang);
			// Titles start in one column, as in the timeline (see eventDateColumn); never at the cost of the date, nor of more than half the line.
			const date = fit(own, Math.max(widthOf(own), Math.min(dateWidth, Math.floor(inner / 2))));
			// An inferred date is marked as the timeline marks it, so an occasion's guessed day shows as one;
			// a source's own date, where the others give another, as disputed.
			const disputedDate = item.toldBy !== undefined && dateDisputed(story.claimComparison(), event.id);
			const mark = disputedDate ? ` ${DISPUTED_MARK} ` : inferredSlot(event.certainty);
			return [[{text: date, style: theme.label}, {text: mark, style: disputedDate ? theme.disputed : theme.inferred}, {text: truncate(localized(event.title, lang, article.language), Math.max(0, eventTitleRoom(width, widthOf(date))))}]];
		}
		case 'quotes': {
			const quote = story.quoteById(item.ref.id);
			if (!quote) return [[{text: item.ref.id}]];
			const speaker = speakerName(data.story, quote);
			// A speaker's name may be long; it gets at most half the line, so the quote stays readable.
			const tail = truncate(` — ${speaker}`, Math.floor(inner / 2));
			return [[{text: truncate(`“${quote.text}”`, Math.max(1, inner - widthOf(tail))), style: theme.quote}, {text: tail, style: theme.muted}]];
		}
		case 'claims': {
			const group = claimGroupOf(data, item);
			return group ? claimLines(group, data, lang, inner, claimValueColumn(inner), item.named) : [[{text: item.measure}]];
		}
		case 'evidence': {
			const {before, exact: whole, after} = evidenceText(item.anchor, story);
			const exact = shownText(whole);
			const part = item.source?.wording === 'part' ? `(${labels.part}) ` : '';
			const label = item.label ? `(${labels[item.label]}) ` : part;
			const heading: Line[] = [];
			if (item.source?.first) {
				const source = story.articleById(item.source.article);
				heading.push([{text: truncate(source ? `${source.outlet} · ${publicationDay(source, lang)}` : item.source.article, inner), style: theme.sourceName}]);
			}
			const exactStart = label.length + before.length;
			const lead = `${label}${before}${exact}`;
			return [...heading, ...wrapAround(`${lead}${withoutLoneTail(lead, after, inner)}`, inner, exactStart, exactStart + exact.length)];
		}
	}
}

function headFor(ref: Ref, data: ExplorerData, lang: string, width: number, source: string | null): Line[] | null {
	const {story} = data;
	if (ref.kind === 'event') {
		const event = story.eventById(ref.id);
		return event ? eventHead(event, data, lang, width, source) : null;
	}
	if (ref.kind === 'entity') {
		const entity = story.entityById(ref.id);
		return entity ? entityHead(entity, data, lang, width) : null;
	}
	if (ref.kind === 'source') {
		const article = story.articleById(ref.id);
		return article ? sourceHead(article, data, lang, width) : null;
	}
	const quote = story.quoteById(ref.id);
	return quote ? quoteHead(quote, data, lang, width) : null;
}

/** Items under one heading: a section, or a quote's events by how it bears on them (said at, about). */
const groupOf = (item: DetailItem): string => (item.section === 'events' && item.label ? `events:${item.label}` : item.section);

/**
 * The detail pane's content for a record. An entity in thousands of events lists thousands of
 * items, and a pane shows a few dozen lines: only the item lines' positions are worked out for all
 * of them (one line each, but evidence passages, which wrap), and lines are built for the window drawn.
 */
export function detailLines(data: ExplorerData, ref: Ref | null, view: DetailView): DetailLines {
	const head = ref && headFor(ref, data, view.lang, view.width, view.source ?? null);
	if (!ref || !head) {
		const lines: Line[] = [[{text: stringsFor(view.lang).detail.nothingSelected, style: theme.muted}]];
		return {total: 1, cursorLines: null, items: 0, itemLines: () => ({first: 0, last: 0}), slice: (from, to) => lines.slice(from, to), lines};
	}
	const items = detailItems(data, ref);
	const built = new Map<number, Line[]>();
	const lit = (i: number, lines: Line[]): Line[] => {
		const selected = i === view.cursor;
		return lines.map((segments, n) => {
			const row: Line = [{text: selected && n === 0 ? '› ' : '  '}, ...segments];
			return selected ? restyle(row, view.focused ? theme.cursor : theme.cursorBlurred) : row;
		});
	};
	// An event item is a line whatever its date column: built for the window drawn (see slice), not kept.
	// The record's claims share one value column (claimValueWidth), measured over all of them once a
	// claim is drawn: `inner` is the same for every item of the pane.
	let valueWidth: number | undefined;
	const claimValueColumn = (inner: number): number => {
		if (valueWidth === undefined) {
			const groups: ClaimGroup[] = [];
			for (const item of items) {
				const group = item.section === 'claims' ? claimGroupOf(data, item) : undefined;
				if (group) groups.push(group);
			}
			valueWidth = claimValueWidth(groups, view.lang, inner);
		}
		return valueWidth;
	};
	const linesOf = (i: number, dateWidth = 0): Line[] => {
		if (items[i]!.section === 'events') return lit(i, itemLines(items[i]!, data, view.lang, view.width, dateWidth));
		let lines = built.get(i);
		if (!lines) built.set(i, (lines = lit(i, itemLines(items[i]!, data, view.lang, view.width, 0, claimValueColumn))));
		return lines;
	};
	// Where each item's first line is; an item opening a section follows a blank line and its title.
	const itemStart = new Int32Array(items.length);
	const opensSection = new Uint8Array(items.length);
	let line = head.length;
	let section: string | undefined;
	items.forEach((item, i) => {
		if (groupOf(item) !== section) {
			section = groupOf(item);
			opensSection[i] = 1;
			line += 2;
		}
		itemStart[i] = line;
		line += isMultiLine(item) ? linesOf(i).length : 1;
	});
	const total = line;
	const itemEnd = (i: number) => itemStart[i]! + (isMultiLine(items[i]!) ? linesOf(i).length : 1);
	const {detail} = stringsFor(view.lang);
	const sectionTitle = (item: DetailItem) => {
		if (item.section === 'events' && item.label) return detail.eventGroups[item.label];
		return item.section === 'evidence' && data.story.articles.length > 1 ? detail.evidenceFromSources : detail.sections[item.section];
	};
	const cursor = view.cursor >= 0 && view.cursor < items.length ? view.cursor : -1;
	const itemLinesOf = (i: number): ItemLines => ({first: itemStart[i]!, last: itemEnd(i) - 1});
	const slice = (from: number, to: number): Line[] => {
		const out: Line[] = head.slice(Math.max(0, from), Math.max(0, to));
		// The first item still showing at `from` (binary search: starts grow with the index).
		let lo = 0;
		let hi = items.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (itemEnd(mid) <= from) lo = mid + 1;
			else hi = mid;
		}
		let end = lo;
		while (end < items.length && itemStart[end]! - (opensSection[end] ? 2 : 0) < to) end++;
		// The event rows drawn share a date column.
		const eventRows: {date: string; span: boolean; title: string}[] = [];
		for (let i = lo; i < end && itemStart[i]! < to; i++) {
			// A row above the window is not drawn either (a multi-line item's later lines may be).
			const row = itemStart[i]! >= from ? eventRowText(items[i]!, data, view.lang) : undefined;
			if (row) eventRows.push(row);
		}
		const dateWidth = eventDateColumn(eventRows, view.width);
		for (let i = lo; i < end; i++) {
			const start = itemStart[i]!;
			const block: [number, Line][] = [];
			if (opensSection[i]) block.push([start - 2, []], [start - 1, [{text: truncate(sectionTitle(items[i]!), view.width), style: theme.heading}]]);
			linesOf(i, dateWidth).forEach((row, n) => block.push([start + n, row]));
			for (const [at, row] of block) if (at >= from && at < to) out.push(row);
		}
		return out;
	};
	return {
		total,
		cursorLines: cursor < 0 ? null : itemLinesOf(cursor),
		items: items.length,
		itemLines: itemLinesOf,
		slice,
		get lines() {
			return slice(0, total);
		},
	};
}

/** Where the detail pane's lines fall for a record (the reducer scrolls by it): the lines as drawn, unlit. */
export function measureDetail(data: ExplorerData, ref: Ref | null, lang: string, width: number, source: string | null = null): DetailGeometry {
	const {total, items, itemLines} = detailLines(data, ref, {lang, width, cursor: -1, focused: false, source});
	return {total, items, itemLines};
}
