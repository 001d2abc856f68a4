import {describe, expect, it} from 'vitest';
import {localized, localizedOrNull} from '../../src/model/localize.js';

describe('localized', () => {
	const text = {id: 'Pertemuan', en: 'Meeting'};

	it('picks the asked language', () => {
		expect(localized(text, 'en', 'id')).toBe('Meeting');
		expect(localized(text, 'id', 'id')).toBe('Pertemuan');
	});

	it('takes the same language in another region', () => {
		expect(localized(text, 'en-GB', 'id')).toBe('Meeting');
		expect(localized({'en-US': 'Meeting'}, 'en', 'id')).toBe('Meeting');
	});

	it('falls back to the article\'s language, then to any language', () => {
		expect(localized(text, 'fr', 'id')).toBe('Pertemuan');
		expect(localized({en: 'Meeting'}, 'fr', 'id')).toBe('Meeting');
	});

	it('gives null for a missing optional text', () => {
		expect(localizedOrNull(undefined, 'en')).toBeNull();
		expect(localizedOrNull(null, 'en')).toBeNull();
	});
});
