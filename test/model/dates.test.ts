import {describe, expect, it} from 'vitest';
import {firstDay, formatDate, formatSpan, isoDay, isRealDate, lastDay, precisionOf} from '../../src/model/dates.js';

describe('partial dates', () => {
	it('know their first and last days', () => {
		expect(isoDay(firstDay('2025-03-25'))).toBe('2025-03-25');
		expect(isoDay(lastDay('2025-02'))).toBe('2025-02-28');
		expect(isoDay(lastDay('2024-02'))).toBe('2024-02-29');
		expect(isoDay(firstDay('2030'))).toBe('2030-01-01');
		expect(isoDay(lastDay('2030'))).toBe('2030-12-31');
		expect(lastDay('2025-04-08') - firstDay('2025-03-26')).toBe(13);
	});

	it('read years below 100 as written', () => {
		expect(isoDay(firstDay('0050-06-01'))).toBe('0050-06-01');
	});

	it('tell real days from impossible ones', () => {
		expect(isRealDate('2025-02-28')).toBe(true);
		expect(isRealDate('2025-02-29')).toBe(false);
		expect(isRealDate('2024-02-29')).toBe(true);
		expect(isRealDate('2025-04-31')).toBe(false);
	});

	it('know their precision', () => {
		expect([precisionOf('2030'), precisionOf('2025-03'), precisionOf('2025-03-25')]).toEqual(['year', 'month', 'day']);
	});

	it('print for people, in English and Indonesian', () => {
		expect(formatDate('2025-03-25')).toBe('25 Mar 2025');
		expect(formatDate('2025-05', 'id')).toBe('Mei 2025');
		expect(formatDate('2025-08-17', 'id')).toBe('17 Agu 2025');
		expect(formatDate('2030')).toBe('2030');
	});

	it('print ranges sharing what both ends share', () => {
		expect(formatSpan('2025-03-26', '2025-04-08')).toBe('26 Mar – 8 Apr 2025');
		expect(formatSpan('2025-03-03', '2025-03-09')).toBe('3 – 9 Mar 2025');
		expect(formatSpan('2024-12-30', '2025-01-02')).toBe('30 Dec 2024 – 2 Jan 2025');
		expect(formatSpan('2025-03', '2025-05')).toBe('Mar – May 2025');
		expect(formatSpan('2029', '2030')).toBe('2029 – 2030');
		expect(formatSpan('2025-03-25', null)).toBe('25 Mar 2025');
		expect(formatSpan('2025-02', '2025-02-10')).toBe('Feb 2025 – 10 Feb 2025');
	});
});
