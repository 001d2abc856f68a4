/** "1 event", "4 events", "1 entity", "19 entities": a count with its noun. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
	return `${n} ${n === 1 ? singular : plural}`;
}
