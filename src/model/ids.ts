/**
 * Dataset ids made from names: "Meutya Hafid" → "meutya-hafid", unique within their kind. Used
 * wherever a dataset is written by a program (import, ingest), so every such id follows one rule.
 */

/**
 * A name as an id: accents dropped, lower-case ASCII words joined by hyphens, at most `words`
 * words and `maxLength` characters; `fallback` when nothing is left (e.g. a name in Chinese).
 */
export function slug(text: string, options: {words?: number; maxLength?: number; fallback?: string} = {}): string {
	const {words = 8, maxLength = 64, fallback = ''} = options;
	const id = text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter((word) => word !== '')
		.slice(0, words)
		.join('-')
		.slice(0, maxLength)
		.replace(/-+$/, '');
	return id === '' ? fallback : id;
}

/** What a dataset's id is made of: lower-case letters, digits, ".", "_" or "-", from a letter or digit. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/** Whether `text` has the form of an id. */
export function isId(text: string): boolean {
	return ID_PATTERN.test(text);
}

/** Hands out each id once: an id already taken gets "-2", "-3" … */
export function uniqueIds(): (wanted: string) => string {
	const taken = new Set<string>();
	return (wanted) => {
		let id = wanted;
		for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
		taken.add(id);
		return id;
	};
}
