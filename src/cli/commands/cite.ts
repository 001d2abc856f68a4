/**
 * `linimasa cite`: quotes with their citations, as the explorer's `Y` copies them, for a person to
 * paste into a piece (`linimasa cite q-ai-centre | pbcopy`) or a script to read (`--json`).
 */
import {idsOf} from '../../model/catalog.js';
import {citation} from '../../model/citation.js';
import {nearestName} from '../../model/known-keys.js';
import {exportWords} from '../../interchange/words.js';
import {toJson} from '../../interchange/json.js';
import {DATA_OPTION, EXIT, flag, JSON_OPTION, LANG_OPTION, stringOption, usageError, type Command} from '../command.js';
import {openCatalog} from '../open-catalog.js';
import {storyLanguage} from '../story-language.js';

export const citeCommand: Command = {
	name: 'cite',
	summary: 'print quotes with their citations as the explorer copies them (Y): who, when said, where it ran',
	usage: 'cite QUOTE-ID… [--data FILE] [--lang LANG] [--json]',
	examples: ['linimasa cite q-ai-centre', 'linimasa cite q-talent-target --lang en', "linimasa quotes --json | jq -r '.[].id' | xargs linimasa cite"],
	options: {data: DATA_OPTION, json: JSON_OPTION, lang: LANG_OPTION},
	positionals: {min: 1, max: Infinity, name: 'QUOTE-ID'},
	async run({io, values, positionals}) {
		const story = await openCatalog(stringOption(values, 'data'), io);
		const lang = storyLanguage(values, story, io);
		const quotes = positionals.map((id) => {
			const quote = story.quoteById(id);
			if (quote) return quote;
			// A wrong id is the call's mistake: nothing is printed, so no citation is pasted half done.
			const near = nearestName(id, idsOf(story.quotes));
			throw usageError(`no quote "${id}" in ${story.source}${near === undefined ? ' (see "linimasa quotes" for their ids)' : `; did you mean "${near}"?`}`);
		});
		const words = exportWords(lang).citation;
		const cited = quotes.map((quote) => ({id: quote.id, citation: citation(story, quote, lang, words)}));
		io.stdout.write(flag(values, 'json') ? toJson(cited) : `${cited.map((each) => each.citation).join('\n\n')}\n`);
		return EXIT.ok;
	},
};
