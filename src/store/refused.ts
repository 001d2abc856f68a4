/** Why the streaming path gave a file up (the whole-file loader then takes it, and says what is wrong). */
export class Refused extends Error {}

/**
 * A refusal that a record cut at its line's end may explain (a record that is not JSON, a file the
 * member scanner could not follow after such a cut): the file is streamed again, cut by brackets
 * alone (record-stream.ts orUncut), before it counts as refused.
 */
export class MisCut extends Refused {}
