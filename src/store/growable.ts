/**
 * Arrays a build fills one record at a time, kept in typed arrays off the JavaScript heap: the
 * heap's size after each collection sets how far it may grow before the next, so what a build
 * keeps there raises its peak memory about twice over.
 */

type TypedArray = Int32Array | Float64Array | Uint8Array;
type TypedArrayConstructor<A extends TypedArray> = {new (length: number): A};

/** A typed array that grows as values are pushed (doubling, so pushes cost O(1) on average). */
export class Growable<A extends TypedArray> {
	private data: A;
	length = 0;

	constructor(private readonly make: TypedArrayConstructor<A>, capacity = 1024) {
		this.data = new make(capacity);
	}

	push(value: number): void {
		if (this.length === this.data.length) this.grow(this.length + 1);
		this.data[this.length++] = value;
	}

	get(index: number): number {
		return this.data[index]!;
	}

	/** The values pushed so far (a view: valid until the next push). */
	view(): A {
		return this.data.subarray(0, this.length) as A;
	}

	private grow(needed: number): void {
		let capacity = this.data.length * 2;
		while (capacity < needed) capacity *= 2;
		const larger = new this.make(capacity);
		larger.set(this.data);
		this.data = larger;
	}
}

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
