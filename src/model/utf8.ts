/** Where UTF-8 goes wrong: for the messages that say a file is not UTF-8. */

/** Whether the bytes start with UTF-8's byte order mark (EF BB BF), which a text's reader skips. */
export function hasUtf8Bom(bytes: ArrayLike<number>): boolean {
	return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The bytes a second byte may take after each lead (the rest are 0x80–0xBF): no overlong form, no surrogate, nothing past U+10FFFF. */
function secondByteRange(lead: number): [number, number] {
	if (lead === 0xe0) return [0xa0, 0xbf];
	if (lead === 0xed) return [0x80, 0x9f];
	if (lead === 0xf0) return [0x90, 0xbf];
	if (lead === 0xf4) return [0x80, 0x8f];
	return [0x80, 0xbf];
}

/**
 * Where the first sequence that is not UTF-8 starts (for the message), as a strict decoder
 * (TextDecoder with fatal, Buffer's isUtf8) judges: a bad lead byte, a missing or wrong
 * continuation, an overlong form, a surrogate or a code point past U+10FFFF. The last byte when
 * every sequence is whole but the text is cut in the middle of the last.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const lead = bytes[i] ?? 0;
		const trailing = lead < 0x80 ? 0 : lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
		if (trailing < 0) return i;
		if (trailing > 0) {
			const [low, high] = secondByteRange(lead);
			const second = bytes[i + 1];
			if (second === undefined || second < low || second > high) return i;
		}
		for (let k = 2; k <= trailing; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		i += trailing + 1;
	}
	return Math.max(0, bytes.length - 1);
}

/**
 * The message of a file that is not UTF-8 text, its first bad byte (`byte`) at `at`. A stray byte
 * in a file otherwise UTF-8 is to be replaced; re-saving the whole file in another encoding would
 * spoil the rest, so that is advised only for a file written in one.
 */
export function notUtf8Message(byte: number | undefined, at: number): string {
	return `is not UTF-8 text (invalid byte 0x${(byte ?? 0).toString(16).padStart(2, '0')} at byte ${at}): replace that byte, or, if the whole file is in another encoding, save it as UTF-8`;
}

/** Where byte `at` of a text's bytes is, as the loader counts places: a 1-based line, and the column in UTF-16 units from the line's start (a byte order mark not counted). */
export function placeOfByte(bytes: Uint8Array, at: number): {line: number; column: number} {
	let line = 1;
	let units = 0;
	const bom = hasUtf8Bom(bytes) ? 3 : 0;
	for (let i = bom; i < at && i < bytes.length; i++) {
		const byte = bytes[i]!;
		if (byte === 0x0a) {
			line++;
			units = 0;
		} else if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
	}
	return {line, column: units + 1};
}
