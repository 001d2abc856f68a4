/** `linimasa claims`: the sources' claims compared, disagreements first. */
import {outletOf} from '../../model/catalog.js';
import {DATE_MEASURE} from '../../model/schema.js';
import {publicationMoment} from '../../model/story.js';
import {formatClaimValue} from '../../model/claims.js';
import {claimGroupRecord, subjectName} from '../../interchange/records.js';
import {jsonArrayPieces} from '../../interchange/json.js';
import {writePieces} from '../../interchange/sink.js';
import {DATA_OPTION, EXIT, flag, JSON_OPTION, LANG_OPTION, stringOption, type Command} from '../command.js';
import {storyLanguage} from '../story-language.js';
import {sayLeftOut, writeTable} from '../listing.js';
import {openCatalog} from '../open-catalog.js';
import {outputTo, writeAll} from '../output.js';
import {paletteFor} from '../style.js';
import {singleSpaced} from '../../text/words.js';

/** Why `claims` lists nothing: no claims at all, or (with --disagreements) none on which the sources disagree. */
function nothingToList(compared: number): string {
	if (compared === 0) return 'this story has no claims to compare (a dataset lists them under "claims"; `linimasa ingest` drafts them from several articles)';
	return `no disagreements: the sources agree on all ${compared.toLocaleString('en-US')} claims compared`;
}

export const claimsCommand: Command = {
	name: 'claims',
	summary: 'compare the claims of the sources (counts, amounts, dates), disagreements first',
	usage: 'claims [--disagreements] [--data FILE] [--json] [--lang LANG]',
	examples: ['linimasa claims --data story.json', 'linimasa claims --disagreements --json --data story.json | jq \'.[] | {measure, values: [.values[].value]}\''],
	options: {
		disagreements: {type: 'boolean', description: 'only the claims on which sources disagree'},
		data: DATA_OPTION,
		json: JSON_OPTION,
		lang: LANG_OPTION,
	},
	positionals: {min: 0, max: 0},
	async run({io, values}) {
		const story = await openCatalog(stringOption(values, 'data'), io);
		const lang = storyLanguage(values, story, io);
		// Where sources disagree on a count, when each came out: an earlier count may be one a later story updated.
		const sourceLabel = (id: string, when: boolean) => {
			const article = story.articleById(id);
			return when && article ? `${article.outlet} (${publicationMoment(article, lang)})` : outletOf(story, id);
		};
		const comparison = story.claimComparison();
		// Disagreements come first, so those alone are the first ones.
		const disagreementsOnly = flag(values, 'disagreements');
		const groups = disagreementsOnly ? comparison.groups.slice(0, comparison.disagreements) : comparison.groups;
		// An empty listing says why on stderr, where a person reads it and a script's stdout stays empty.
		if (groups.length === 0 && !flag(values, 'json')) io.stderr.write(`linimasa: ${nothingToList(comparison.groups.length)}\n`);
		let leftOut: readonly string[] = [];
		await writeAll(outputTo(undefined, false, io), async (out) => {
			if (flag(values, 'json')) {
				await writePieces(out, jsonArrayPieces(groups.length, (index) => claimGroupRecord(story, groups[index]!, lang), 0));
				out.write('\n');
				return;
			}
			// A row per value: a disagreement shows its values one under the other, each with its sources' words.
			const rows = groups.flatMap((group) =>
				group.values.map((value, i) => ({group, value, first: i === 0})),
			);
			const palette = await paletteFor(io);
			leftOut = await writeTable(
				[{header: 'SUBJECT', flex: true, names: true}, {header: 'MEASURE'}, {header: 'SOURCES', whole: true}, {header: 'VALUE', whole: true}, {header: 'WORDS', flex: true, wrap: true}],
				{
					count: rows.length,
					row: (index) => {
						const {group, value, first} = rows[index]!;
						const mark = group.agree ? (group.articles.length > 1 ? 'agree' : 'one') : palette.warning('DISAGREE');
						return [
							first ? subjectName(story, group.subject, lang) : '',
							first ? group.measure : '',
							first ? mark : '',
							group.agree ? formatClaimValue(value.value, value.unit, lang) : palette.warning(formatClaimValue(value.value, value.unit, lang)),
							value.sources.map((source) => `${sourceLabel(source.article, !group.agree && group.measure !== DATE_MEASURE)} “${singleSpaced(source.evidence.exact)}”`).join('; '),
						];
					},
				},
				io,
				palette,
				out,
			);
		});
		sayLeftOut(io, leftOut);
		return EXIT.ok;
	},
};
