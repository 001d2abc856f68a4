import {describe, expect, it} from 'vitest';
import {withoutFetch} from '../../src/platform/without-fetch.js';

describe('withoutFetch', () => {
	it('hides fetch while the import runs and puts the same fetch back', async () => {
		const before = globalThis.fetch;
		expect(typeof before).toBe('function');
		expect(await withoutFetch(async () => typeof globalThis.fetch)).toBe('undefined');
		expect(globalThis.fetch).toBe(before);
	});

	it('puts fetch back when the import fails', async () => {
		const before = globalThis.fetch;
		await expect(withoutFetch(async () => {
			throw new Error('no such module');
		})).rejects.toThrow('no such module');
		expect(globalThis.fetch).toBe(before);
	});
});
