/**
 * A saved page in the legacy charset it declares for itself — `<meta charset="windows-1252">`,
 * `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">` — decoded by it, as
 * a browser does: the declaration is looked for in the page's first 1024 bytes (the WHATWG
 * prescan), and the label is read as the WHATWG Encoding Standard reads it (Node's TextDecoder).
 */

/** How far a browser looks for a page's <meta> charset before it decodes the page. */
const PRESCAN_BYTES = 1024;

const DECLARED = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * Windows-1252's characters for bytes 0x80–0x9F (WHATWG index-windows-1252): Node 20 from 20.18.3
 * decodes them as Latin-1's C1 controls (nodejs/node#60888), so they are mapped here. The five
 * bytes the index leaves as controls map to themselves.
 */
const WINDOWS_1252_C1 = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
	0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** The charset label a page declares in its first bytes, if it declares one. */
function declaredCharset(bytes: Uint8Array): string | undefined {
	// The declaration itself is ASCII in every charset a page may declare: read the bytes one to a character.
	const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES));
	return DECLARED.exec(head)?.[1];
}

/**
 * A page decoded by the legacy charset it declares; undefined when it declares none, one that is
 * not known, or UTF-8 (a page that says UTF-8 and is not is refused as any such text is).
 */
export function decodeDeclared(bytes: Uint8Array): string | undefined {
	const label = declaredCharset(bytes);
	if (label === undefined) return undefined;
	let decoder: TextDecoder;
	try {
		decoder = new TextDecoder(label, {fatal: true});
	} catch {
		return undefined;
	}
	if (decoder.encoding === 'utf-8') return undefined;
	let text: string;
	try {
		text = decoder.decode(bytes);
	} catch {
		return undefined;
	}
	return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (char) => String.fromCharCode(WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] ?? char.charCodeAt(0))) : text;
}
