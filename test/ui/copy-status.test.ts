import {describe, expect, it} from 'vitest';
import {copyStatus} from '../../src/ui/App.js';
import {embedded} from '../state/drive.js';

describe('copyStatus', () => {
	it('says what was copied, how long it is in characters, and how it went', () => {
		const text = embedded.story.quoteById('q-infrastructure')!.text;
		expect(copyStatus('quote by Meutya Hafid', text, {ok: true, message: 'sent to the terminal (OSC 52)'})).toEqual({
			text: 'Copied quote by Meutya Hafid (232 chars): sent to the terminal (OSC 52)',
			tone: 'success',
		});
	});

	it('counts characters, not UTF-16 units', () => {
		expect(copyStatus('quote', 'banjir 🌊', {ok: true, message: 'ok'}).text).toBe('Copied quote (8 chars): ok');
	});

	it('passes a failure\'s message through as an error', () => {
		const message = 'No clipboard: the terminal takes no OSC 52 and no clipboard tool was found';
		expect(copyStatus('quote by Meutya Hafid', 'x', {ok: false, message})).toEqual({text: message, tone: 'error'});
	});
});
