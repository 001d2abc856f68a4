/** Ids made from names: "Kementerian Komdigi" → "kementerian-komdigi", unique within their kind. */

/** A dataset id from any text: lower-case ASCII letters, digits, ".", "_" and "-"; "" when none is left. */
export function slugify(text: string, maxLength = 64): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9._-]+/g, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^[^a-z0-9]+/, '')
		.slice(0, maxLength)
		.replace(/[^a-z0-9]+$/, '');
}

/** A namer that hands out each id once: a taken id gets "-2", "-3"… */
export function uniqueNamer(): (wanted: string) => string {
	const taken = new Set<string>();
	return (wanted) => {
		let id = wanted;
		for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
		taken.add(id);
		return id;
	};
}
