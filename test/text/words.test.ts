import {describe, expect, it} from 'vitest';
import {withoutLastWord} from '../../src/text/words.js';

describe('withoutLastWord', () => {
	it('erases back to the space before the last word, as readline\'s Ctrl-W', () => {
		expect(withoutLastWord('Kementerian Komunikasi dan Digital')).toBe('Kementerian Komunikasi dan ');
		expect(withoutLastWord('Kementerian Komunikasi dan ')).toBe('Kementerian Komunikasi ');
		expect(withoutLastWord('posko   ')).toBe('');
		expect(withoutLastWord('“Urusan pariwisata Bali,”')).toBe('“Urusan pariwisata ');
		expect(withoutLastWord('')).toBe('');
	});
});
