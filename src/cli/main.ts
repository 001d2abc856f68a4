/**
 * The command line: `linimasa [--data FILE]` opens the explorer (or prints the timeline when
 * piped); subcommands give the same data to scripts. Exit codes: 0 ok, 1 bad data or a runtime
 * failure, 2 a usage error.
 */
import {parseArgs} from 'node:util';
import {formatDatasetError} from '../model/errors.js';
import {embeddedDatasetPath} from '../model/embedded.js';
import {loadDatasetFile} from '../model/load.js';
import {datasetJsonSchema} from '../model/schema.js';
import type {Story} from '../model/story.js';
import {formatSpan} from '../model/dates.js';
import type {Io} from './io.js';
import {ingestFromArgv} from './commands/ingest.js';

export const EXIT = {ok: 0, failure: 1, usage: 2} as const;

function loadOrReport(path: string | undefined, io: Io): Story | undefined {
	const result = loadDatasetFile(path ?? embeddedDatasetPath());
	if (result.ok) return result.story;
	for (const error of result.errors) io.stderr.write(`linimasa: ${formatDatasetError(error)}\n`);
	return undefined;
}

function printTimeline(story: Story, io: Io): void {
	const lang = story.article.language;
	for (const event of story.events) {
		io.stdout.write(`${formatSpan(event.start, event.end, lang)}\t${event.title[lang] ?? Object.values(event.title)[0]}\n`);
	}
}

/** Run the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
	if (argv[0] === 'ingest') return ingestFromArgv(argv.slice(1), io);
	const {values, positionals} = parseArgs({
		args: [...argv],
		options: {data: {type: 'string'}},
		allowPositionals: true,
	});
	if (positionals[0] === 'schema') {
		io.stdout.write(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
		return EXIT.ok;
	}
	const story = loadOrReport(values.data, io);
	if (!story) return EXIT.failure;
	// A person at a terminal gets the explorer; a pipe or a script gets the timeline as text.
	if (io.stdoutIsTTY && io.stdinIsTTY && io.openExplorer) return io.openExplorer(story);
	printTimeline(story, io);
	return EXIT.ok;
}
