import {describe, expect, it} from 'vitest';
import type {ClipboardProblem} from '../../src/platform/clipboard-problems.js';
import {EN} from '../../src/state/strings/en.js';
import {ID} from '../../src/state/strings/id.js';
import {copyStatus} from '../../src/ui/App.js';
import {footerLines} from '../../src/ui/chrome.js';
import {lineText} from '../../src/ui/line.js';
import {BROWSING} from '../keys/context.js';
import {embedded} from '../state/drive.js';

describe('copyStatus', () => {
	it('says that it copied and how, where it went, then what and how many characters: what a narrow line cuts last first', () => {
		const text = embedded.story.quoteById('q-infrastructure')!.text;
		expect(copyStatus('quote by Meutya Hafid “Kerja sama di bidang…”, 1 of 3', text, {ok: true, message: 'sent to the terminal (OSC 52)'}, EN, ' with attribution')).toEqual({
			text: 'Copied with attribution, sent to the terminal (OSC 52): quote by Meutya Hafid “Kerja sama di bidang…”, 1 of 3 (232 chars)',
			tone: 'success',
		});
	});

	it('says it in the screen\'s language, channels and all', () => {
		const outcome = {ok: true, message: 'sent to the terminal (OSC 52) and copied with xclip', via: ['osc52', 'xclip']};
		expect(copyStatus('kutipan Meutya Hafid', 'x'.repeat(1204), outcome, ID).text).toBe('Disalin, dikirim ke terminal (OSC 52) dan lewat xclip: kutipan Meutya Hafid (1.204 karakter)');
		expect(copyStatus('quote by Meutya Hafid', 'x', outcome, EN).text).toBe('Copied, sent to the terminal (OSC 52) and through xclip: quote by Meutya Hafid (1 char)');
	});

	it('keeps how and where in view at the narrowest width the explorer draws, what was copied giving way', () => {
		const status = copyStatus('kutipan Meutya Hafid “Kerja sama di bidang…”, 1 dari 3', 'x'.repeat(326), {ok: true, message: '', via: ['osc52']}, ID, ' beserta atribusi');
		const [, line] = footerLines(BROWSING, status, 60, 'id');
		expect(lineText(line)).toBe('Disalin beserta atribusi, dikirim ke terminal (OSC 52)…');
	});

	it('counts characters, not UTF-16 units', () => {
		expect(copyStatus('quote', 'banjir 🌊', {ok: true, message: 'ok'}, EN).text).toBe('Copied, ok: quote (8 chars)');
	});

	it('passes a failure\'s message through as an error, its reasons after words in the screen\'s language', () => {
		const message = 'No clipboard: the terminal takes no OSC 52 and no clipboard tool was found';
		expect(copyStatus('quote by Meutya Hafid', 'x', {ok: false, message}, EN)).toEqual({text: message, tone: 'error'});
		const problems: ClipboardProblem[] = [{kind: 'not-a-terminal'}, {kind: 'no-display', tools: ['wl-copy', 'xclip', 'xsel']}];
		expect(copyStatus('kutipan', 'x', {ok: false, message, problems}, ID)).toEqual({
			text: 'Gagal menyalin: bukan terminal; tidak ada layar grafis untuk wl-copy, xclip atau xsel',
			tone: 'error',
		});
		expect(copyStatus('quote', 'x', {ok: false, message, problems}, EN).text).toBe('No clipboard: not a terminal; no display for wl-copy, xclip or xsel');
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
