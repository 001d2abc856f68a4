/**
 * `linimasa ingest ARTICLE.txt [-o FILE]` writes a draft dataset read from an Indonesian news text;
 * several articles (`ingest A.txt B.html …`) make one draft story, merged across them (`--explain`
 * prints what was merged and why). `--score CURATED.json` measures the draft against a curated
 * dataset of the same article (the article is then optional: the curated one's text is used) or
 * story, and prints the figures.
 */
import type {DraftScore, KindScore} from '../../ingest/score.js';
import type {StoryScore} from '../../ingest/storyScore.js';
import type {DatasetFile, DatasetFileV1} from '../../model/schema.js';
import {toJson} from '../../interchange/json.js';
import {isDatasetShaped, isTimelineJs, startsAsJson, validateDatasetValue, type ExpectedFile} from '../../model/load.js';
import {sanitizeInline} from '../../model/sanitize.js';
import {EXIT, failure, flag, FORCE_OPTION, OUTPUT_OPTION, stringOption, usageError, type Command} from '../command.js';
import {dataErrors, loadStory, readTextInput, writeOutput} from '../files.js';
import {decodeDeclared} from '../../ingest/charset.js';

const percent = (value: number) => value.toFixed(2);

/** The figures as an aligned table, then what was missed and what was extra. */
function formatScoreTable(score: DraftScore | Readonly<Record<string, KindScore>>): string {
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

/** A story's figures: each source, the merged story, what several sources share, and the claims. */
function formatStoryScore(score: StoryScore): string {
	const sections: [string, Record<string, KindScore>][] = [
		...Object.entries(score.sources).map(([article, figures]) => [`source ${article}`, {...figures}] as [string, Record<string, KindScore>]),
		['merged story', {...score.merged}],
		['in several sources', {...score.multiSource}],
		['claims', {found: score.claims.claims, agreeing: score.claims.agreeing, disagreeing: score.claims.disagreeing}],
	];
	return sections.map(([title, figures]) => `${title}\n${formatScoreTable(figures)}`).join('\n');
}

/** What ingest reads: an article, as text or a saved page (in the charset it declares, as a browser reads it). */
const ARTICLE_INPUT: ExpectedFile = {what: "an article's text or a saved page (.txt, .html)", declaredEncoding: decodeDeclared};

/**
 * Why a file is not an article to draft from, when it is JSON: a dataset (or a TimelineJS file) read as
 * text would be drafted into nonsense ("Start", "Value" as events) with nothing said.
 */
function notAnArticle(text: string): string | undefined {
	if (!startsAsJson(text)) return undefined;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (isTimelineJs(value)) return 'is a TimelineJS file, not an article: convert it with `linimasa import -f timelinejs FILE -o dataset.json`';
	return isDatasetShaped(value) ? 'is a linimasa dataset already, not an article: open it with --data, or score a draft against it with --score' : "is JSON, not an article's text or a saved page";
}

export const ingestCommand: Command = {
	name: 'ingest',
	summary: 'draft a dataset from Indonesian news texts or saved pages (dateline, dated events, quotes, entities; several make one story)',
	usage: 'ingest ARTICLE.txt|PAGE.html… [-o FILE] [--force] [--published DATE-TIME] [--explain] | ingest [ARTICLE…] --score CURATED.json [--json]',
	examples: [
		'linimasa ingest article.txt -o draft.json && linimasa validate draft.json',
		'linimasa ingest saved-page.html -o draft.json && linimasa --data draft.json',
		'linimasa ingest --score data/articles/komdigi-ai-asean-2025/dataset.json',
		'linimasa ingest a.txt b.txt c.html -o story.json --explain',
	],
	options: {
		output: OUTPUT_OPTION,
		force: FORCE_OPTION,
		published: {type: 'string', value: 'DATE-TIME', description: 'the publication date-time (2025-03-26T01:00+07:00); wins over the dateline or the page\'s metadata'},
		score: {type: 'string', value: 'CURATED', description: 'print precision and recall of the draft against a curated dataset of the article'},
		json: {type: 'boolean', description: 'with --score, print the figures as JSON'},
		explain: {type: 'boolean', description: 'with several articles, print on stderr what was merged across them and why'},
	},
	positionals: {min: 0, max: 100, name: 'ARTICLE'},
	async run({io, values, positionals}) {
		const scoreAgainst = stringOption(values, 'score');
		if (positionals.length === 0 && scoreAgainst === undefined) throw usageError('ingest needs an article file, or --score CURATED.json (see "linimasa ingest --help")');
		if (flag(values, 'json') && scoreAgainst === undefined) throw usageError('--json goes with --score (see "linimasa ingest --help")');
		if (flag(values, 'explain') && positionals.length < 2) throw usageError('--explain goes with several articles: it says what was merged across them');
		if (stringOption(values, 'published') !== undefined && positionals.length > 1) throw usageError('--published goes with one article: each of several is dated by its own dateline or page');

		const curated = scoreAgainst === undefined ? undefined : await loadStory(scoreAgainst, io);
		const inputs = positionals.length === 0 ? [{text: curated?.story.article.text ?? '', file: scoreAgainst ?? ''}] : await Promise.all(positionals.map((file) => readTextInput(file, io, ARTICLE_INPUT)));
		for (const input of positionals.length > 0 ? inputs : []) {
			const json = notAnArticle(input.text);
			if (json) throw failure(`${input.file}: ${json}`);
		}
		// The rules and chrono-node's parsers load only for this command, not at every start.
		const [{ingestDocument, IngestError, NO_DATELINE, UndatedError}, {scoreDraft}] = await Promise.all([import('../../ingest/ingest.js'), import('../../ingest/score.js')]);
		const published = stringOption(values, 'published');
		const undated: string[] = [];
		const drafts: DatasetFileV1[] = inputs.flatMap((input) => {
			try {
				return [ingestDocument(input.text, published === undefined ? {} : {published})];
			} catch (error) {
				// Of several articles, every undated one is named at once: --published cannot date one of them.
				if (error instanceof UndatedError && inputs.length > 1) {
					undated.push(input.file);
					return [];
				}
				if (error instanceof IngestError) throw failure(`${input.file}: ${error.message}`);
				throw error;
			}
		});
		if (undated.length > 0) {
			throw failure(`${undated.join(', ')}: ${NO_DATELINE}; with several articles, --published dates none of them: print each one's date-time under its headline, such as "Rabu, 14 Mei 2025 - 18:20 WIB"`);
		}
		let draft: DatasetFile = drafts[0] as DatasetFileV1;
		if (drafts.length > 1) {
			const {articleIds, mergeDrafts} = await import('../../ingest/storyMerge.js');
			const ids = articleIds(inputs.map((input) => input.file));
			const story = mergeDrafts(drafts.map((one, i) => ({id: ids[i] ?? `artikel-${i + 1}`, draft: one})));
			draft = story.dataset;
			if (flag(values, 'explain')) io.stderr.write(story.notes.map((note) => `${sanitizeInline(note)}\n`).join(''));
		}
		// The draft is only as good as its validation: never write one the loader would refuse.
		const label = inputs.length === 1 ? `the draft of ${inputs[0]?.file ?? ''}` : 'the draft story';
		const checked = validateDatasetValue(draft, {file: label});
		if (!checked.ok) throw dataErrors(checked.errors);

		if (curated) {
			const output = stringOption(values, 'output');
			if (output !== undefined) writeOutput(toJson(draft), output, flag(values, 'force'), io);
			if (draft.version === 2) {
				if (curated.data.version !== 2) throw usageError('several articles are scored against a curated story (a version-2 dataset)');
				const {scoreStory} = await import('../../ingest/storyScore.js');
				const score = scoreStory(draft, curated.data);
				io.stdout.write(flag(values, 'json') ? toJson(score) : formatStoryScore(score));
			} else {
				const score = scoreDraft(draft, curated.story);
				io.stdout.write(flag(values, 'json') ? toJson(score) : formatScoreTable(score));
			}
		} else {
			writeOutput(toJson(draft), stringOption(values, 'output'), flag(values, 'force'), io);
		}
		return EXIT.ok;
	},
};
