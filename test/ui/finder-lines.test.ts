/**
 * The finder's rows as drawn: an event found by a title shows the title in the language on screen;
 * what matched is shown where it is not the row's own name, title or date.
 */
import {describe, expect, it} from 'vitest';
import {lineText, type Line} from '../../src/ui/line.js';
import {theme} from '../../src/ui/theme.js';
import {finderRow, snippet} from '../../src/ui/panes/finder-lines.js';
import {finderRows} from '../../src/state/selectors.js';
import {embedded, run, start, type} from '../state/drive.js';

/** The drawn row of an event found for `query`. */
function eventRowFor(query: string, eventId: string, lang: string): string {
	const group = embedded.find(query).find((found) => found.kind === 'event')!;
	const match = group.matches.find((found) => embedded.story.events.idAt(found.position) === eventId)!;
	return lineText(finderRow(embedded.story, {type: 'match', kind: 'event', ref: {kind: 'event', id: eventId}, matched: match.matched}, {selected: false, width: 80, lang}));
}

/** The drawn row of the first entity found for `query`. */
function entityRowFor(query: string): Line {
	const match = embedded.find(query).find((found) => found.kind === 'entity')!.matches[0]!;
	const id = embedded.story.entities.at(match.position)!.id;
	return finderRow(embedded.story, {type: 'match', kind: 'entity', ref: {kind: 'entity', id}, matched: match.matched}, {selected: false, width: 80, lang: 'id'});
}

const lit = (line: Line) => line.filter((segment) => segment.style === theme.match).map((segment) => segment.text).join('');

describe('an entity row of the finder', () => {
	it('shows a title that matched beside the name, lit there, and leaves the name unlit', () => {
		const row = entityRowFor('Menteri Komunikasi');
		expect(lineText(row)).toMatch(/^ {2}per Meutya Hafid \(Menteri Komunikasi dan Digital RI\) +\d+$/);
		expect(lit(row)).toBe('Menteri Komunikasi');
	});

	it('lights the speaker and the quotation, or the title and the summary, when the words of a query are found in each', () => {
		const rowsFor = (query: string) => {
			const rows = finderRows(run(start(embedded, {lang: 'id'}), embedded, 'finder.open', type(query)), embedded);
			return Array.from({length: rows.length}, (_, i) => rows.at(i)!);
		};
		const litOf = (row: ReturnType<typeof rowsFor>[number]) => finderRow(embedded.story, row, {selected: false, width: 100, lang: 'id'}).filter((segment) => segment.style?.underline === theme.match.underline && segment.style?.bold === theme.match.bold && segment.style?.color === theme.match.color).map((segment) => segment.text);
		const quote = rowsFor('meutya tiongkok').find((row) => row.type === 'match' && row.kind === 'quote')!;
		expect(litOf(quote)).toEqual(['Meutya', 'Tiongkok']);
		const event = rowsFor('pelepasan lebaran').find((row) => row.type === 'match' && row.kind === 'event')!;
		expect(event).toMatchObject({matched: {field: 'summary'}, labelMatched: {field: 'title'}});
		expect(litOf(event)).toContain('Pelepasan');
		// The word the title lacks is in its date: the row's own date is lit, no other form of it beside the title.
		const posts = rowsFor('posko lebaran 2025').find((row) => row.type === 'match' && row.kind === 'event')!;
		const postsLine = finderRow(embedded.story, posts, {selected: false, width: 100, lang: 'id'});
		expect(lineText(postsLine)).toMatch(/^ {2}26 Mar – 8 Apr 2025 +386 posko siaga Lebaran *$/);
		expect(litOf(posts)).toEqual(['26 Mar – 8 Apr 2025', 'posko', 'Lebaran']);
		// A word the title lacks, matched elsewhere with a typo only: that text is shown beside the title.
		const meeting = rowsFor('menteri meutya').find((row) => row.type === 'match' && row.kind === 'event')!;
		expect(meeting).toMatchObject({labelMatched: {field: 'title'}});
		expect(meeting.type === 'match' && meeting.matched?.field).not.toBe('title');
	});

	it('lights both the name and the title beside it when the words of a query are found in each', () => {
		const state = run(start(embedded, {lang: 'id'}), embedded, 'finder.open', type('menteri meutya'));
		const rows = finderRows(state, embedded);
		const row = rows.at(1)!;
		expect(row).toMatchObject({type: 'match', kind: 'entity', ref: {id: 'meutya-hafid'}});
		const line = finderRow(embedded.story, row, {selected: false, width: 80, lang: 'id'});
		expect(lineText(line)).toMatch(/^ {2}per Meutya Hafid \(Menteri Komunikasi dan Digital RI\) +\d+$/);
		expect(line.filter((segment) => segment.style === theme.match).map((segment) => segment.text)).toEqual(['Meutya', 'Menteri']);
	});

	it('lights the name where the name matched', () => {
		const row = entityRowFor('meutya');
		expect(lineText(row)).toMatch(/^ {2}per Meutya Hafid +\d+$/);
		expect(lit(row)).toBe('Meutya');
	});
});

describe('an event row of the finder', () => {
	it('lights its date where the date as shown matched, and says it nowhere else', () => {
		const group = embedded.find('25 Mar 2025').find((found) => found.kind === 'event')!;
		const match = group.matches.find((found) => embedded.story.events.idAt(found.position) === 'meeting-nanning')!;
		const row = finderRow(embedded.story, {type: 'match', kind: 'event', ref: {kind: 'event', id: 'meeting-nanning'}, matched: match.matched}, {selected: false, width: 80, lang: 'id'});
		expect(match.matched).toMatchObject({field: 'date', text: '25 Mar 2025'});
		expect(lineText(row)).toBe('  25 Mar 2025   Meutya Hafid bertemu Nong Shengwen');
		expect(row[1]).toEqual({text: '25 Mar 2025', style: theme.match});
	});

	it("lights the row's own date for a date that matched as written otherwise (a weekday, the month in full), the title whole", () => {
		for (const query of ['Tuesday', 'Selasa (25/3)']) {
			const match = embedded.find(query).find((found) => found.kind === 'event')!.matches.find((found) => embedded.story.events.idAt(found.position) === 'meeting-nanning')!;
			expect(match.matched?.field, query).toBe('date');
			const row = finderRow(embedded.story, {type: 'match', kind: 'event', ref: {kind: 'event', id: 'meeting-nanning'}, matched: match.matched}, {selected: false, width: 80, lang: 'id'});
			expect(lineText(row), query).toBe('  25 Mar 2025   Meutya Hafid bertemu Nong Shengwen');
			expect(row[1], query).toEqual({text: '25 Mar 2025', style: theme.match});
		}
	});

	it('shows the title in the language on screen, whichever language matched', () => {
		expect(eventRowFor('meutia', 'meeting-nanning', 'id')).toBe('  25 Mar 2025   Meutya Hafid bertemu Nong Shengwen');
		expect(eventRowFor('meutia', 'meeting-nanning', 'en')).toBe('  25 Mar 2025   Meutya Hafid meets Nong Shengwen');
	});

	it('marks an inferred date with ~ as the timeline does, a stated one with nothing in its place', () => {
		expect(eventRowFor('pelepasan', 'release-officers', 'id')).toMatch(/^ {2}25 Mar 2025 ~ Pelepasan 1\.500 petugas/);
		expect(eventRowFor('meutia', 'meeting-nanning', 'id')).not.toContain('~');
	});
});

describe('a snippet of a long text that matched', () => {
	it('shows the longest lit run, not scattered letters lit before it', () => {
		const text = 'Kementerian membuka 386 posko siaga di seluruh Indonesia untuk memantau jaringan telekomunikasi selama Lebaran.';
		const run = text.indexOf('komunikasi');
		const shown = snippet({field: 'summary', text, ranges: [[0, 2], [5, 6], [run, run + 'komunikasi'.length]]}, 30);
		expect(lineText(shown)).toMatch(/^….*telekomunikasi/);
		expect(lit(shown)).toContain('komunikasi');
		// Narrow: less context before the run, never the run cut away for it.
		const narrow = snippet({field: 'summary', text, ranges: [[0, 2], [run, run + 'komunikasi'.length]]}, 18);
		expect(lit(narrow)).toBe('komunikasi');
	});

	it('keeps the word holding the run whole where it fits, from the text\'s start when that shows it', () => {
		const pmt = 'Kemkomdigi menyiapkan pusat pengendali di Pusat Monitoring Telekomunikasi (PMT) di lantai 8 kantornya.';
		const at = pmt.indexOf('komunikasi');
		// The run is part of a word: the word is shown whole, though context before it is not.
		expect(lineText(snippet({field: 'summary', text: pmt, ranges: [[11, 13], [at, at + 10]]}, 18))).toBe('…Telekomunikasi…');
		const said = 'Urusan ekspor nikel harus dibenahi dari hulu sampai hilir oleh semua pihak.';
		const nikel = said.indexOf('nikel');
		expect(lineText(snippet({field: 'text', text: said, ranges: [[nikel, nikel + 5]]}, 22))).toBe('Urusan ekspor nikel…');
		// A short range that crosses the snippet's start is lit from there, the text whole.
		const harvest = 'Petani di lima desa di Kabupaten Sukaraya melaporkan gagal panen akibat banjir bandang pekan lalu.';
		const akibat = harvest.indexOf('akibat banjir');
		const crossing = snippet({field: 'summary', text: harvest, ranges: [[akibat - 3, akibat + 3], [akibat + 4, akibat + 13]]}, 24);
		expect(lineText(crossing)).toBe('…akibat banjir bandang…');
		expect(lit(crossing)).toBe('akiat banjir');
	});
});

