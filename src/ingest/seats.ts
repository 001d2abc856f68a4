/**
 * The place an organization's name ends on, its seat: "BPBD Kabupaten Demak" is BPBD seated in
 * Kabupaten Demak, "Bulog Sulsel" Bulog in Sulsel. The body's name alone is how the article names
 * it again ("BPBD"); two names of one body in two seats are two bodies (PMI Kabupaten Girimulya,
 * PMI Provinsi Jawa Tengah).
 */
import {ADMINISTRATIVE_HEADS} from './institutions.js';
import {PLACE_FORMS} from './names.js';

export interface Seated {
	/** The name without its seat ("BPBD"). */
	readonly body: string;
	/** The place it ends on ("Kabupaten Demak"). */
	readonly seat: string;
}

/**
 * A name's body and the place it ends on, if it ends on a listed place, on an administrative area
 * of two words or more, or on a place the article itself names (`places`: "BPBD Girimulya" where
 * it speaks of "Kabupaten Girimulya").
 */
export function seatOf(name: string, places: ReadonlySet<string> = NO_PLACES): Seated | undefined {
	const parts = name.split(' ');
	for (let cut = 1; cut < parts.length; cut++) {
		const tail = parts.slice(cut);
		const head = tail[0] ?? '';
		const place = tail.join(' ');
		if (PLACE_FORMS.has(place) || places.has(place) || (ADMINISTRATIVE_HEADS.has(head) && tail.length >= 2)) return {body: parts.slice(0, cut).join(' '), seat: place};
	}
	return undefined;
}

const NO_PLACES: ReadonlySet<string> = new Set();

/** A seat without its level's word: "Kabupaten Girimulya" and "Girimulya" are one place. */
function placeOf(seat: string): string {
	const [head = '', ...name] = seat.split(' ');
	return name.length > 0 && ADMINISTRATIVE_HEADS.has(head) ? name.join(' ') : seat;
}

/** Whether two names are of bodies seated in different places. */
export function inOtherSeats(a: string, b: string): boolean {
	const first = seatOf(a);
	const second = seatOf(b);
	return first !== undefined && second !== undefined && placeOf(first.seat) !== placeOf(second.seat);
}
