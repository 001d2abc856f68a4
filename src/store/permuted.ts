/**
 * Writing records in another order than they were read. A dataset lists its events in any order,
 * and the commands read them in timeline order, a million at a time; a store keeps them in that
 * order, so reading them is one sequential pass. While the build streams, each event goes to a
 * side file as it comes; once the timeline is known, the side file is read front to back and each
 * piece written to its place in the store.
 */
import type {Growable} from '../model/growable.js';
import type {StoreWriter} from './layout.js';

/** How much of the side file is read at once. */
const WINDOW = 4 * 2 ** 20;
/** How many records are written between two turns of the event loop. */
const PAUSE_EVERY = 65_536;

/**
 * Copy pieces from `side` into `writer` in the order `order` gives (order[p] = the piece that goes
 * at p). Pieces come in groups of `perRecord` (an event's record, then its brief), each group
 * starting at starts[k * perRecord]; piece j of every group goes into region j. Returns, per
 * region, each position's byte range (n + 1 offsets).
 */
export async function writePermuted(writer: StoreWriter, side: StoreWriter, starts: Growable<Float64Array>, perRecord: number, order: Int32Array, pause: () => Promise<void>): Promise<Float64Array[]> {
	const n = order.length;
	const sideEnd = side.position;
	const start = (piece: number) => (piece < starts.length ? starts.get(piece) : sideEnd);
	const length = (record: number, j: number) => start(record * perRecord + j + 1) - start(record * perRecord + j);
	const regions: Float64Array[] = [];
	for (let j = 0; j < perRecord; j++) {
		const ranges = new Float64Array(n + 1);
		let total = 0;
		for (let p = 0; p < n; p++) {
			ranges[p] = total;
			total += length(order[p]!, j);
		}
		ranges[n] = total;
		const base = writer.reserve(total);
		for (let p = 0; p <= n; p++) ranges[p]! += base;
		regions.push(ranges);
	}
	const position = new Int32Array(n);
	order.forEach((record, p) => {
		position[record] = p;
	});
	let window = Buffer.allocUnsafe(WINDOW);
	let windowStart = 0;
	let windowEnd = 0;
	for (let record = 0; record < n; record++) {
		// A million events take seconds to write: now and then a turn, to say so and to hear a signal.
		if (record % PAUSE_EVERY === PAUSE_EVERY - 1) await pause();
		const from = start(record * perRecord);
		const to = start((record + 1) * perRecord);
		if (from < windowStart || to > windowEnd) {
			if (window.length < to - from) window = Buffer.allocUnsafe(to - from);
			windowStart = from;
			windowEnd = Math.min(sideEnd, from + window.length);
			side.readBack(windowStart, windowEnd - windowStart, window);
		}
		for (let j = 0; j < perRecord; j++) {
			const piece = record * perRecord + j;
			writer.writeAt(regions[j]![position[record]!]!, window.subarray(start(piece) - windowStart, start(piece + 1) - windowStart));
		}
	}
	return regions;
}
