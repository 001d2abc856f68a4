import {describe, expect, it} from 'vitest';
import {adjacentMatch, matchesIn, searchFrom, textQuery} from '../../src/model/article-search.js';
import {codePointText, utf8CodePointText} from '../../src/model/codepoints.js';

const TEXT = 'Posko siaga dibuka. 😀 Ada 386 posko; POSKO terakhir di Jakarta. posko';

/** Where a query starts, by a plain scan of the code points (the reference). */
function reference(text: string, query: string): number[] {
	const points = Array.from(text);
	const needle = Array.from(query);
	const fold = (s: string) => (query === query.toLowerCase() ? s.toLowerCase() : s);
	const out: number[] = [];
	for (let i = 0; i + needle.length <= points.length; i++) if (needle.every((c, k) => fold(points[i + k]!) === fold(c))) out.push(i);
	return out;
}

describe('searching the article text', () => {
	it('matches any case for a lower-case query, and exactly for one with a capital (smart case)', () => {
		expect(matchesIn(TEXT, 0, textQuery('posko')).map((m) => m.start)).toEqual(reference(TEXT, 'posko'));
		expect(matchesIn(TEXT, 0, textQuery('POSKO')).map((m) => m.start)).toEqual(reference(TEXT, 'POSKO'));
		expect(reference(TEXT, 'posko')).toHaveLength(4);
	});

	it('counts in code points past an emoji', () => {
		const [, second] = matchesIn(TEXT, 10, textQuery('posko'));
		expect(second).toEqual({start: 10 + Array.from(TEXT).indexOf('3') + 4, end: 10 + Array.from(TEXT).indexOf('3') + 9});
	});

	it('counts every match of a long text read by windows, and numbers the first from a place', () => {
		const long = `${'kata biasa '.repeat(10_000)}Meutya ${'kata biasa '.repeat(10_000)}Meutya 😀 meutya`;
		const text = utf8CodePointText(Buffer.from(long));
		const starts = reference(long, 'meutya');
		const found = searchFrom(text, textQuery('meutya'), starts[0]! + 1);
		expect(found).toEqual({total: 3, match: {start: starts[1], end: starts[1]! + 6}, ordinal: 2, wrapped: false});
		expect(searchFrom(text, textQuery('meutya'), starts[2]! + 1)).toEqual({total: 3, match: {start: starts[0], end: starts[0]! + 6}, ordinal: 1, wrapped: true});
		expect(searchFrom(text, textQuery('Meutya'), 0).total).toBe(2);
		expect(searchFrom(text, textQuery('tidak ada'), 0)).toEqual({total: 0, match: null, ordinal: 0, wrapped: false});
	});

	it('goes to the next and previous match, wrapping around the ends', () => {
		const text = codePointText(TEXT);
		const query = textQuery('posko');
		const starts = reference(TEXT, 'posko');
		const at = (start: number) => ({start, end: start + 5});
		expect(adjacentMatch(text, query, at(starts[1]!), 1)).toEqual({match: at(starts[2]!), wrapped: false});
		expect(adjacentMatch(text, query, at(starts[3]!), 1)).toEqual({match: at(starts[0]!), wrapped: true});
		expect(adjacentMatch(text, query, at(starts[0]!), -1)).toEqual({match: at(starts[3]!), wrapped: true});
		expect(adjacentMatch(text, query, at(starts[2]!), -1)).toEqual({match: at(starts[1]!), wrapped: false});
		expect(adjacentMatch(text, textQuery('zzz'), at(0), 1)).toBeNull();
	});

	it('matches a typed space to any space character (no-break, narrow no-break, typographic) at the characters of the text', () => {
		const text = 'Baik itu 😀 kendaraan\u00a0monitoring\u00a0frekuensi maupun\u202fkendaraan\u2009monitoring';
		const points = Array.from(text);
		const at = (start: number, length: number) => points.slice(start, start + length).join('');
		const found = searchFrom(codePointText(text), textQuery('monitoring frekuensi'), 0);
		expect(found.total).toBe(1);
		expect(at(found.match!.start, 20)).toBe('monitoring\u00a0frekuensi');
		expect(found.match!.end - found.match!.start).toBe(20);
		const joined = matchesIn(text, 5, textQuery('Kendaraan monitoring'));
		expect(joined).toEqual([]);
		const spans = matchesIn(text, 5, textQuery('kendaraan monitoring'));
		expect(spans.map((span) => at(span.start - 5, 20))).toEqual(['kendaraan\u00a0monitoring', 'kendaraan\u2009monitoring']);
		expect(searchFrom(codePointText(text), textQuery('maupun kendaraan'), 0).total).toBe(1);
	});
});
