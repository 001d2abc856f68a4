/**
 * parseRecord held against zod on one record: the same answer, the same output (deep and in key
 * order, as JSON.stringify writes it), zod's own issues on failure, and a compiled validator that
 * never accepts what zod refuses. parseRecordInPlace too, on the record as JSON.parse gives it
 * back: the same answer, and zod's value but for the order of keys.
 */
import {expect} from 'vitest';
import * as compiled from '../../src/model/generated/record-validators.js';
import {parseRecord, parseRecordInPlace} from '../../src/model/record-check.js';
import {RECORD_SCHEMAS, type RecordKind} from '../../src/model/record-schemas.js';

/** What one comparison saw: whether zod accepts the record, and whether the compiled checks did. */
export interface Agreement {
	readonly valid: boolean;
	readonly compiled: boolean;
}

/** Asserts that parseRecord(kind, raw) is what the kind's zod safeParse gives, and says what each side decided. */
export function expectAgreement(kind: RecordKind, raw: unknown): Agreement {
	const expected = RECORD_SCHEMAS[kind].safeParse(raw);
	const actual = parseRecord(kind, raw);
	const accepted = compiled[kind](raw) !== undefined;
	expect(actual.success).toBe(expected.success);
	expect(Object.keys(actual)).toEqual(Object.keys(expected));
	if (expected.success) {
		expect(JSON.stringify(actual.data)).toBe(JSON.stringify(expected.data));
		expect(actual.data).toStrictEqual(expected.data);
	} else {
		expect(accepted, 'the compiled checks accept what zod refuses').toBe(false);
		expect(actual.error).toBeInstanceOf(expected.error.constructor);
		expect(actual.error?.issues).toEqual(expected.error.issues);
	}
	expectAgreementInPlace(kind, JSON.parse(JSON.stringify(raw) ?? 'null'));
	return {valid: expected.success, compiled: accepted};
}

/** Asserts that parseRecordInPlace(kind, parsed) gives zod's answer, its value equal to zod's whatever the order of keys. */
function expectAgreementInPlace(kind: RecordKind, parsed: unknown): void {
	// zod first: the other fills defaults into the very value it is given.
	const expected = RECORD_SCHEMAS[kind].safeParse(parsed);
	const actual = parseRecordInPlace(kind, parsed);
	expect(actual.success).toBe(expected.success);
	if (expected.success) expect(actual.data).toStrictEqual(expected.data);
	else expect(actual.error?.issues).toEqual(expected.error.issues);
}
