import {describe, expect, it} from 'vitest';
import {escapeIcsText, foldLine} from '../../src/interchange/ics.js';
import {escapeHtml, htmlToText} from '../../src/interchange/html.js';
import {jsonArrayPieces, jsonText, toJson} from '../../src/interchange/json.js';
import {escapeMarkdown} from '../../src/interchange/markdown.js';
import {slug, uniqueIds} from '../../src/model/ids.js';
import {mentionsOf} from '../../src/interchange/timelinejs-import.js';
import {codePointText} from '../../src/model/codepoints.js';

describe('iCalendar lines', () => {
	it('fold at 75 octets without splitting a UTF-8 character', () => {
		const line = `DESCRIPTION:${'农生文🌊é'.repeat(20)}`;
		const folded = foldLine(line).split('\r\n');
		expect(folded.length).toBeGreaterThan(1);
		for (const part of folded) {
			expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
			expect(part).not.toContain('\ufffd');
		}
		expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
		expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
	});

	it('leave a short line alone and escape TEXT values', () => {
		expect(foldLine('SUMMARY:x')).toBe('SUMMARY:x');
		expect(escapeIcsText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
	});
});

describe('HTML', () => {
	it('becomes text: tags dropped, blocks and breaks as lines, scripts removed, references decoded', () => {
		const html = '<h2>Judul</h2>\n<p>Satu &amp; dua&nbsp;tiga<br/>baris &#233;&#x1F30A; &bogus; &#0;</p><script>alert("x")</script><p>a < b</p>';
		expect(htmlToText(html)).toBe('Judul\n\nSatu & dua tiga\nbaris é🌊 &bogus; \ufffd\n\na < b');
	});

	it('is stripped in linear time even when tags never close (no catastrophic backtracking)', () => {
		for (const hostile of ['<a'.repeat(200_000), '<script'.repeat(100_000), '<!--'.repeat(100_000), '<p'.repeat(100_000)]) {
			const started = performance.now();
			htmlToText(hostile);
			// A quadratic scan of these 400–700 kB inputs takes many seconds; a linear one, milliseconds.
			expect(performance.now() - started).toBeLessThan(1000);
		}
	});

	it('is escaped on the way out', () => {
		expect(escapeHtml('<b>"Tom" & \'Jerry\'</b>')).toBe('&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;');
		expect(htmlToText(escapeHtml('a <b> & "c"'))).toBe('a <b> & "c"');
	});
});

describe('ids and mentions for imported timelines', () => {
	it('slug makes names into dataset ids, and uniqueIds keeps them unique', () => {
		expect(slug('Kementerian Komdigi!')).toBe('kementerian-komdigi');
		expect(slug('Pâte à Crêpes')).toBe('pate-a-crepes');
		expect(slug('--农生文--')).toBe('');
		expect(slug('农生文', {fallback: 'person'})).toBe('person');
		expect(slug('Satu Dua Tiga Empat', {words: 2})).toBe('satu-dua');
		const name = uniqueIds();
		expect([name('a'), name('a'), name('a')]).toEqual(['a', 'a-2', 'a-3']);
	});

	it('anchors mentions in code points, past astral characters', () => {
		const text = '🌊 BPBD siaga. 🌊🌊 BPBD lagi.';
		const anchors = mentionsOf('BPBD', text);
		expect(anchors).toHaveLength(2);
		for (const anchor of anchors) expect(codePointText(text).slice(anchor.start, anchor.end)).toBe('BPBD');
		expect(anchors[0]!.start).toBe(2);
	});
});

describe('escaping for Markdown and JSON', () => {
	it('keeps dataset text from becoming Markdown structure', () => {
		expect(escapeMarkdown('*bold* [link](x) <b> # 1')).toBe('\\*bold\\* \\[link\\](x) \\<b\\> \\# 1');
		expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
		expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
	});

	it('writes C1 controls and bidi overrides as \\u escapes, so the JSON means the same and prints safely', () => {
		const value = {text: 'a\u009b31mb\u202ec\u2028d'};
		const json = toJson(value);
		expect(json).not.toMatch(/[\u009b\u202e\u2028]/);
		expect(json).toContain('\\u009b');
		expect(JSON.parse(json)).toEqual(value);
	});
});

describe('JSON text nested in a larger value', () => {
	const values: unknown[] = [{a: [1, {b: 'x\ny'}], c: {}, d: []}, [], {}, 'text', 3, null, [[1], {e: [2]}]];

	it('is indented as the value stands at that depth, as a whole document would write it', () => {
		for (const value of values) {
			for (const depth of [1, 2, 3]) {
				const whole = JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
				expect(jsonText(value, depth)).toBe(whole);
			}
		}
	});

	it('makes an array of items read back as the items', () => {
		const pieces = [...jsonArrayPieces(values.length, (index) => values[index], 1)].join('');
		expect(JSON.parse(pieces)).toEqual(values);
		expect(`{\n  "items": ${pieces}\n}`).toBe(JSON.stringify({items: values}, null, 2));
	});
});
