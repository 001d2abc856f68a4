/**
 * `linimasa ingest ARTICLE.txt [-o FILE] [--force]` writes a draft dataset read from an Indonesian
 * news text; `--score CURATED.json` measures the draft against a curated dataset of the same
 * article (the article is then optional: the curated one's text is used) and prints the figures.
 */
import {writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {ingestArticle, IngestError} from '../../ingest/ingest.js';
import {scoreDraft, type DraftScore, type KindScore} from '../../ingest/score.js';
import {formatDatasetError} from '../../model/errors.js';
import {loadDatasetFile, readUtf8, validateDatasetValue} from '../../model/load.js';
import type {Story} from '../../model/story.js';
import type {Io} from '../io.js';

export interface IngestArgs {
	/** The article text file; optional with `score`, whose article is then used. */
	readonly file?: string;
	/** Where to write the draft; without it the draft goes to stdout (unless scoring). */
	readonly output?: string;
	/** Overwrite `output` if it exists. */
	readonly force?: boolean;
	/** A curated dataset of the same article to score the draft against. */
	readonly score?: string;
	/** Print the figures as JSON instead of a table. */
	readonly json?: boolean;
	/** The publication date-time, for a text without a dateline. */
	readonly published?: string;
}

const EXIT = {ok: 0, failure: 1, usage: 2} as const;

export const INGEST_USAGE = `usage: linimasa ingest ARTICLE.txt [-o FILE] [--force] [--published DATE-TIME]
       linimasa ingest [ARTICLE.txt] --score CURATED.json [--json]

Reads an Indonesian news text and writes a draft dataset (JSON, article text inline) that
\`linimasa validate\` accepts: the dateline, dated events, quotations with speakers, and entity
candidates, each anchored to the text. Without -o the draft is printed.
  -o, --output FILE   write the draft to FILE (never over an existing file without --force)
  -f, --force         overwrite FILE
  --published ISO     the publication date-time (2025-03-26T01:00+07:00) when there is no dateline
  --score CURATED     print precision and recall of the draft against a curated dataset
  --json              with --score, print the figures as JSON
`;

const HELP_HINT = '(see linimasa ingest --help)';
const percent = (value: number) => value.toFixed(2);

/** The figures as an aligned table, then what was missed and what was extra. */
export function formatScoreTable(score: DraftScore): string {
	const kinds = Object.entries(score) as [string, KindScore][];
	const header = ['', 'drafted', 'curated', 'matched', 'precision', 'recall', 'F1'];
	const rows = kinds.map(([kind, figures]) => [kind, String(figures.drafted), String(figures.curated), String(figures.matched), percent(figures.precision), percent(figures.recall), percent(figures.f1)]);
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
	const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ').trimEnd();
	const lists = kinds.flatMap(([kind, figures]) => [
		...(figures.missed.length > 0 ? [`missed ${kind}: ${figures.missed.join('; ')}`] : []),
		...(figures.extra.length > 0 ? [`extra ${kind}: ${figures.extra.join('; ')}`] : []),
	]);
	return [line(header), ...rows.map(line), ...(lists.length > 0 ? ['', ...lists] : [])].join('\n') + '\n';
}

function fail(io: Io, message: string, code: number = EXIT.failure): number {
	io.stderr.write(`linimasa: ${message}\n`);
	return code;
}

function loadCurated(path: string, io: Io): Story | number {
	const result = loadDatasetFile(resolve(io.cwd, path));
	if (result.ok) return result.story;
	for (const error of result.errors) io.stderr.write(`linimasa: ${formatDatasetError({...error, file: path})}\n`);
	return EXIT.failure;
}

/** Run `linimasa ingest`; resolves to the exit code. */
export async function runIngest(args: IngestArgs, io: Io): Promise<number> {
	if (args.file === undefined && args.score === undefined) return fail(io, `ingest needs an article file, or --score CURATED.json ${HELP_HINT}`, EXIT.usage);
	if (args.json && args.score === undefined) return fail(io, '--json goes with --score', EXIT.usage);

	const curated = args.score === undefined ? undefined : loadCurated(args.score, io);
	if (typeof curated === 'number') return curated;

	let text: string;
	const source = args.file ?? args.score ?? '';
	if (args.file !== undefined) {
		const read = readUtf8(resolve(io.cwd, args.file), args.file);
		if ('error' in read) return fail(io, `${args.file}: ${read.error.message}`);
		text = read.text;
	} else text = curated?.article.text ?? '';

	let draft;
	try {
		draft = ingestArticle(text, args.published === undefined ? {} : {published: args.published});
	} catch (error) {
		if (error instanceof IngestError) return fail(io, `${source}: ${error.message}`);
		throw error;
	}
	const checked = validateDatasetValue(draft, {file: args.output ?? 'draft'});
	if (!checked.ok) return fail(io, `the draft of ${source} does not validate: ${checked.errors.map(formatDatasetError).join('; ')}`);
	const json = `${JSON.stringify(draft, null, 2)}\n`;

	if (args.output !== undefined) {
		try {
			writeFileSync(resolve(io.cwd, args.output), json, {flag: args.force ? 'w' : 'wx'});
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EEXIST') return fail(io, `${args.output} already exists; add --force to overwrite it`);
			return fail(io, `${args.output}: cannot be written (${code ?? String(error)})`);
		}
	} else if (!curated) io.stdout.write(json);

	if (curated) {
		const score = scoreDraft(draft, curated);
		io.stdout.write(args.json ? `${JSON.stringify(score, null, 2)}\n` : formatScoreTable(score));
	}
	return EXIT.ok;
}

/** Parse `ingest`'s arguments and run it. */
export async function ingestFromArgv(argv: readonly string[], io: Io): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			options: {
				output: {type: 'string', short: 'o'},
				force: {type: 'boolean', short: 'f'},
				score: {type: 'string'},
				json: {type: 'boolean'},
				published: {type: 'string'},
				help: {type: 'boolean', short: 'h'},
			},
			allowPositionals: true,
			strict: true,
		});
	} catch (error) {
		return fail(io, `${(error instanceof Error ? error.message : String(error)).split('\n')[0]} ${HELP_HINT}`, EXIT.usage);
	}
	const {values, positionals} = parsed;
	if (values.help) {
		io.stdout.write(INGEST_USAGE);
		return EXIT.ok;
	}
	if (positionals.length > 1) return fail(io, `ingest reads one article at a time, got ${positionals.length} ${HELP_HINT}`, EXIT.usage);
	const [file] = positionals;
	return runIngest(
		{
			...(file === undefined ? {} : {file}),
			...(values.output === undefined ? {} : {output: values.output}),
			...(values.force ? {force: true} : {}),
			...(values.score === undefined ? {} : {score: values.score}),
			...(values.json ? {json: true} : {}),
			...(values.published === undefined ? {} : {published: values.published}),
		},
		io,
	);
}
