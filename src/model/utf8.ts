/** Where UTF-8 goes wrong: for the messages that say a file is not UTF-8. */

/** Where the first byte that cannot start or continue a UTF-8 character is (for the message). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const lead = bytes[i] ?? 0;
		const trailing = lead < 0x80 ? 0 : lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
		if (trailing < 0) return i;
		for (let k = 1; k <= trailing; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		i += trailing + 1;
	}
	return Math.max(0, bytes.length - 1);
}

/** The message of a file that is not UTF-8 text, its first bad byte (`byte`) at `at`. */
export function notUtf8Message(byte: number | undefined, at: number): string {
	return `is not UTF-8 text (invalid byte 0x${(byte ?? 0).toString(16).padStart(2, '0')} at byte ${at}); save it as UTF-8`;
}
