/** Why the streaming path gave a file up (the whole-file loader then takes it, and says what is wrong). */
export class Refused extends Error {}

/**
 * A refusal that a record cut by its lines may explain (any refusal once one was: the record is not
 * JSON, or the member scanner, carried past its end, refuses what follows): the file is streamed
 * again, cut by brackets alone (record-stream.ts orUncut), before it counts as refused.
 */
export class MisCut extends Refused {}
