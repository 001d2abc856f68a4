/** Summaries of timings, and the table the benchmark prints. */

/** The value below which a fraction `p` (0–1) of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** The median (the 50th percentile). */
export const median = (samples: readonly number[]) => percentile(samples, 0.5);

/** p50, p95 and the largest of a set of timings. */
export function spread(samples: readonly number[]): {readonly p50: number; readonly p95: number; readonly max: number; readonly count: number} {
	return {p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), max: Math.max(...samples), count: samples.length};
}

/** A figure for the table: milliseconds to one decimal below 10, whole above. */
export function ms(value: number): string {
	if (!Number.isFinite(value)) return '–';
	return value < 10 ? value.toFixed(1) : value.toFixed(0);
}

/** A plain-text table with a header row, columns padded (numbers right-aligned). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
	const numeric = header.map((_title, column) => rows.every((row) => /^[-–\d.,×%<>≤ ]*$|^\d/.test(row[column] ?? '')));
	const line = (cells: readonly string[]) =>
		cells.map((cell, column) => (numeric[column] && column > 0 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
	return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
