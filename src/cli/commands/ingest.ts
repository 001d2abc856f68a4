/**
 * `linimasa ingest ARTICLE.txt [-o FILE]` writes a draft dataset read from an Indonesian news text;
 * `--score CURATED.json` measures the draft against a curated dataset of the same article (the
 * article is then optional: the curated one's text is used) and prints the figures.
 */
import type {DraftScore, KindScore} from '../../ingest/score.js';
import {toJson} from '../../interchange/json.js';
import {validateDatasetValue} from '../../model/load.js';
import {sanitizeInline} from '../../model/sanitize.js';
import {EXIT, failure, flag, FORCE_OPTION, OUTPUT_OPTION, stringOption, usageError, type Command} from '../command.js';
import {dataErrors, loadStory, readTextInput, writeOutput} from '../files.js';

const percent = (value: number) => value.toFixed(2);

/** The figures as an aligned table, then what was missed and what was extra. */
function formatScoreTable(score: DraftScore): string {
	const kinds = Object.entries(score) as [string, KindScore][];
	const header = ['', 'drafted', 'curated', 'matched', 'precision', 'recall', 'F1'];
	const rows = kinds.map(([kind, figures]) => [kind, String(figures.drafted), String(figures.curated), String(figures.matched), percent(figures.precision), percent(figures.recall), percent(figures.f1)]);
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
	const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ').trimEnd();
	const lists = kinds.flatMap(([kind, figures]) => [
		...(figures.missed.length > 0 ? [sanitizeInline(`missed ${kind}: ${figures.missed.join('; ')}`)] : []),
		...(figures.extra.length > 0 ? [sanitizeInline(`extra ${kind}: ${figures.extra.join('; ')}`)] : []),
	]);
	return [line(header), ...rows.map(line), ...(lists.length > 0 ? ['', ...lists] : [])].join('\n') + '\n';
}

export const ingestCommand: Command = {
	name: 'ingest',
	summary: 'draft a dataset from an Indonesian news text or saved page (dateline, dated events, quotes, entities)',
	usage: 'ingest ARTICLE.txt|PAGE.html [-o FILE] [--force] [--published DATE-TIME] | ingest [ARTICLE] --score CURATED.json [--json]',
	examples: [
		'linimasa ingest article.txt -o draft.json && linimasa validate draft.json',
		'linimasa ingest saved-page.html -o draft.json && linimasa --data draft.json',
		'linimasa ingest --score data/articles/komdigi-ai-asean-2025/dataset.json',
	],
	options: {
		output: OUTPUT_OPTION,
		force: FORCE_OPTION,
		published: {type: 'string', value: 'DATE-TIME', description: 'the publication date-time (2025-03-26T01:00+07:00); wins over the dateline or the page\'s metadata'},
		score: {type: 'string', value: 'CURATED', description: 'print precision and recall of the draft against a curated dataset of the article'},
		json: {type: 'boolean', description: 'with --score, print the figures as JSON'},
	},
	positionals: {min: 0, max: 1, name: 'ARTICLE'},
	async run({io, values, positionals}) {
		const scoreAgainst = stringOption(values, 'score');
		const [file] = positionals;
		if (file === undefined && scoreAgainst === undefined) throw usageError('ingest needs an article file, or --score CURATED.json (see "linimasa ingest --help")');
		if (flag(values, 'json') && scoreAgainst === undefined) throw usageError('--json goes with --score (see "linimasa ingest --help")');

		const curated = scoreAgainst === undefined ? undefined : (await loadStory(scoreAgainst, io)).story;
		const input = file === undefined ? {text: curated?.article.text ?? '', file: scoreAgainst ?? ''} : await readTextInput(file, io);
		// The rules and chrono-node's parsers load only for this command, not at every start.
		const [{ingestDocument, IngestError}, {scoreDraft}] = await Promise.all([import('../../ingest/ingest.js'), import('../../ingest/score.js')]);
		const published = stringOption(values, 'published');
		let draft;
		try {
			draft = ingestDocument(input.text, published === undefined ? {} : {published});
		} catch (error) {
			if (error instanceof IngestError) throw failure(`${input.file}: ${error.message}`);
			throw error;
		}
		// The draft is only as good as its validation: never write one the loader would refuse.
		const checked = validateDatasetValue(draft, {file: `the draft of ${input.file}`});
		if (!checked.ok) throw dataErrors(checked.errors);

		if (curated) {
			const output = stringOption(values, 'output');
			if (output !== undefined) writeOutput(toJson(draft), output, flag(values, 'force'), io);
			const score = scoreDraft(draft, curated);
			io.stdout.write(flag(values, 'json') ? toJson(score) : formatScoreTable(score));
		} else {
			writeOutput(toJson(draft), stringOption(values, 'output'), flag(values, 'force'), io);
		}
		return EXIT.ok;
	},
};
