/** Dataset ids made from names and titles: "Meutya Hafid" → "meutya-hafid", unique within their kind. */

/** A name as an id: lower-case ASCII words joined by hyphens, at most `words` words. */
export function slug(text: string, words = 6, fallback = 'item'): string {
	const ascii = text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter((word) => word !== '')
		.slice(0, words)
		.join('-');
	return ascii === '' ? fallback : ascii;
}

/** Hands out ids, adding "-2", "-3" … to a slug already taken. */
export function idMaker(): (base: string) => string {
	const taken = new Set<string>();
	return (base) => {
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		return id;
	};
}
