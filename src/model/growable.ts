/**
 * A typed array filled one value at a time (a store build's columns, the finder's name columns):
 * values kept off the JavaScript heap, whose size after each collection sets how far it may grow
 * before the next, so what is kept there raises peak memory about twice over.
 */

type TypedArray = Int32Array | Float64Array | Uint8Array | Uint16Array;
type TypedArrayConstructor<A extends TypedArray> = {new (length: number): A};

/** A typed array that grows as values are pushed (doubling, so pushes cost O(1) on average). */
export class Growable<A extends TypedArray> {
	private data: A;
	length = 0;

	constructor(make: TypedArrayConstructor<A>, capacity = 1024) {
		this.data = new make(capacity);
	}

	push(value: number): void {
		if (this.length === this.data.length) this.data = grownCopy(this.data, this.length + 1);
		this.data[this.length++] = value;
	}

	/** Push every one of `values`, copied at once. */
	pushAll(values: ArrayLike<number>): void {
		const end = this.length + values.length;
		if (end > this.data.length) this.data = grownCopy(this.data, end);
		this.data.set(values, this.length);
		this.length = end;
	}

	get(index: number): number {
		return this.data[index]!;
	}

	/** Change a value pushed before. */
	set(index: number, value: number): void {
		this.data[index] = value;
	}

	/** The values pushed so far (a view: valid until the next push). */
	view(): A {
		return this.data.subarray(0, this.length) as A;
	}
}

/** A copy of `array` with room for at least `needed` values (doubling, so growing costs O(1) a value on average). */
export function grownCopy<A extends TypedArray>(array: A, needed: number): A {
	// At least one: doubling an empty array would leave it empty for ever.
	let capacity = Math.max(1, array.length * 2);
	while (capacity < needed) capacity *= 2;
	const larger = new (array.constructor as TypedArrayConstructor<A>)(capacity);
	larger.set(array);
	return larger;
}
