import {describe, expect, it} from 'vitest';
import type {ClipboardProblem} from '../../src/platform/clipboard-problems.js';
import {EN} from '../../src/state/strings/en.js';
import {ID} from '../../src/state/strings/id.js';
import type {Status} from '../../src/state/state.js';
import {copyStatus} from '../../src/ui/App.js';
import {embedded} from '../state/drive.js';

describe('copyStatus', () => {
	it('says what was copied, how long it is in characters, and how it went', () => {
		const text = embedded.story.quoteById('q-infrastructure')!.text;
		expect(copyStatus('quote by Meutya Hafid', text, {ok: true, message: 'sent to the terminal (OSC 52)'}, EN)).toEqual({
			text: 'Copied quote by Meutya Hafid (232 chars)',
			tail: ': sent to the terminal (OSC 52)',
			tone: 'success',
		});
	});

	it('says it in the screen\'s language, channels and all', () => {
		const outcome = {ok: true, message: 'sent to the terminal (OSC 52) and copied with xclip', via: ['osc52', 'xclip']};
		const said = (status: Status) => status.text + (status.tail ?? '');
		expect(said(copyStatus('kutipan Meutya Hafid', 'x'.repeat(1204), outcome, ID))).toBe('Disalin kutipan Meutya Hafid (1.204 karakter): dikirim ke terminal (OSC 52) dan lewat xclip');
		expect(said(copyStatus('quote by Meutya Hafid', 'x', outcome, EN))).toBe('Copied quote by Meutya Hafid (1 char): sent to the terminal (OSC 52) and copied with xclip');
	});

	it('counts characters, not UTF-16 units', () => {
		expect(copyStatus('quote', 'banjir 🌊', {ok: true, message: 'ok'}, EN).text).toBe('Copied quote (8 chars)');
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
