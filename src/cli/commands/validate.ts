/**
 * `linimasa validate FILE…`: check datasets. A valid one gets a one-line summary of what it holds;
 * an invalid one, every error found (file, line:column and JSON path, what was expected), and the
 * exit status 1. The report goes to stdout, since it is what was asked for.
 */
import {resolve} from 'node:path';
import {count} from '../../model/count.js';
import {errorCount, formatDatasetError, type DatasetError} from '../../model/errors.js';
import {sanitizeInline} from '../../model/sanitize.js';
import {catalogCounts, type DatasetCounts} from '../../model/dataset-counts.js';
import {cacheDir, reopenDataset} from '../../store/reopen.js';
import {toJson} from '../../interchange/json.js';
import {EXIT, flag, type Command} from '../command.js';
import {STDIN_NAME, type Io} from '../io.js';
import type {Checked} from './checked-file.js';

/** The checking of a file without a current store, imported only for one: see checked-file.ts. */
const fileChecking = () => import('./checked-file.js');

/**
 * A dataset checked: a current store says it was checked (and is unchanged since); else its
 * records are checked as they stream in, on every core, without building a store; what the stream
 * refuses is loaded whole, which names every error. Standard input is saved to a file and checked
 * as one (its textFile read from the working folder).
 */
async function checked(path: string, io: Io): Promise<Checked> {
	if (path === '-') return (await fileChecking()).checkedStdin(io);
	const absolute = resolve(io.cwd, path);
	const reopened = reopenDataset(absolute, path, cacheDir(io.env));
	return reopened ? {ok: true, counts: catalogCounts(reopened)} : (await fileChecking()).checkedFile(absolute, path, io);
}

function summary(file: string, c: DatasetCounts): string {
	const kinds = `${count(c.people, 'person', 'people')}, ${count(c.organizations, 'organization')}, ${count(c.places, 'place')}`;
	// A story of one article without claims is summed up as it always was.
	const articles = c.articles > 1 ? `${count(c.articles, 'article')}, ` : '';
	const claims = c.claims > 0 ? `, ${count(c.claims, 'claim')} (${count(c.disagreements, 'disagreement')})` : '';
	return `${file}: valid — ${articles}${count(c.events, 'event')}, ${count(c.entities, 'entity', 'entities')} (${kinds}), ${count(c.quotes, 'quote')}${claims}`;
}

type Report = {readonly file: string; readonly valid: true; readonly counts: DatasetCounts} | {readonly file: string; readonly valid: false; readonly errors: readonly DatasetError[]};

export const validateCommand: Command = {
	name: 'validate',
	summary: 'check datasets against the format, their references and their anchors',
	usage: 'validate FILE... [--json]',
	examples: ['linimasa validate my-story/dataset.json', 'linimasa import --format timelinejs timeline.json | linimasa validate -'],
	options: {json: {type: 'boolean', description: 'print one JSON array of {file, valid, counts | errors and errorCount}'}},
	positionals: {min: 1, max: Infinity, name: 'FILE (a dataset to check, or "-" for stdin)'},
	async run({io, values, positionals}) {
		const reports: Report[] = [];
		for (const path of positionals) {
			const result = await checked(path, io);
			const file = path === '-' ? STDIN_NAME : path;
			reports.push(result.ok ? {file, valid: true, counts: result.counts} : {file, valid: false, errors: result.errors});
		}
		if (flag(values, 'json')) {
			// An invalid file's errors are listed up to a hundred: errorCount says how many there are in all.
			io.stdout.write(toJson(reports.map((report) => (report.valid ? report : {...report, errorCount: errorCount(report.errors)}))));
		} else {
			for (const report of reports) {
				const lines = report.valid ? [summary(report.file, report.counts)] : report.errors.map(formatDatasetError);
				io.stdout.write(lines.map((line) => `${sanitizeInline(line)}\n`).join(''));
			}
		}
		const invalid = reports.filter((report) => !report.valid);
		for (const report of invalid) {
			if (!report.valid) io.stderr.write(`linimasa: ${sanitizeInline(report.file)} is not a valid dataset (${count(errorCount(report.errors), 'error')})\n`);
		}
		return invalid.length > 0 ? EXIT.failure : EXIT.ok;
	},
};
