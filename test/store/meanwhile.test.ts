/**
 * While a build waits for a thread's search sections (seconds at a million events), it keeps
 * pausing: it says how far it is, and a signal stops it there rather than when the thread is done.
 */
import {describe, expect, it} from 'vitest';
import {meanwhile} from '../../src/store/indexes.js';

describe('waiting for a thread at the end of a build', () => {
	it('pauses while it waits, and a pause that throws (a stop) ends the wait at once', async () => {
		let pauses = 0;
		const never = new Promise<never>(() => {});
		const stop = new Error('stop');
		const waited = meanwhile(never, async () => {
			if (++pauses === 2) throw stop;
		});
		await expect(waited).rejects.toBe(stop);
		expect(pauses).toBe(2);
	});

	it("gives the work's result, or its failure, when it settles", async () => {
		const pause = () => Promise.resolve();
		await expect(meanwhile(Promise.resolve('sections'), pause)).resolves.toBe('sections');
		await expect(meanwhile(Promise.reject(new Error('disk full')), pause)).rejects.toThrow('disk full');
	});
});
