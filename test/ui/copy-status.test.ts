import {describe, expect, it} from 'vitest';
import type {ClipboardProblem} from '../../src/platform/clipboard-problems.js';
import {EN} from '../../src/state/strings/en.js';
import {ID} from '../../src/state/strings/id.js';
import type {CopiedQuote} from '../../src/state/state.js';
import {copyStatus} from '../../src/ui/copy-status.js';
import {footerLines} from '../../src/ui/chrome.js';
import {lineText} from '../../src/ui/line.js';
import {BROWSING} from '../keys/context.js';
import {embedded} from '../state/drive.js';

/** Meutya Hafid's first quote of three, as `y` (or `Y`, attributed) names it. */
const meutya = (attributed: boolean): CopiedQuote => ({speaker: 'Meutya Hafid', opening: 'Kerja sama di bidang…', position: {number: 1, of: 3}, attributed});
const osc52 = {ok: true, message: 'sent to the terminal (OSC 52)', via: ['osc52']};
/** The status line a copy leaves at `width` columns. */
const statusAt = (quote: CopiedQuote, chars: number, width: number, lang: 'id' | 'en' = 'id') =>
	lineText(footerLines(BROWSING, copyStatus(quote, 'x'.repeat(chars), osc52, lang === 'id' ? ID : EN), width, lang)[1]);

describe('copyStatus', () => {
	it('says that it copied and how, where it went, then what and how many characters', () => {
		const text = embedded.story.quoteById('q-infrastructure')!.text;
		expect(copyStatus(meutya(true), text, {ok: true, message: 'sent to the terminal (OSC 52)'}, EN)).toMatchObject({
			text: 'Copied with attribution, sent to the terminal (OSC 52): quote by Meutya Hafid “Kerja sama di bidang…”, 1 of 3 (232 chars)',
			tone: 'success',
		});
	});

	it('says it in the screen\'s language, channels and all', () => {
		const outcome = {ok: true, message: 'sent to the terminal (OSC 52) and copied with xclip', via: ['osc52', 'xclip']};
		const quote: CopiedQuote = {speaker: 'Meutya Hafid', attributed: false};
		expect(copyStatus(quote, 'x'.repeat(1204), outcome, ID).text).toBe('Disalin, dikirim ke terminal (OSC 52) dan lewat xclip: kutipan Meutya Hafid (1.204 karakter)');
		expect(copyStatus(quote, 'x', outcome, EN).text).toBe('Copied, sent to the terminal (OSC 52) and through xclip: quote by Meutya Hafid (1 char)');
	});
});

describe('the status line after a copy, narrow', () => {
	it('gives up the quote\'s first words a word at a time before the count is touched (Y at 120 columns)', () => {
		expect(statusAt(meutya(true), 326, 120)).toBe('Disalin beserta atribusi, dikirim ke terminal (OSC 52): kutipan Meutya Hafid “Kerja sama di…”, 1 dari 3 (326 karakter)');
		expect(statusAt(meutya(true), 326, 116)).toBe('Disalin beserta atribusi, dikirim ke terminal (OSC 52): kutipan Meutya Hafid “Kerja sama…”, 1 dari 3 (326 karakter)');
	});

	it('drops the quote\'s words whole, keeping where it went, whose quote and its count (y at 80 columns)', () => {
		const nong: CopiedQuote = {speaker: 'Nong Shengwen', opening: 'Kami berharap dapat membangun…', attributed: false};
		expect(statusAt(nong, 164, 80)).toBe('Disalin, dikirim ke terminal (OSC 52): kutipan Nong Shengwen (164 karakter)');
	});

	it('then says the channel by its name alone, then not at all, the speaker and count whole (Y at 60 columns)', () => {
		expect(statusAt(meutya(false), 232, 70)).toBe('Disalin, OSC 52: kutipan Meutya Hafid, 1 dari 3 (232 karakter)');
		expect(statusAt(meutya(false), 232, 60)).toBe('Disalin: kutipan Meutya Hafid, 1 dari 3 (232 karakter)');
		const ridwan: CopiedQuote = {speaker: 'Ridwan Hakim', opening: 'Kami sudah mengerahkan 35…', attributed: true};
		expect(statusAt(ridwan, 178, 60)).toBe('Disalin beserta atribusi: Ridwan Hakim (178 karakter)');
		expect(statusAt(meutya(true), 326, 60)).toBe('Disalin beserta atribusi: Meutya Hafid (326 karakter)');
		expect(statusAt(meutya(true), 326, 60, 'en')).toBe('Copied with attribution: Meutya Hafid, 1 of 3 (326 chars)');
	});

	it('cuts a speaker too long for the line before the count, never inside a number', () => {
		const ministry: CopiedQuote = {speaker: 'Kementerian Komunikasi dan Digital Republik Indonesia', attributed: true};
		expect(statusAt(ministry, 1204, 60)).toBe('Disalin beserta atribusi: Kementerian… (1.204 karakter)');
	});

	it('counts characters, not UTF-16 units', () => {
		expect(copyStatus({speaker: 'Meutya Hafid', attributed: false}, 'banjir 🌊', {ok: true, message: 'ok'}, EN).text).toBe('Copied, ok: quote by Meutya Hafid (8 chars)');
	});

	it('passes a failure\'s message through as an error, its reasons after words in the screen\'s language', () => {
		const message = 'No clipboard: the terminal takes no OSC 52 and no clipboard tool was found';
		expect(copyStatus(meutya(false), 'x', {ok: false, message}, EN)).toEqual({text: message, tone: 'error'});
		const problems: ClipboardProblem[] = [{kind: 'not-a-terminal'}, {kind: 'no-display', tools: ['wl-copy', 'xclip', 'xsel']}];
		expect(copyStatus(meutya(false), 'x', {ok: false, message, problems}, ID)).toEqual({
			text: 'Gagal menyalin: bukan terminal; tidak ada layar grafis untuk wl-copy, xclip atau xsel',
			tone: 'error',
		});
		expect(copyStatus(meutya(false), 'x', {ok: false, message, problems}, EN).text).toBe('No clipboard: not a terminal; no display for wl-copy, xclip or xsel');
	});

	it('words every kind of clipboard problem in Indonesian, with no English left in it', () => {
		const problems: ClipboardProblem[] = [
			{kind: 'dumb-terminal'},
			{kind: 'too-long', bytes: 106676, limit: 100000},
			{kind: 'terminal-timeout', ms: 2000},
			{kind: 'terminal-failed', code: 'EIO'},
			{kind: 'no-tool', tools: ['xclip', 'xsel']},
			{kind: 'tool-failed', tool: 'xclip', failure: {kind: 'exit', code: 1}},
			{kind: 'tool-failed', tool: 'xsel', failure: {kind: 'timeout', ms: 500}},
			{kind: 'tool-failed', tool: 'xsel', failure: {kind: 'signal', signal: 'SIGKILL'}},
			{kind: 'tool-failed', tool: 'xsel', failure: {kind: 'start', code: 'ENOENT'}},
			{kind: 'tool-failed', tool: 'xsel', failure: {kind: 'no-stdin'}},
			{kind: 'unexpected', code: 'boom'},
		];
		expect(problems.map(ID.status.clipboardProblem)).toEqual([
			'terminal tidak mendukung (TERM=dumb)',
			'terlalu panjang untuk OSC 52 (106676 bita, terminal menerima paling banyak 100000)',
			'terminal tidak menerima teks dalam 2 dtk',
			'gagal menulis ke terminal (EIO)',
			'tidak ada alat clipboard (pasang xclip atau xsel)',
			'xclip berhenti dengan kode 1',
			'xsel tidak selesai dalam 500 md',
			'xsel dihentikan oleh SIGKILL',
			'xsel tidak bisa dijalankan (ENOENT)',
			'xsel tidak punya stdin',
			'galat tak terduga (boom)',
		]);
	});
});
