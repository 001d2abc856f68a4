import chalk from 'chalk';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {widthOf} from '../../src/text/fit.js';
import {EMBEDDED_DATASET, loadStory, SECOND_DATASET} from '../helpers/datasets.js';
import {finderShows, KEYS, openExplorer, type Explorer} from '../helpers/explorer.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';

const story = loadStory(EMBEDDED_DATASET);
let ui: Explorer | undefined;
afterEach(() => ui?.unmount());

describe('the first screen at 120x36', () => {
	it('shows the header, the timeline with its axis, the entities and the first event in detail', async () => {
		ui = await openExplorer(story);
		const text = ui.text();
		expect(ui.lines()[0]).toContain('Indonesia dan Tiongkok Berkomitmen Bangun Pusat Inovasi AI Asean');
		expect(ui.lines()[1]).toContain('25 Mar 2025 – 2030');
		expect(text).toContain('› 25 Mar 2025');
		expect(text).toMatch(/26 Mar – 8 Apr 2025 +386 posko siaga Lebaran/);
		expect(text).toMatch(/→ 2030/);
		expect(text).toMatch(/25 Mar 2025 +8 Apr 2025/);
		expect(text).toMatch(/per Meutya Hafid +4/);
		expect(text).toContain('PERISTIWA');
		expect(text).toContain('Meutya Hafid bertemu Nong Shengwen');
		expect(ui.lines()).toHaveLength(35);
		for (const line of ui.lines()) expect(widthOf(line)).toBeLessThanOrEqual(120);
	});
});

describe('moving through the timeline', () => {
	it('j and k move the selection and the detail pane follows it', async () => {
		ui = await openExplorer(story);
		await ui.press('j');
		await ui.until((frame) => expect(frame).toContain('› 25 Mar 2025         ~ Komitmen pusat inovasi AI Asean'));
		expect(ui.text()).toContain('25 Mar 2025 — Disimpulkan:');
		await ui.press(KEYS.down, KEYS.down);
		await ui.until((frame) => expect(frame).toMatch(/› 26 Mar 2025 +Artikel terbit/));
		await ui.press('k', KEYS.up);
		await ui.until((frame) => expect(frame).toMatch(/› 25 Mar 2025 +~ Komitmen/));
	});

	it('G and End go to the last event (the 2030 target, named off the axis), g and Home to the first', async () => {
		ui = await openExplorer(story);
		await ui.press('G');
		await ui.until((frame) => expect(frame).toMatch(/› 2030 +Target 9 juta talenta digital AI/));
		expect(ui.text()).toContain('8/8');
		await ui.press('g');
		await ui.until((frame) => expect(frame).toContain('1/8'));
		await ui.press(KEYS.end);
		await ui.until((frame) => expect(frame).toContain('8/8'));
		await ui.press(KEYS.home);
		await ui.until((frame) => expect(frame).toMatch(/› 25 Mar 2025 +Meutya Hafid bertemu/));
	});

	it('PgDn and PgUp move a page of the list (here the entity pane at 80x24)', async () => {
		ui = await openExplorer(story, {columns: 80, rows: 24});
		await ui.press(KEYS.tab);
		await ui.until((frame) => expect(frame).toContain('1/19'));
		await ui.press(KEYS.pageDown);
		await ui.until((frame) => expect(frame).toMatch(/ (9|10)\/19/));
		await ui.press(KEYS.pageDown, KEYS.pageDown);
		await ui.until((frame) => expect(frame).toContain('19/19'));
		await ui.press(KEYS.pageUp);
		await ui.until((frame) => expect(frame).not.toContain('19/19'));
	});
});

describe('panes and the detail pane', () => {
	it('Tab and Shift-Tab move the focus; the detail shows the focused list\'s selection', async () => {
		ui = await openExplorer(story);
		await ui.press(KEYS.tab);
		await ui.until((frame) => expect(frame).toContain('ORANG · 4 peristiwa · 3 kutipan'));
		await ui.press('j');
		await ui.until((frame) => expect(frame).toContain('Sekretaris Partai Kota Nanning'));
		await ui.press(KEYS.shiftTab);
		await ui.until((frame) => expect(frame).toContain('PERISTIWA'));
	});

	it('Enter opens the detail; Enter on an item follows it; Backspace comes back', async () => {
		ui = await openExplorer(story);
		await ui.press(KEYS.enter);
		await ui.until((frame) => expect(frame).toMatch(/› per Meutya Hafid — tuan rumah/));
		await ui.press('j');
		await ui.until((frame) => expect(frame).toMatch(/› per Dave Laksono — mendampingi/));
		await ui.press(KEYS.enter);
		// The event's own summary names him too: the frame to wait for is the one that followed him.
		await ui.until((frame) => expect(frame).toContain('Rincian (1 langkah kembali)'));
		expect(ui.text()).toContain('Wakil Ketua Komisi I DPR RI');
		await ui.press(KEYS.backspace);
		await ui.until((frame) => expect(frame).toContain('PERISTIWA'));
		expect(ui.text()).toMatch(/› per Dave Laksono/);
	});

	it('a quote opened from an event shows its verbatim text and its English gloss', async () => {
		ui = await openExplorer(story);
		await ui.press(KEYS.enter);
		// Down past the people, organizations and place involved, to the event's quote.
		for (let i = 0; i < 20 && !/› “Kerja sama di bidang/.test(ui.text()); i++) {
			const before = ui.text();
			await ui.press('j');
			await ui.until((frame) => expect(frame).not.toBe(before));
		}
		expect(ui.text()).toMatch(/› “Kerja sama di bidang/);
		await ui.press(KEYS.enter);
		await ui.until((frame) => expect(frame).toContain('KUTIPAN · Meutya Hafid · 25 Mar 2025'));
		expect(ui.text()).toContain('Cooperation in digital infrastructure');
	});
});

describe('the fuzzy finder', () => {
	beforeAll(() => {
		chalk.level = 1;
	});

	it('"meutia" ranks Meutya Hafid first with the matched characters highlighted; Enter shows her title', async () => {
		ui = await openExplorer(story);
		await ui.press('/');
		await ui.until((frame) => expect(frame).toContain('Cari orang, peristiwa, kutipan'));
		await ui.press('m', 'e', 'u', 't', 'i', 'a');
		await ui.until(finderShows('meutia'));
		const rows = ui.lines().filter((line) => /^› |^ {2}(per|org|tmp) /.test(line.slice(0, 6)));
		expect(rows[0]).toMatch(/^› per Meutya Hafid/);
		// The matched characters carry the match style (magenta, bold, underline).
		expect(ui.raw()).toMatch(/\x1b\[[0-9;]*35m[^\x1b]*Meut/);
		await ui.press(KEYS.enter);
		// The finder's preview shows her title too: done when the finder has closed.
		await ui.until((frame) => {
			expect(frame).not.toContain('Cari orang');
			expect(frame).toContain('Menteri Komunikasi dan Digital RI');
		});
	});

	it('without colour (NO_COLOR) draws no colour at all, yet the cursor row is inverse and matches bold and underlined', async () => {
		ui = await openExplorer(story, {columns: 120, rows: 36}, undefined, {colour: false});
		await ui.press('/', 'm', 'e', 'u', 't', 'i', 'a');
		await ui.until(finderShows('meutia'));
		const sgr = [...ui.raw().matchAll(/\x1b\[([0-9;]*)m/g)].flatMap((match) => match[1]!.split(';'));
		// Foreground and background colours are 30–49 and 90–107; none is drawn.
		expect(sgr.filter((code) => /^(3\d|4\d|9\d|10[0-7])$/.test(code))).toEqual([]);
		expect(sgr).toContain('7');
		expect(sgr).toContain('4');
		expect(sgr).toContain('1');
	});

	it('in Indonesian, "dave lakson" shows the Indonesian summary that names him, not the English one', async () => {
		ui = await openExplorer(story);
		await ui.press('/', 'dave lakson');
		await ui.until(finderShows('dave lakson'));
		const row = ui.lines().find((line) => line.includes('Meutya Hafid bertemu'));
		expect(row).toMatch(/Meutya Hafid bertemu.* · .*Dave Laksono, menerima/);
		expect(ui.text()).not.toContain('hosts');
	});

	it('names the language of a snippet in another language than the screen\'s: "hosts" in Indonesian, "talent" in English', async () => {
		ui = await openExplorer(story);
		await ui.press('/', 'hosts');
		await ui.until(finderShows('hosts'));
		expect(ui.lines().find((line) => line.includes('Meutya Hafid bertemu'))).toMatch(/Meutya Hafid bertemu.* · EN …?.*hosts/);
		await ui.press(KEYS.escape, 'l', '/', 'talent');
		await ui.until(finderShows('talent'));
		// The quote whose English gloss matched shows the gloss, unmarked.
		await ui.until((frame) => expect(frame).toContain('Quotes · 1 match'));
		expect(ui.lines().filter((line) => line.includes('Meutya Hafid: '))).toEqual([expect.stringMatching(/Meutya Hafid: “.*digital/)]);
		// One found by its quotation alone is shown as said, in its own language, which stands before its quotation marks.
		await ui.press(KEYS.escape, '/', 'pelosok');
		await ui.until(finderShows('pelosok'));
		await ui.until((frame) => expect(frame).toMatch(/Meutya Hafid: ID “.*pelosok/));
		expect(ui.lines().filter((line) => line.includes('Meutya Hafid: '))).toHaveLength(1);
	});

	it('re-ranks on every keystroke, ↑/↓ move in the results, Backspace erases', async () => {
		ui = await openExplorer(story);
		await ui.press('/', 'n', 'o', 'n', 'g');
		await ui.until(finderShows('nong'));
		await ui.until((frame) => expect(frame).toMatch(/› per Nong Shengwen/));
		await ui.press(KEYS.down);
		await ui.until((frame) => expect(frame).not.toMatch(/› per Nong Shengwen/));
		await ui.press(KEYS.backspace, KEYS.backspace, KEYS.backspace, KEYS.backspace);
		await ui.until((frame) => expect(frame).toContain('/ █'));
		expect(ui.text()).toContain(' 19 ');
	});

	it('Esc closes it and leaves the selection as it was', async () => {
		ui = await openExplorer(story);
		await ui.press('j');
		await ui.until((frame) => expect(frame).toMatch(/› 25 Mar 2025 +~ Komitmen/));
		await ui.press('/', 'laksno');
		await ui.until((frame) => expect(frame).toMatch(/› per Dave Laksono/));
		expect(ui.text()).toContain('Wakil Ketua Komisi I DPR RI'); // the preview
		await ui.press(KEYS.escape);
		await ui.until((frame) => expect(frame).not.toContain('Cari orang'));
		expect(ui.text()).toMatch(/› 25 Mar 2025 +~ Komitmen/);
		expect(ui.text()).toContain('Komitmen pusat inovasi AI Asean');
		expect(ui.text()).not.toContain('Wakil Ketua Komisi I DPR RI');
	});

	it('starts the titles of the events found in one column where they fit; a span gives no room away from rows that need it', async () => {
		ui = await openExplorer(story);
		await ui.press('/', 'posko');
		await ui.until((frame) => expect(frame).toMatch(/26 Mar – 8 Apr 2025 +386 posko/));
		const rows = ui.text().split('\n').filter((line) => /^\s*›? +(\d+ \w+ )?\d{4}\b|^\s*›? +\d+ \w+ – /.test(line) && !line.includes(' per ') && !line.includes(' org '));
		const titleAt = (line: string) => line.search(/(?<=\d{4} +(~ )?)[^\s~]/);
		expect(rows.length).toBeGreaterThan(1);
		// A row showing a summary's words beside its title uses all the room it gets: the span
		// ("26 Mar – 8 Apr 2025") pushes its own title along, not the one-day rows' (a researcher's
		// rows of "Ganjar Puspa Ibrahim menandatangani nota…" could not be told apart).
		const span = rows.find((line) => line.includes(' – '))!;
		const day = rows.find((line) => !line.includes(' – '))!;
		expect(titleAt(day), rows.join('\n')).toBeLessThan(titleAt(span));
		expect(day).toMatch(/\d{4} ~ Pelepasan 1\.500 petugas/);
	});

	it('says so when nothing matches', async () => {
		ui = await openExplorer(story);
		await ui.press('/', 'xyzzy');
		await ui.until((frame) => expect(frame).toContain('Tidak ada yang cocok dengan “xyzzy”'));
		await ui.press(KEYS.enter);
		await ui.until((frame) => expect(frame).toContain('Cari orang'));
	});
});

describe('the filter', () => {
	it('f filters the timeline to the selected entity, shown in the header; f again clears it', async () => {
		ui = await openExplorer(story);
		await ui.press('/', 'meutia', KEYS.enter);
		await ui.until((frame) => expect(frame).toContain('Menteri Komunikasi dan Digital RI'));
		await ui.press('f');
		await ui.until((frame) => expect(frame).toContain('saringan: Meutya Hafid'));
		expect(ui.text()).toContain('1/4');
		expect(ui.text()).toContain('Linimasa disaring ke Meutya Hafid: 4 peristiwa');
		expect(ui.text()).not.toContain('386 posko siaga Lebaran');
		await ui.press('f');
		await ui.until((frame) => expect(frame).not.toContain('saringan: Meutya Hafid'));
		expect(ui.text()).toContain('386 posko siaga Lebaran');
	});

	it('Esc clears the filter', async () => {
		ui = await openExplorer(story);
		await ui.press('/', 'pmt', KEYS.enter, 'f');
		await ui.until((frame) => expect(frame).toContain('saringan: Pusat Monitoring Telekomunikasi'));
		expect(ui.text()).toContain('Pusat pengendali di PMT lantai 8');
		await ui.press(KEYS.escape);
		await ui.until((frame) => expect(frame).toContain('Saringan dihapus'));
	});

	it('f on an event asks for an entity instead', async () => {
		ui = await openExplorer(story);
		await ui.press('f');
		await ui.until((frame) => expect(frame).toContain('Pilih orang, organisasi, atau tempat untuk menyaring linimasa'));
	});
});

describe('the language switch', () => {
	it('l switches titles, summaries and descriptions to English and back; quotes stay verbatim', async () => {
		ui = await openExplorer(story);
		await ui.press('l');
		await ui.until((frame) => expect(frame).toContain('Meutya Hafid meets Nong Shengwen'));
		expect(ui.text()).toContain('Release of 1,500 officers and 29 vehicles');
		expect(ui.text()).toContain('Language: English');
		expect(ui.lines()[1]).toContain('· EN');
		// The chrome follows: pane titles, header counts and footer hints are English too.
		for (const words of ['Timeline', 'People, organizations, places', '8 events', '? help', 'q quit']) expect(ui.text()).toContain(words);
		expect(ui.text()).not.toContain('Linimasa');
		expect(ui.text()).toContain('“Kerja sama di bidang');
		await ui.press('l');
		await ui.until((frame) => expect(frame).toContain('Meutya Hafid bertemu Nong Shengwen'));
		for (const words of ['Linimasa', 'Orang, organisasi, tempat', '8 peristiwa', '? bantuan', 'q keluar']) expect(ui.text()).toContain(words);
		expect(ui.text()).not.toContain('People, organizations');
	});
});

describe('help', () => {
	it('? shows every key grouped, from the keymap; Esc closes it', async () => {
		ui = await openExplorer(story);
		await ui.press('?');
		await ui.until((frame) => expect(frame).toContain(' Tombol'));
		for (const text of ['Bergerak', 'Panel', 'Cari & saring', 'Kutipan', 'Salin kutipan (teksnya saja)', 'Cari orang, organisasi, tempat, peristiwa, dan kutipan']) {
			expect(ui.text()).toContain(text);
		}
		await ui.press(KEYS.escape);
		await ui.until((frame) => expect(frame).toContain('PERISTIWA'));
	});
});

describe('copying a quote', () => {
	it('y copies the first quote of the selected event verbatim and says so', async () => {
		ui = await openExplorer(story);
		await ui.press('y');
		await ui.until((frame) => expect(frame).toContain('Disalin, sent to the terminal (OSC 52): kutipan Meutya Hafid “Kerja sama di bidang…”, 1 dari 3 (232 karakter)'));
		expect(ui.copy).toHaveBeenCalledWith(story.index.quoteById.get('q-infrastructure')!.text.replace(/,$/, '.'));
	});

	it('Y copies it with its attribution; its count stays whole, the quote\'s first words giving way a word at a time', async () => {
		ui = await openExplorer(story);
		await ui.press('Y');
		await ui.until((frame) => expect(frame).toContain('Disalin beserta atribusi, sent to the terminal (OSC 52): kutipan Meutya Hafid “Kerja sama di…”, 1 dari 3 (326 karakter)'));
		expect(ui.copy.mock.calls[0]![0]).toMatch(/^“Kerja sama di bidang .* 4G dan 5G\.”\n— Meutya Hafid, Menteri Komunikasi dan Digital RI, 25 Mar 2025 \(Koran Jakarta, 26 Mar 2025\)$/s);
	});

	it('at 60 columns Y still says whose quote it copied and how long it is, how it went giving way', async () => {
		ui = await openExplorer(story, {columns: 60, rows: 16});
		await ui.press('Y');
		await ui.until((frame) => expect(frame.split('\n').at(-1)).toBe('Disalin beserta atribusi: Meutya Hafid (326 karakter)'));
	});

	it('y on a quote selected in the detail pane copies that quote', async () => {
		ui = await openExplorer(story);
		await ui.press('/', 'nong', KEYS.enter, KEYS.tab);
		await ui.until((frame) => expect(frame).toContain('Rincian'));
		await ui.press('j', 'j');
		await ui.until((frame) => expect(frame).toMatch(/› “Kami berharap/));
		await ui.press('y');
		await ui.until((frame) => expect(frame).toContain('kutipan Nong Shengwen'));
		expect(ui.copy).toHaveBeenCalledWith(expect.stringMatching(/^Kami berharap dapat membangun pusat kerja sama/));
	});

	it('when no clipboard can take it, the status line says why', async () => {
		ui = await openExplorer(story, undefined, {ok: false, message: 'No clipboard: not a terminal; no display for wl-copy, xclip or xsel'});
		await ui.press('y');
		await ui.until((frame) => expect(frame).toContain('No clipboard: not a terminal'));
	});

	it('an event without quotes has nothing to copy', async () => {
		ui = await openExplorer(story);
		await ui.press('j', 'j', 'j', 'y');
		await ui.until((frame) => expect(frame).toContain('Tidak ada kutipan di sini untuk disalin'));
		expect(ui.copy).not.toHaveBeenCalled();
	});
});

describe('fitting the terminal', () => {
	it('at 80x24 the list and the detail stack, and every line fits', async () => {
		ui = await openExplorer(story, {columns: 80, rows: 24});
		expect(ui.lines()).toHaveLength(23);
		expect(ui.text()).toContain('Linimasa  ·  entitas: Tab');
		expect(ui.text()).toContain('PERISTIWA');
		for (const line of ui.lines()) expect(widthOf(line)).toBeLessThanOrEqual(80);
		await ui.press(KEYS.tab);
		await ui.until((frame) => expect(frame).toContain('Orang, organisasi, tempat  ·  linimasa: S-Tab'));
	});

	it('redraws on resize, from wide to narrow and back', async () => {
		ui = await openExplorer(story);
		expect(ui.text()).toContain('Orang, organisasi, tempat');
		await ui.resize(80, 24);
		expect(ui.text()).not.toContain('Orang, organisasi, tempat');
		await ui.resize(120, 36);
		expect(ui.text()).toContain('Orang, organisasi, tempat');
	});

	it('below the minimum it says how large the terminal must be, and recovers', async () => {
		ui = await openExplorer(story, {columns: 50, rows: 12});
		expect(ui.text()).toContain('Terminal terlalu kecil: 50×12');
		expect(ui.text()).toContain('paling sedikit 60×16');
		await ui.resize(100, 30);
		expect(ui.text()).toContain('PERISTIWA');
		// Narrower than its sentences: they wrap in whole words, how to leave included.
		await ui.resize(40, 12);
		await ui.until((frame) => expect(frame).toContain('Terminal terlalu kecil: 40×12'));
		const said = ui.text().split('\n').map((line) => line.trimEnd());
		expect(said.every((line) => line.length <= 40)).toBe(true);
		expect(said.join(' ').replace(/\s+/g, ' ')).toContain('Perbesar jendela, atau tekan q/C-c untuk keluar.');
		// Too few rows for every sentence: how to leave is kept, the others give way whole.
		await ui.resize(24, 7);
		await ui.until((frame) => expect(frame.replace(/\s+/g, ' ')).toContain('atau tekan q/C-c untuk keluar.'));
		expect(ui.text()).not.toContain('butuh paling');
		// Fewer rows than the sentence itself: the line with the keys is kept.
		await ui.resize(12, 4);
		await ui.until((frame) => expect(frame).toContain('q/C-c'));
	});
});

describe('any dataset', () => {
	it('opens another story the same way', async () => {
		ui = await openExplorer(loadStory(SECOND_DATASET));
		expect(ui.text()).toContain('Banjir Rob Rendam Pesisir Semarang');
		await ui.press('/', 'agustna', KEYS.enter);
		await ui.until((frame) => expect(frame).toContain('Wali Kota Semarang'));
		await ui.press('y');
		await ui.until((frame) => expect(frame).toContain('kutipan Agustina Wilujeng'));
	});
});

describe('keys that arrive together', () => {
	it('"/meutia" in one chunk opens the finder and types the query', async () => {
		ui = await openExplorer(story);
		await ui.press('/meutia');
		await ui.until(finderShows('meutia'));
		// Every key of the chunk is in before the search: the query's own results, Meutya Hafid first.
		await ui.until((frame) => expect(frame).toMatch(/› per Meutya Hafid/));
	});

	it('"jjj" moves three rows', async () => {
		ui = await openExplorer(story);
		await ui.press('jjj');
		await ui.until((frame) => expect(frame).toMatch(/› 26 Mar 2025 +Artikel terbit/));
	});
});

describe('a whole command in one chunk', () => {
	it('"/meutia\\r" finds and shows Meutya Hafid', async () => {
		ui = await openExplorer(story);
		await ui.press('/meutia\r');
		await ui.until((frame) => {
			expect(frame).not.toContain('Cari orang');
			expect(frame).toContain('Menteri Komunikasi dan Digital RI');
		});
	});
});

describe('the starting language', () => {
	it('can be English from the start', async () => {
		const {render} = await import('ink-testing-library');
		const {createExplorerData} = await import('../../src/state/data.js');
		const {App} = await import('../../src/ui/App.js');
		const view = render(<App data={createExplorerData(story, measureDetail)} copy={async () => ({ok: true, message: ''})} lang="en" />);
		expect(view.lastFrame()).toContain('Meutya Hafid meets Nong Shengwen');
		expect(view.lastFrame()).toContain('Timeline');
		view.unmount();
	});

	it('warns in one line when the dataset lacks the language asked for, and opens in the article\'s', async () => {
		ui = await openExplorer(story, undefined, undefined, {lang: 'fr'});
		expect(ui.text()).toContain('Dataset ini tidak memuat bahasa “fr”');
		expect(ui.text()).toContain('Meutya Hafid bertemu Nong Shengwen');
	});
});
