/**
 * The search of a kind's texts, window by window: every text's errors are what counting them
 * outright gives, every matching record's score is the product fuse.js takes, and reading the table
 * in windows of any size, postings in chunks of any size, and codes in groups or one text at a time
 * changes nothing.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {Entity} from '../../src/model/schema.js';
import {EQUAL, fewestErrorsInText, preparePattern} from '../../src/model/search-bounds.js';
import {keyWeights, maxErrorsOf} from '../../src/model/search-candidates.js';
import {searchColumns, searchTextsOfEntity} from '../../src/model/search-entries.js';
import {NONE, searchTexts, type ReadSizes} from '../../src/model/search-pass.js';
import {comparedText, textTableArrays} from '../../src/model/search-table.js';
import {ENTITY_SEARCH_OPTIONS, SEARCH_OPTIONS} from '../../src/model/search.js';
import {searchText} from '../../src/model/search-text.js';
import {partsOfArrays} from '../../src/model/text-table-parts.js';
import {generateEntities} from '../bench/generator/entities.js';
import {createRandom} from '../bench/generator/random.js';
import {expectSameContent} from '../helpers/same-content.js';

const UNUSUAL = ['王小明', 'Łukasz Nowak', 'Nguyễn Văn An', "O'Brien", 'Al-Habsyi', 'Zoë', 'Univ. Ternate', '  ', ''];
const entities: Entity[] = [
	...generateEntities(createRandom(5), 120),
	...UNUSUAL.map((name, i): Entity => ({id: `unusual-${i}`, type: 'person', name, aliases: [name.toUpperCase(), `${name} ${name}`], titles: [], description: {en: name}, mentions: []})),
];
const columns = searchColumns(entities, searchTextsOfEntity);
const parts = partsOfArrays(textTableArrays(columns, keyWeights(ENTITY_SEARCH_OPTIONS)));
const count = columns.textStart.length - 1;
const records = columns.entityStart.length - 1;

/** One search of the texts, its answer copied out. */
function search(pattern: string, maxErrors: number, sizes?: ReadSizes, known: Int8Array | null = null, overlapping = false) {
	const answer = {learnt: new Int8Array(count), errors: new Int8Array(count), matched: new Int32Array(records), score: new Float64Array(records)};
	const total = searchTexts(
		{
			parts,
			recordStart: columns.entityStart,
			comparedTexts: () => (t) => comparedText(columns, t),
			pattern: preparePattern(pattern, maxErrors),
			known,
			overlapping,
			...answer,
		},
		sizes,
	);
	return {...answer, total, matched: answer.matched.subarray(0, total), score: Array.from(answer.matched.subarray(0, total), (record) => answer.score[record])};
}

/** A text's errors counted outright: EQUAL or a count up to maxErrors, else NONE (a blank text never matches). */
function counted(t: number, pattern: string, maxErrors: number): number {
	const text = comparedText(columns, t);
	if (text.trim() === '') return NONE;
	if (text.includes(pattern)) return text === pattern ? EQUAL : 0;
	const errors = Math.max(1, fewestErrorsInText(text, pattern));
	return errors <= maxErrors ? errors : NONE;
}

/** The errors the finder's threshold allows a pattern of m characters, as the narrowed search works them out. */
const maxErrorsAt = (m: number) => maxErrorsOf(m, SEARCH_OPTIONS.threshold!);

const pattern = fc.oneof(
	fc.constantFrom('siregar', 'meutia', 'an', 'a', 'x', 'univ. t', 'al-habs', 'łuk', '王', 'kementrian', 'dinas pertanian kota', 'nowak lukasz'),
	fc.nat(entities.length - 1).chain((e) => fc.tuple(fc.constant(searchText(entities[e]!.name)), fc.nat(20), fc.integer({min: 1, max: 14})).map(([name, from, length]) => name.slice(from % Math.max(1, name.length), (from % Math.max(1, name.length)) + length))),
	fc.string({minLength: 1, maxLength: 10}).map(searchText),
);
const sizes = fc.record({windowTexts: fc.integer({min: 1, max: 40}), postingsChunk: fc.integer({min: 1, max: 9}), readGap: fc.constantFrom(0, 3, 1e9)});

describe('the search of texts, window by window', () => {
	it('gives every text the errors counting them outright gives, for any threshold, with or without the overlapping bigrams', () => {
		fc.assert(
			fc.property(pattern, fc.double({min: 0, max: 0.9, noNaN: true}), fc.boolean(), (text, share, overlapping) => {
				fc.pre(text !== '' && text.length <= 32);
				const maxErrors = Math.min(text.length - 1, Math.floor(share * text.length));
				const {errors} = search(text, maxErrors, undefined, null, overlapping);
				for (let t = 0; t < count; t++) {
					const expected = counted(t, text, maxErrors);
					// Asserted where they differ: an expect for every text of every run took most of the test's time.
					if (!Object.is(errors[t], expected)) expect(errors[t], `"${text}" with ${maxErrors} errors in text ${t} "${comparedText(columns, t)}"`).toBe(expected);
				}
			}),
			{numRuns: 150},
		);
	});

	it('reads the table in windows, chunks and groups of any size with the same answer', () => {
		fc.assert(
			fc.property(pattern, fc.integer({min: 0, max: 6}), sizes, fc.boolean(), (text, errors, small, overlapping) => {
				fc.pre(text !== '' && text.length <= 32);
				const maxErrors = Math.min(text.length - 1, errors);
				expectSameContent(search(text, maxErrors, small, null, overlapping), search(text, maxErrors, undefined, null, overlapping));
			}),
			{numRuns: 200},
		);
	});

	it('starts from what an earlier pattern taught it with the same answer as from nothing', () => {
		fc.assert(
			fc.property(pattern, fc.string({maxLength: 3}), sizes, (text, more, small) => {
				const longer = `${text}${searchText(more)}`;
				fc.pre(text !== '' && longer.length <= 32);
				const {learnt} = search(text, maxErrorsAt(text.length));
				const fresh = search(longer, maxErrorsAt(longer.length));
				const taught = search(longer, maxErrorsAt(longer.length), small, learnt);
				expectSameContent({...taught, learnt: null}, {...fresh, learnt: null});
			}),
			{numRuns: 150},
		);
	});

	it('learns a bound of every text\'s errors no higher than their count, with or without the overlapping bigrams', () => {
		fc.assert(
			fc.property(pattern, fc.integer({min: 0, max: 6}), fc.boolean(), (text, errors, overlapping) => {
				fc.pre(text !== '' && text.length <= 32);
				const maxErrors = Math.min(text.length - 1, errors);
				const {learnt} = search(text, maxErrors, undefined, null, overlapping);
				for (let t = 0; t < count; t++) {
					const compared = comparedText(columns, t);
					// A blank text is never searched (fuse.js leaves it out): the table gives it no characters.
					if (compared.trim() === '') continue;
					const outright = compared.includes(text) ? 0 : Math.min(127, Math.max(1, fewestErrorsInText(compared, text)));
					if (learnt[t]! > outright) expect(learnt[t], `"${text}" in "${compared}"`).toBeLessThanOrEqual(outright);
				}
			}),
			{numRuns: 150},
		);
	});

	it('rules out with the overlapping bigrams, uncounted, texts that the pieces leave to be counted', () => {
		// "kemen" with one error: a text holding "ke" and "n" apart holds two pieces of three ("ke", "me",
		// "n"), so its errors are counted, but one bigram of four ("ke", "em", "me", "en"): two errors at
		// least, a bound learnt without counting them (below their count, which the pieces learn).
		const pieces = search('kemen', 1);
		const overlapping = search('kemen', 1, undefined, null, true);
		const ruledOut = [...overlapping.learnt.keys()].filter((t) => overlapping.learnt[t]! > 1 && overlapping.learnt[t]! < pieces.learnt[t]!);
		expect(ruledOut.length).toBeGreaterThan(0);
		expectSameContent({...overlapping, learnt: null}, {...pieces, learnt: null});
	});

	it('scores a record by the texts that match, each as fuse.js weighs it', () => {
		const {matched, score, errors} = search('siregar', 2);
		expect(matched.length).toBeGreaterThan(0);
		matched.forEach((record, k) => {
			let product = 1;
			for (let t = columns.entityStart[record]!; t < columns.entityStart[record + 1]!; t++) {
				const count = errors[t]!;
				if (count === NONE) continue;
				const exponent = parts.exponents[parts.exponentOf(t, t + 1)[0]!]!;
				product *= Math.pow(count === EQUAL ? Number.EPSILON : Math.max(0.001, count / 'siregar'.length), exponent);
			}
			expect(score[k]).toBe(product);
		});
	});
});
