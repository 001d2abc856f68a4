import {describe, expect, it} from 'vitest';
import {splitKeyPresses} from '../../src/keys/key-chunks.js';

describe('splitKeyPresses', () => {
	it('keeps a single key as Ink reported it', () => {
		expect(splitKeyPresses('j', {})).toEqual([{input: 'j', key: {}}]);
		expect(splitKeyPresses('', {return: true})).toEqual([{input: '', key: {return: true}}]);
	});

	it('splits a run of plain keys into one press per character', () => {
		expect(splitKeyPresses('/me', {})).toEqual([
			{input: '/', key: {}},
			{input: 'm', key: {}},
			{input: 'e', key: {}},
		]);
	});

	it('gives Enter, Tab, Backspace and Ctrl keys inside a run the flags they have alone', () => {
		expect(splitKeyPresses('a\r\t\x7f\x03', {})).toEqual([
			{input: 'a', key: {}},
			{input: '', key: {return: true}},
			{input: '', key: {tab: true}},
			{input: '', key: {delete: true}},
			{input: 'c', key: {ctrl: true}},
		]);
	});

	it('marks capitals in a run as shifted, as Ink does for a capital alone', () => {
		expect(splitKeyPresses('yY', {})).toEqual([
			{input: 'y', key: {}},
			{input: 'Y', key: {shift: true}},
		]);
	});

	it('splits by code point, so an emoji is never cut in half', () => {
		expect(splitKeyPresses('😀中', {}).map((press) => press.input)).toEqual(['😀', '中']);
	});
});
