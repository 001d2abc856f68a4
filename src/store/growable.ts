/**
 * Arrays a build fills one record at a time, kept in typed arrays off the JavaScript heap: the
 * heap's size after each collection sets how far it may grow before the next, so what a build
 * keeps there raises its peak memory about twice over.
 */

import type {SearchColumns} from '../model/search-entries.js';

type TypedArray = Int32Array | Float64Array | Uint8Array | Uint16Array;
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

/** The finder's columns (model/search-entries.ts), appended entity by entity: its name, then its aliases. */
export class GrowableSearchColumns {
	private readonly units = new Growable(Uint16Array, 64 * 1024);
	private readonly textStart = new Growable(Int32Array);
	private readonly entityStart = new Growable(Int32Array);

	constructor() {
		this.textStart.push(0);
		this.entityStart.push(0);
	}

	append(name: string, aliases: readonly string[]): void {
		for (const text of [name, ...aliases]) {
			for (let i = 0; i < text.length; i++) this.units.push(text.charCodeAt(i));
			this.textStart.push(this.units.length);
		}
		this.entityStart.push(this.textStart.length - 1);
	}

	/** The columns so far (views: valid until the next append). */
	columns(): SearchColumns {
		return {units: this.units.view(), textStart: this.textStart.view(), entityStart: this.entityStart.view()};
	}
}
