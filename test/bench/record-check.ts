/**
 * What checking a dataset's records costs: each kind's zod safeParse against parseRecord (the
 * compiled validator, with zod only for what it refuses), over every record of the generated
 * dataset of `events` events, in one process, the ways taking turns round after round.
 *
 *   npx tsx test/bench/record-check.ts [events = 100000] [rounds = 5]
 */
import {readFileSync} from 'node:fs';
import {parseRecord} from '../../src/model/record-check.js';
import {RECORD_KINDS, RECORD_SCHEMAS, type RecordKind} from '../../src/model/record-schemas.js';
import {ensureDataset} from './datasets.js';
import {median, ms, table} from './stats.js';

type Check = (kind: RecordKind, raw: unknown) => boolean;

const WAYS: Readonly<Record<string, Check>> = {
	'zod safeParse': (kind, raw) => RECORD_SCHEMAS[kind].safeParse(raw).success,
	parseRecord: (kind, raw) => parseRecord(kind, raw).success,
};

const events = Number(process.argv[2] ?? 100_000);
const rounds = Number(process.argv[3] ?? 5);
const file = ensureDataset(events);
const dataset = JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<RecordKind, unknown[]>>;
const records = RECORD_KINDS.flatMap((kind) => (dataset[kind] ?? []).map((raw) => [kind, raw] as const));

/** Milliseconds to check every record one way, and how many it accepted. */
function timed(check: Check, upTo = records.length): {readonly ms: number; readonly valid: number} {
	const start = performance.now();
	let valid = 0;
	for (let i = 0; i < upTo; i++) if (check(records[i]![0], records[i]![1])) valid++;
	return {ms: performance.now() - start, valid};
}

for (const check of Object.values(WAYS)) timed(check, 5_000); // warm up: compiled by V8 before timing
const samples = new Map(Object.keys(WAYS).map((way) => [way, [] as number[]]));
const accepted = new Map<string, number>();
for (let round = 0; round < rounds; round++) {
	const order = round % 2 === 0 ? Object.keys(WAYS) : Object.keys(WAYS).reverse();
	for (const way of order) {
		const result = timed(WAYS[way]!);
		samples.get(way)!.push(result.ms);
		accepted.set(way, result.valid);
	}
}

const counts = RECORD_KINDS.map((kind) => `${dataset[kind]?.length ?? 0} ${kind}`).join(', ');
console.log(`${file}: ${records.length} records (${counts}); median of ${rounds} rounds`);
console.log(
	table(
		['way', 'ms, all records', 'µs a record', 'accepted'],
		[...samples].map(([way, times]) => [way, ms(median(times)), (median(times) * 1000 / records.length).toFixed(2), String(accepted.get(way))]),
	),
);
const [zod, compiled] = [...samples.values()].map(median);
console.log(`parseRecord takes ${(compiled! / zod!).toFixed(3)}× zod's time (${(zod! / compiled!).toFixed(1)}× faster)`);
