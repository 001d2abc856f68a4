/**
 * The explorer as a person meets it: the real program in a real pseudo-terminal, its output drawn
 * by a terminal emulator, keys sent as a terminal sends them.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {listOf} from '../../src/model/story.js';
import {EMBEDDED_DATASET, loadStory} from '../helpers/datasets.js';
import {disposeSessions, startLinimasa, type TerminalSession} from './harness.js';

afterEach(disposeSessions);

const story = loadStory(EMBEDDED_DATASET);
const firstEvent = story.events[0]!;
const firstQuote = listOf(story.index.quotesOfEvent, firstEvent.id)[0]!;

/** The column of the wide layout's separator on each body row (header, footer and status excluded). */
function separatorColumns(session: TerminalSession): number[] {
	const columns: number[] = [];
	for (let row = 2; row < session.rows - 3; row++) {
		columns.push(session.cells(row).find((cell) => cell.chars === '│')?.column ?? -1);
	}
	return columns;
}

/** The OSC 52 writes the emulator took, decoded to the text they put on the clipboard. */
function clipboardTexts(session: TerminalSession): string[] {
	return session.clipboardWrites.map((data) => Buffer.from(data.replace(/^c;/, ''), 'base64').toString('utf8'));
}

describe('the first screen', () => {
	it('at 120×36 shows the story, the timeline and entities beside the detail of the first event', async () => {
		const session = startLinimasa({cols: 120, rows: 36});
		await session.waitFor('Orang, organisasi, tempat');
		const screen = session.screen();
		expect(screen[0]).toMatch(/^linimasa {2}Indonesia dan Tiongkok Berkomitmen Bangun Pusat Inovasi AI Asean {2}Koran Jakarta · 26 Mar 2025$/);
		expect(screen[1]).toBe('25 Mar 2025 – 2030 · 8 peristiwa · 19 entitas · 4 kutipan · ID');
		expect(screen[2]).toMatch(/^ Linimasa +1\/8 {2}│ {2}Rincian/);
		expect(session.text()).toMatch(/› 25 Mar 2025 +Meutya Hafid bertemu Nong Shengwen/);
		expect(session.columns(69).join('\n')).toContain('PERISTIWA\nMeutya Hafid bertemu Nong Shengwen\nWaktu  25 Mar 2025 (tertulis)');
		expect(screen[33]).toMatch(/^j\/k pindah {2}Tab panel {2}Enter buka {2}a artikel {2}\/ cari .* \? bantuan {2}q keluar$/);
		// One separator, in one column with a blank one either side, from the pane titles to the footer: nothing wraps or shifts.
		expect(new Set(separatorColumns(session))).toEqual(new Set([67]));
		expect(session.onAlternateScreen).toBe(true);
		expect(session.cursorVisible).toBe(false);
	});

	it('at 80×24 shows one list above the detail pane, with the keys in the footer', async () => {
		const session = startLinimasa({cols: 80, rows: 24});
		await session.waitFor(' Rincian');
		const screen = session.screen();
		// The brand gives way to the story's title.
		expect(screen[0]).toMatch(/^Indonesia dan Tiongkok Berkomitmen Bangun Pusat… {2}Koran Jakarta · 26 Mar 2025$/);
		expect(screen[2]).toMatch(/^ Linimasa {2}· {2}entitas: Tab +1\/8$/);
		expect(screen[5]).toMatch(/^› 25 Mar 2025 +Meutya Hafid bertemu Nong Shengwen$/);
		expect(screen[12]).toMatch(/^ Rincian +↓ lagi$/);
		expect(screen[13]).toBe('PERISTIWA');
		expect(screen[21]).toMatch(/^j\/k pindah {2}Tab panel/);
		expect(session.text()).not.toContain('│');
		expect(screen.every((line) => line.length <= 80)).toBe(true);
		// a reads the article at the event: its date evidence marked in the gutter; Esc comes back.
		session.type('a');
		await session.waitFor('bukti 1 dari 3');
		expect(session.screen().filter((line) => line.startsWith('▶')).join(' ')).toContain('Selasa (25/3)');
		expect(session.screen().every((line) => line.length <= 80)).toBe(true);
		session.press('esc');
		await session.waitFor(' Rincian');
		expect(session.screen()).toEqual(screen);
	});
});

describe('finding, filtering and switching the language', () => {
	it('/ meutia Enter shows Meutya Hafid and her title in the detail pane', async () => {
		const session = startLinimasa();
		await session.waitFor('Orang, organisasi, tempat');
		session.type('/');
		await session.waitFor('Cari orang, peristiwa, kutipan');
		for (const char of 'meutia') session.type(char);
		await session.waitFor('/ meutia');
		await session.waitFor('1 hasil');
		session.press('enter');
		await session.waitFor((s) => !s.text().includes('Cari orang'));
		const detail = session.columns(69).join('\n');
		expect(detail).toContain('per ORANG · 4 peristiwa · 3 kutipan\nMeutya Hafid\nJabatan      Menteri Komunikasi dan Digital RI;\n             Menkomdigi\nDisebut juga Meutya');
		// The entity list now has her selected.
		expect(session.text()).toMatch(/› per Meutya Hafid +4 │/);
	});

	it('keys typed faster than the program reads them still act one by one', async () => {
		const session = startLinimasa();
		await session.waitFor('Orang, organisasi, tempat');
		session.type('/meutia\r');
		await session.waitFor('per ORANG · 4 peristiwa · 3 kutipan');
		expect(session.text()).not.toContain('Cari orang');
	});

	it('f filters the timeline to the entity shown, and Esc clears the filter', async () => {
		const session = startLinimasa();
		await session.waitFor('Orang, organisasi, tempat');
		session.type('/meutia\r');
		await session.waitFor('per ORANG · 4 peristiwa');
		session.type('f');
		await session.waitFor('Linimasa disaring ke Meutya Hafid: 4 peristiwa');
		const screen = session.screen();
		expect(screen[1]).toBe('25 Mar 2025 – 2030 · 4 peristiwa · ID · saringan: Meutya Hafid');
		expect(screen[2]).toMatch(/^ Linimasa +1\/4 {2}│/);
		expect(session.columns(0, 66).join('\n')).not.toContain('386 posko siaga Lebaran');
		expect(screen[33]).toContain('Esc hapus saringan');
		session.press('esc');
		await session.waitFor('Saringan dihapus');
		expect(session.screen()[1]).toBe('25 Mar 2025 – 2030 · 8 peristiwa · 19 entitas · 4 kutipan · ID');
		expect(session.text()).toContain('386 posko siaga Lebaran');
	});

	it('l switches titles, summaries and labels to English and back', async () => {
		const session = startLinimasa();
		await session.waitFor('Orang, organisasi, tempat');
		session.type('l');
		await session.waitFor('Language: English');
		expect(session.screen()[1]).toMatch(/ · EN$/);
		expect(session.text()).toMatch(/› 25 Mar 2025 +Meutya Hafid meets Nong Shengwen/);
		expect(session.columns(69).join('\n')).toContain('EVENT\nMeutya Hafid meets Nong Shengwen\nWhen   25 Mar 2025 (stated)');
		// The chrome follows the language: pane titles and the footer are English now.
		expect(session.screen()[2]).toMatch(/^ Timeline +1\/8 {2}│ {2}Detail/);
		expect(session.screen()[33]).toMatch(/\? help {2}q quit$/);
		session.type('l');
		await session.waitFor('Bahasa: Indonesia');
		expect(session.text()).toMatch(/› 25 Mar 2025 +Meutya Hafid bertemu Nong Shengwen/);
	});
});

describe('pasting and fast Escapes', () => {
	it('asks for bracketed paste, and a paste fills the finder query without running its words as keys', async () => {
		const session = startLinimasa();
		await session.waitFor('Orang, organisasi, tempat');
		expect(session.bracketedPaste).toBe(true);
		// On the timeline a paste is refused: "q" among its words must not quit.
		session.paste('q meutia');
		await session.waitFor('Tempelan diabaikan');
		session.type('/');
		await session.waitFor('Cari orang, peristiwa, kutipan');
		session.paste('meutia');
		await session.waitFor('/ meutia');
		await session.waitFor('1 hasil');
		expect(session.text()).toMatch(/› per Meutya Hafid/);
	});

	it('Escape then q sent in one write closes the finder, then quits, and paste mode is off after', async () => {
		const session = startLinimasa();
		await session.waitFor('Orang, organisasi, tempat');
		session.type('/');
		await session.waitFor('Cari orang, peristiwa, kutipan');
		session.type('\x1bq');
		const ending = await session.ending();
		expect(ending.status).toBe(0);
		expect(session.bracketedPaste).toBe(false);
		expect(session.onAlternateScreen).toBe(false);
	});
});

describe('resizing in the middle of a session', () => {
	it('leaves exactly the screen a session started at the new size shows, and back again', async () => {
		const resized = startLinimasa({cols: 120, rows: 36});
		await resized.waitFor('Orang, organisasi, tempat');
		resized.type('jj');
		await resized.waitFor(/ Linimasa +3\/8/);

		for (const [cols, rows] of [[80, 24], [140, 40], [100, 30], [120, 36]] as const) {
			const fresh = startLinimasa({cols, rows});
			await fresh.waitFor('j/k pindah');
			fresh.type('jj');
			await fresh.waitFor(/ Linimasa +(·.*)?3\/8/);
			resized.resize(cols, rows);
			await resized.waitFor((s) => s.text() === fresh.text()).catch((error: Error) => {
				throw new Error(`after resizing to ${cols}×${rows} the screen differs from a fresh session's:\n${fresh.text()}\n\n${error.message}`);
			});
		}
	});

	it('a terminal smaller than the minimum gets a clear message, and the timeline once enlarged', async () => {
		const session = startLinimasa({cols: 50, rows: 12});
		await session.waitFor('Terminal terlalu kecil: 50×12.');
		expect(session.screen().slice(0, 3)).toEqual([
			'Terminal terlalu kecil: 50×12.',
			'linimasa butuh paling sedikit 60×16.',
			'Perbesar jendela, atau tekan q/C-c untuk keluar.',
		]);
		expect(session.screen().slice(3).every((line) => line === '')).toBe(true);
		session.resize(100, 30);
		await session.waitFor('Orang, organisasi, tempat');
		expect(session.text()).not.toContain('terlalu kecil');
		expect(session.screen()[2]).toMatch(/^ Linimasa +1\/8 {2}│ {2}Rincian/);
	});
});

describe('copying a quote', () => {
	it('y writes one OSC 52 that carries exactly the quote', async () => {
		const session = startLinimasa();
		await session.waitFor('Orang, organisasi, tempat');
		session.type('y');
		await session.waitFor('kutipan Meutya Hafid');
		// Standing alone, the comma that led into “ungkap Menkomdigi …” ends the quotation.
		const standalone = firstQuote.text.replace(/,$/, '.');
		expect(firstQuote.text).toMatch(/5G,$/);
		expect(session.text()).toContain(`Disalin, dikirim ke terminal (OSC 52): kutipan Meutya Hafid “Kerja sama di bidang…”, 1 dari 3 (${Array.from(standalone).length} karakter)`);
		expect(clipboardTexts(session)).toEqual([standalone]);
		expect(session.programOutput()).toContain(`\x1b]52;c;${Buffer.from(standalone, 'utf8').toString('base64')}\x07`);
	});

	it('Y writes the quote with who said it, their title, when, and where and when it ran', async () => {
		const session = startLinimasa();
		await session.waitFor('Orang, organisasi, tempat');
		session.type('Y');
		await session.waitFor('beserta atribusi');
		const expected = `“${firstQuote.text.replace(/,$/, '.')}”\n— Meutya Hafid, Menteri Komunikasi dan Digital RI, 25 Mar 2025 (Koran Jakarta, 26 Mar 2025)`;
		expect(clipboardTexts(session)).toEqual([expected]);
	});
});

describe('leaving', () => {
	const ways = [
		{how: 'q', leave: (s: TerminalSession) => s.type('q'), status: 0},
		{how: 'Ctrl-C', leave: (s: TerminalSession) => s.press('ctrl+c'), status: 0},
		{how: 'Ctrl-C in the finder', leave: (s: TerminalSession) => (s.type('/m'), s.press('ctrl+c')), status: 0},
		{how: 'SIGINT (kill -INT)', leave: (s: TerminalSession) => s.signal('SIGINT'), status: 130},
		{how: 'SIGTERM', leave: (s: TerminalSession) => s.signal('SIGTERM'), status: 143},
		{how: 'SIGHUP', leave: (s: TerminalSession) => s.signal('SIGHUP'), status: 129},
	];
	it.each(ways)('by $how restores the terminal: cursor shown, raw mode off, alternate screen left', async ({leave, status}) => {
		const session = startLinimasa();
		await session.waitFor('Orang, organisasi, tempat');
		expect(session.onAlternateScreen).toBe(true);
		expect(session.cursorVisible).toBe(false);
		leave(session);
		const ending = await session.ending();
		expect(ending.status).toBe(status);
		expect(ending.cookedMode).toBe(true);
		expect(session.onAlternateScreen).toBe(false);
		expect(session.cursorVisible).toBe(true);
		// The person's own screen is back, without the explorer drawn over it.
		expect(session.text()).not.toContain('Linimasa');
		expect(session.text()).toContain('<<linimasa exited with');
	});

	it('by Ctrl-C pressed the moment the explorer takes the screen is a quit, not a signal', async () => {
		const session = startLinimasa();
		await session.waitFor((s) => s.enteredAlternateScreen);
		session.press('ctrl+c');
		const ending = await session.ending();
		expect(ending.status).toBe(0);
		expect(session.programOutput()).not.toContain('^C');
		expect(session.onAlternateScreen).toBe(false);
		expect(session.cursorVisible).toBe(true);
	});
});
