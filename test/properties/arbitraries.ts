/**
 * fast-check arbitraries for the property suites: datasets valid by the schema and the integrity
 * rules (unique ids, references that resolve, anchors computed from the generated article text),
 * and key presses as Ink reports them.
 */
import fc from 'fast-check';
import type {Key} from 'ink';
import {KEYMAP} from '../../src/keys/keymap.js';
import type {DatasetFile, EntityType, LocalizedText} from '../../src/model/schema.js';
import {AnchoredText} from '../helpers/anchored-text.js';
import {HOSTILE, WIDE} from '../helpers/hostile.js';

/** Text of every kind a dataset may hold: words, any Unicode, wide characters, terminal attacks. */
export const anyText = (maxLength = 24): fc.Arbitrary<string> =>
	fc.oneof(
		fc.string({unit: 'grapheme', minLength: 1, maxLength}),
		fc.string({unit: 'binary', minLength: 1, maxLength}),
		fc.constantFrom('Meutya Hafid', 'Kementerian Komunikasi dan Digital', 'Nanning', WIDE, ...Object.values(HOSTILE)),
		fc.string({unit: 'grapheme-ascii', minLength: 200, maxLength: 400}),
	);

const id = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,15}$/);

const localized: fc.Arbitrary<LocalizedText> = fc
	.record({id: anyText(), en: fc.option(anyText(), {nil: undefined})})
	.map(({id: text, en}): LocalizedText => (en === undefined ? {id: text} : {id: text, en}));

/** A date at a precision, and maybe a later end at the same precision. */
const dating = fc
	.record({
		precision: fc.constantFrom<'day' | 'month' | 'year'>('day', 'month', 'year'),
		year: fc.integer({min: 1990, max: 2035}),
		month: fc.integer({min: 1, max: 12}),
		day: fc.integer({min: 1, max: 28}),
		span: fc.option(fc.integer({min: 0, max: 40}), {nil: undefined}),
	})
	.map(({precision, year, month, day, span}) => {
		const iso = (y: number, m: number, d: number) =>
			precision === 'year' ? `${y}` : precision === 'month' ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
		const start = iso(year, month, day);
		if (span === undefined) return {precision, start};
		// A later end at the same precision: days stay within the month, months within the year.
		const end = precision === 'year' ? iso(year + span, 1, 1) : precision === 'month' ? iso(year + Math.floor((month - 1 + span) / 12), ((month - 1 + span) % 12) + 1, 1) : iso(year, month, Math.min(28, day + span));
		return {precision, start, end};
	});

const entitySpec = fc.record({
	id,
	type: fc.constantFrom<EntityType>('person', 'organization', 'place'),
	name: anyText(),
	aliases: fc.array(anyText(), {maxLength: 3}),
	titles: fc.array(localized, {maxLength: 2}),
	description: localized,
	mentioned: fc.boolean(),
});

const eventSpec = fc.record({
	id,
	dating,
	certainty: fc.constantFrom<'stated' | 'inferred'>('stated', 'inferred'),
	title: localized,
	summary: localized,
	participants: fc.array(fc.record({entity: fc.nat(), role: fc.option(localized, {nil: undefined})}), {maxLength: 4}),
	place: fc.option(fc.nat(), {nil: undefined}),
	evidence: anyText(),
});

const quoteSpec = fc.record({
	id,
	text: anyText(),
	speaker: fc.nat(),
	event: fc.option(fc.nat(), {nil: null}),
	gloss: localized,
});

/** A dataset valid by the schema and the integrity rules, article text inline. */
export const validDataset: fc.Arbitrary<DatasetFile> = fc
	.record({
		title: anyText(),
		entities: fc.uniqueArray(entitySpec, {selector: (entity) => entity.id, minLength: 1, maxLength: 10}),
		events: fc.uniqueArray(eventSpec, {selector: (event) => event.id, maxLength: 12}),
		quotes: fc.uniqueArray(quoteSpec, {selector: (quote) => quote.id, maxLength: 5}),
		filler: fc.array(anyText(), {maxLength: 4}),
	})
	.map(({title, entities, events, quotes, filler}): DatasetFile => {
		const article = new AnchoredText();
		let gap = 0;
		// Each anchored piece follows a little unanchored text, so anchors never sit at fixed offsets.
		const anchor = (text: string) => {
			article.add(filler.length > 0 ? filler[gap++ % filler.length]! : ' ');
			return article.mark(text);
		};
		const places = entities.filter((entity) => entity.type === 'place');
		const datasetEntities = entities.map(({mentioned, ...entity}) => ({...entity, mentions: mentioned ? [anchor(entity.name)] : []}));
		const datasetEvents = events.map((event) => ({
			id: event.id,
			...event.dating,
			certainty: event.certainty,
			title: event.title,
			summary: event.summary,
			place: event.place === undefined || places.length === 0 ? null : places[event.place % places.length]!.id,
			participants: event.participants.map((participant) => ({
				entity: entities[participant.entity % entities.length]!.id,
				...(participant.role ? {role: participant.role} : {}),
			})),
			evidence: [anchor(event.evidence)],
		}));
		const datasetQuotes = quotes.map((quote) => ({
			id: quote.id,
			text: quote.text,
			speaker: entities[quote.speaker % entities.length]!.id,
			event: quote.event === null || events.length === 0 ? null : events[quote.event % events.length]!.id,
			about: [],
			gloss: quote.gloss,
			evidence: anchor(quote.text),
		}));
		return {
			version: 1,
			article: {title, outlet: 'Koran Uji', published: '2025-03-26T01:00+07:00', authors: [], editors: [], language: 'id', agencies: [], text: article.text},
			entities: datasetEntities,
			events: datasetEvents,
			quotes: datasetQuotes,
		};
	});

/** A key press as Ink reports it: the input text and the key flags. */
export interface InkKeyPress {
	readonly input: string;
	readonly key: Partial<Key>;
}

/** Ink's report of each key name the keymap uses. */
function inkKey(name: string): InkKeyPress {
	const flags: Record<string, Partial<Key>> = {
		up: {upArrow: true}, down: {downArrow: true}, pageup: {pageUp: true}, pagedown: {pageDown: true},
		home: {home: true}, end: {end: true}, enter: {return: true}, esc: {escape: true, meta: true},
		tab: {tab: true}, 'shift+tab': {tab: true, shift: true}, backspace: {delete: true},
	};
	if (flags[name]) return {input: '', key: flags[name]};
	if (name.startsWith('ctrl+')) return {input: name.slice(5), key: {ctrl: true}};
	return {input: name, key: /[A-Z]/.test(name) ? {shift: true} : {}};
}

/** One step of a session: a key of the keymap, typed or pasted text, or a resize. */
export type Step = {readonly kind: 'key'; readonly press: InkKeyPress} | {readonly kind: 'resize'; readonly columns: number; readonly rows: number};

const keymapKeys = [...new Set(KEYMAP.flatMap((binding) => binding.keys))];

export const step: fc.Arbitrary<Step> = fc.oneof(
	{weight: 8, arbitrary: fc.constantFrom(...keymapKeys).map((name): Step => ({kind: 'key', press: inkKey(name)}))},
	{weight: 2, arbitrary: anyText(12).map((text): Step => ({kind: 'key', press: {input: text, key: {}}}))},
	{weight: 1, arbitrary: fc.record({columns: fc.integer({min: 1, max: 250}), rows: fc.integer({min: 1, max: 80})}).map((size): Step => ({kind: 'resize', ...size}))},
);
