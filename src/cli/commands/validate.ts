/**
 * `linimasa validate FILE…`: check datasets. A valid one gets a one-line summary of what it holds;
 * an invalid one, every error found (file, line:column and JSON path, what was expected), and the
 * exit status 1. The report goes to stdout, since it is what was asked for.
 */
import {resolve} from 'node:path';
import type {Catalog} from '../../model/catalog.js';
import {count} from '../../model/count.js';
import {formatDatasetError, type DatasetError} from '../../model/errors.js';
import {sanitizeInline} from '../../model/sanitize.js';
import {catalogOf} from '../../model/story-catalog.js';
import type {OpenOutcome} from '../../store/open.js';
import {toJson} from '../../interchange/json.js';
import {EXIT, flag, type Command} from '../command.js';
import {loadDataset, openDatasetFile, STDIN_NAME} from '../files.js';
import type {Io} from '../io.js';


interface Counts {
	readonly events: number;
	readonly entities: number;
	readonly people: number;
	readonly organizations: number;
	readonly places: number;
	readonly quotes: number;
	readonly articles: number;
	readonly claims: number;
	/** Claim groups on which the sources disagree. */
	readonly disagreements: number;
}

function countsOf(story: Catalog): Counts {
	const types = new Map<string, number>();
	for (let i = 0; i < story.entities.length; i++) {
		const type = story.entities.at(i)!.type;
		types.set(type, (types.get(type) ?? 0) + 1);
	}
	const ofType = (type: string) => types.get(type) ?? 0;
	return {
		events: story.events.length,
		entities: story.entities.length,
		people: ofType('person'),
		organizations: ofType('organization'),
		places: ofType('place'),
		quotes: story.quotes.length,
		articles: story.articles.length,
		claims: story.claims.length,
		disagreements: story.claimComparison().disagreements,
	};
}

/**
 * A dataset file checked as every command opens it: a current store says it was checked (and is
 * unchanged since); else it is checked record by record into one; what the store refuses is loaded
 * whole, which names every error. Standard input is loaded whole.
 */
async function checked(path: string, io: Io): Promise<OpenOutcome> {
	if (path !== '-') return openDatasetFile(resolve(io.cwd, path), path, io);
	const result = await loadDataset(path, io);
	return result.ok ? {ok: true, catalog: catalogOf(result.story), how: 'whole'} : result;
}

function summary(file: string, c: Counts): string {
	const kinds = `${count(c.people, 'person', 'people')}, ${count(c.organizations, 'organization')}, ${count(c.places, 'place')}`;
	// A story of one article without claims is summed up as it always was.
	const articles = c.articles > 1 ? `${count(c.articles, 'article')}, ` : '';
	const claims = c.claims > 0 ? `, ${count(c.claims, 'claim')} (${count(c.disagreements, 'disagreement')})` : '';
	return `${file}: valid — ${articles}${count(c.events, 'event')}, ${count(c.entities, 'entity', 'entities')} (${kinds}), ${count(c.quotes, 'quote')}${claims}`;
}

type Report = {readonly file: string; readonly valid: true; readonly counts: Counts} | {readonly file: string; readonly valid: false; readonly errors: readonly DatasetError[]};

export const validateCommand: Command = {
	name: 'validate',
	summary: 'check datasets against the format, their references and their anchors',
	usage: 'validate FILE... [--json]',
	examples: ['linimasa validate my-story/dataset.json', 'linimasa import --format timelinejs timeline.json | linimasa validate -'],
	options: {json: {type: 'boolean', description: 'print one JSON array of {file, valid, counts | errors}'}},
	positionals: {min: 1, max: Infinity, name: 'FILE (a dataset to check, or "-" for stdin)'},
	async run({io, values, positionals}) {
		const reports: Report[] = [];
		for (const path of positionals) {
			const result = await checked(path, io);
			const file = path === '-' ? STDIN_NAME : path;
			reports.push(result.ok ? {file, valid: true, counts: countsOf(result.catalog)} : {file, valid: false, errors: result.errors});
		}
		if (flag(values, 'json')) {
			io.stdout.write(toJson(reports));
		} else {
			for (const report of reports) {
				const lines = report.valid ? [summary(report.file, report.counts)] : report.errors.map(formatDatasetError);
				io.stdout.write(lines.map((line) => `${sanitizeInline(line)}\n`).join(''));
			}
		}
		const invalid = reports.filter((report) => !report.valid);
		for (const report of invalid) {
			if (!report.valid) io.stderr.write(`linimasa: ${sanitizeInline(report.file)} is not a valid dataset (${count(report.errors.length, 'error')})\n`);
		}
		return invalid.length > 0 ? EXIT.failure : EXIT.ok;
	},
};
