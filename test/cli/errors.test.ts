import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {EMBEDDED_DATASET, embeddedDatasetInline, SECOND_DATASET} from '../helpers/datasets.js';
import {assertBuilt, lines, run, runMain, tempDir} from '../helpers/cli.js';
import packageJson from '../../package.json' with {type: 'json'};

beforeAll(assertBuilt);

const COMMANDS = ['events', 'entities', 'quotes', 'search', 'export', 'import', 'validate', 'schema'];
const STACK = /\n\s+at /;

describe('help and version', () => {
	it('--help on every command prints its usage, options and an example', async () => {
		const results = await Promise.all(COMMANDS.map((command) => runMain([command, '--help'])));
		results.forEach((result, i) => {
			expect(result.code).toBe(0);
			expect(result.stdout).toMatch(new RegExp(`^linimasa ${COMMANDS[i]} — `));
			expect(result.stdout).toContain(`Usage: linimasa ${COMMANDS[i]}`);
			expect(result.stdout).toMatch(/Options:\n(.*\n)*\s+-h, --help/);
			expect(result.stdout).toMatch(new RegExp(`Examples:\\n  linimasa ${COMMANDS[i]}`));
		});
	});

	it('linimasa --help lists every command; --version prints the package version', async () => {
		const [help, version] = await Promise.all([run(['--help']), run(['--version'])]);
		expect(help.code).toBe(0);
		for (const command of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
		expect(version).toEqual({code: 0, stdout: `linimasa ${packageJson.version}\n`, stderr: ''});
	});
});

describe('usage errors exit 2 with one line on stderr', () => {
	const cases: [string, string[], RegExp][] = [
		['an unknown command', ['frobnicate'], /^linimasa: unknown command "frobnicate"; the commands are events, /],
		['an unknown option', ['events', '--frobnicate'], /^linimasa: unknown option --frobnicate \(see "linimasa events --help"\)$/],
		['an option without its value', ['events', '--data'], /^linimasa: option --data needs a value/],
		['a value given to a flag', ['events', '--json=yes'], /^linimasa: option --json takes no value/],
		['an extra argument', ['entities', 'extra'], /^linimasa: unexpected argument "extra"/],
		['a command after the options', ['--data', 'x.json', 'events'], /^linimasa: the command comes first: linimasa events --data x\.json$/],
		['a missing argument', ['validate'], /^linimasa: missing FILE/],
		['an unknown export format', ['export', '--format', 'pdf'], /^linimasa: --format must be one of timelinejs, ics, markdown, json, jsonl, timesketch \(or md, ical, ndjson\) \(got "pdf"\)$/],
		['a malformed --lang', ['events', '--lang', 'english!'], /^linimasa: --lang wants a language tag/],
	];
	it.each(cases)('%s', async (_name, args, message) => {
		const {code, stdout, stderr} = await run(args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(lines(stderr)).toHaveLength(1);
		expect(stderr.trimEnd()).toMatch(message);
	});
});

describe('a mistyped command or option is answered with the nearest name', () => {
	it('suggests "events" for the command "evnts", with the list of commands', async () => {
		const {code, stdout, stderr} = await runMain(['evnts']);
		expect({code, stdout}).toEqual({code: 2, stdout: ''});
		expect(stderr).toMatch(/^linimasa: unknown command "evnts" \(did you mean "events"\?\); the commands are events, .* \(see "linimasa --help"\)\n$/);
	});

	it('suggests it for "linimasa help evnts" too', async () => {
		const {code, stderr} = await runMain(['help', 'evnts']);
		expect(code).toBe(2);
		expect(stderr).toMatch(/^linimasa: unknown command "evnts" \(did you mean "events"\?\)/);
	});

	it('suggests --json for the option --jsn, and --data for the explorer\'s --dta', async () => {
		const [events, explorer] = await Promise.all([runMain(['events', '--jsn']), runMain(['--dta', 'x.json'])]);
		expect(events).toEqual({code: 2, stdout: '', stderr: 'linimasa: unknown option --jsn (did you mean "--json"?) (see "linimasa events --help")\n'});
		expect(explorer).toEqual({code: 2, stdout: '', stderr: 'linimasa: unknown option --dta (did you mean "--data"?) (see "linimasa --help")\n'});
	});

	it('suggests nothing for a name far from every one', async () => {
		const {stderr} = await runMain(['frobnicate']);
		expect(stderr).not.toContain('did you mean');
	});
});

describe('bad data exits 1 and names the file, the place and what was expected', () => {
	it('for a listing of a missing file', async () => {
		const result = await run(['events', '--data', 'no/such/dataset.json']);
		expect(result).toEqual({code: 1, stdout: '', stderr: 'linimasa: no/such/dataset.json: no such file\n'});
	});

	it('for invalid JSON, without a stack trace', async () => {
		const {code, stderr} = await run(['quotes', '--data', '-'], {input: '{"version": 1,'});
		expect(code).toBe(1);
		expect(stderr).toMatch(/^linimasa: <stdin>:1:\d+: invalid JSON: .+\n$/);
		expect(stderr).not.toMatch(STACK);
	});
});

describe('linimasa validate', () => {
	it('exits 0 with a one-line summary of counts for each valid dataset', async () => {
		const {code, stdout, stderr} = await run(['validate', EMBEDDED_DATASET, SECOND_DATASET]);
		expect({code, stderr}).toEqual({code: 0, stderr: ''});
		expect(lines(stdout)).toEqual([
			`${EMBEDDED_DATASET}: valid — 8 events, 19 entities (4 people, 8 organizations, 7 places), 4 quotes`,
			`${SECOND_DATASET}: valid — 4 events, 6 entities (2 people, 2 organizations, 2 places), 2 quotes`,
		]);
	});

	it('lists every error at once, with file, line, JSON path and expectation, and exits 1', async () => {
		const data = embeddedDatasetInline();
		data.events[1].end = '2025-04-31';
		data.events[2].place = 'atlantis';
		data.quotes[0].speaker = 'nobody';
		delete data.entities[0].name;
		const file = join(tempDir(), 'broken.json');
		writeFileSync(file, JSON.stringify(data, null, 2));
		const {code, stdout, stderr} = await run(['validate', file]);
		expect(code).toBe(1);
		expect(stderr).toBe(`linimasa: ${file} is not a valid dataset (4 errors)\n`);
		// Every error in one run: the schema's and the references', in the order of the file.
		const found = lines(stdout);
		expect(found.every((line) => line.startsWith(`${file}:`))).toBe(true);
		expect(found.map((line) => line.replace(/^.*?:\d+:\d+ /, ''))).toEqual([
			'$.entities[0].name: missing required field "name" (expected a string)',
			'$.events[1].end: "2025-04-31" is not a real calendar date',
			'$.events[2].place: unknown entity "atlantis" (expected the id of an entity in $.entities)',
			'$.quotes[0].speaker: unknown entity "nobody" (expected the id of an entity in $.entities)',
		]);

		data.entities[0].name = 'Meutya Hafid';
		writeFileSync(file, JSON.stringify(data, null, 2));
		const second = await run(['validate', file, '--json']);
		expect(second.code).toBe(1);
		const [report] = JSON.parse(second.stdout);
		expect(report).toMatchObject({file, valid: false});
		expect(report.errors.map((error: {path: string; message: string}) => `${error.path}: ${error.message}`)).toEqual([
			'$.events[1].end: "2025-04-31" is not a real calendar date',
			'$.events[2].place: unknown entity "atlantis" (expected the id of an entity in $.entities)',
			'$.quotes[0].speaker: unknown entity "nobody" (expected the id of an entity in $.entities)',
		]);
		for (const error of report.errors) expect(error).toMatchObject({file, line: expect.any(Number), column: expect.any(Number)});
	});

	it('reports an unreadable file among others and still checks the rest', async () => {
		const {code, stdout} = await run(['validate', 'missing.json', SECOND_DATASET]);
		expect(code).toBe(1);
		expect(lines(stdout)).toEqual(['missing.json: no such file', expect.stringContaining(`${SECOND_DATASET}: valid`)]);
	});
});
