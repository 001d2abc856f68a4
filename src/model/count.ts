/** A number as the interface writes it: digits grouped as its language groups them ("1,204"; Indonesian "1.204"). */
export function formatNumber(n: number, lang = 'en'): string {
	return n.toLocaleString(lang.split('-')[0] === 'id' ? 'id-ID' : 'en-US');
}

/** "1 event", "4 events", "1,204 entities": a count with its noun. */
export function count(n: number, singular: string, plural = `${singular}s`, lang = 'en'): string {
	return `${formatNumber(n, lang)} ${n === 1 ? singular : plural}`;
}
