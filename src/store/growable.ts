/**
 * Text a store build appends record by record, kept as UTF-8 in one growing buffer off the
 * JavaScript heap (see src/model/growable.ts for why off the heap).
 */

/** UTF-8 text appended piece by piece into one growing buffer. */
export class GrowableText {
	private buffer = Buffer.allocUnsafe(64 * 1024);
	length = 0;

	append(text: string): void {
		const bytes = Buffer.byteLength(text, 'utf8');
		if (this.length + bytes > this.buffer.length) {
			let capacity = this.buffer.length * 2;
			while (capacity < this.length + bytes) capacity *= 2;
			const larger = Buffer.allocUnsafe(capacity);
			this.buffer.copy(larger, 0, 0, this.length);
			this.buffer = larger;
		}
		this.length += this.buffer.write(text, this.length, 'utf8');
	}

	/** The bytes appended so far (a view: valid until the next append). */
	bytes(): Uint8Array {
		return this.buffer.subarray(0, this.length);
	}
}

/** The finder's columns (model/search-entries.ts), appended entity by entity: its name, then its aliases. */
