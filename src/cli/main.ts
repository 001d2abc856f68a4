/**
 * The command line: `linimasa [--data FILE]` opens the explorer (or prints the timeline when
 * piped); subcommands give the same data to scripts. One parser (node:util parseArgs, strict) reads
 * every command's options from its command object. Exit codes: 0 ok, 1 bad data or a runtime
 * failure, 2 a usage error; a failure is said on stderr, one line per problem, never a stack trace.
 */
import {parseArgs} from 'node:util';
import {nearestName} from '../model/known-keys.js';
import {sanitizeInline} from '../model/sanitize.js';
import {CliError, EXIT, HELP_OPTION, usageError, type Command, type OptionSpec, type OptionValues} from './command.js';
import {COMMANDS, EXPLORE, loadAll, type CommandEntry} from './commands/index.js';
import type {Io} from './io.js';

export {EXIT};

type ParseConfig = Record<string, {type: 'string' | 'boolean'; short?: string}>;

function parseConfig(options: Readonly<Record<string, OptionSpec>>): ParseConfig {
	const config: ParseConfig = {};
	for (const [name, spec] of Object.entries(options)) config[name] = {type: spec.type, ...(spec.short ? {short: spec.short} : {})};
	return config;
}

/** ` (did you mean "events"?)` when `name` is a slip of one of `known`, else nothing. */
function suggestion(name: string, known: readonly string[], prefix = ''): string {
	const near = nearestName(name, known);
	return near === undefined ? '' : ` (did you mean "${prefix}${near}"?)`;
}

/** parseArgs's messages run to several sentences; say the same in a few words. */
function describeParseError(error: Error & {code?: unknown}, optionNames: readonly string[]): string {
	const option = /'(-[^' ,]+)(?:, (--[^' ]+))?/.exec(error.message);
	const name = option?.[2] ?? option?.[1] ?? 'an option';
	switch (error.code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			// A long option may be a slip of a known one; a short one is a single letter, too short to guess from.
			return `unknown option ${name}${name.startsWith('--') ? suggestion(name.slice(2), optionNames, '--') : ''}`;
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return /does not take an argument/.test(error.message) ? `option ${name} takes no value` : `option ${name} needs a value`;
		default:
			return error.message.split(/\.\s/)[0] ?? error.message;
	}
}

function parse(command: Command, args: readonly string[]): {values: OptionValues; positionals: string[]} {
	const seeHelp = `(see "linimasa ${command.name ? `${command.name} ` : ''}--help")`;
	const options = {...command.options, help: HELP_OPTION};
	let parsed;
	try {
		parsed = parseArgs({args: [...args], options: parseConfig(options), strict: true, allowPositionals: true});
	} catch (error) {
		if (error instanceof Error && 'code' in error) throw usageError(`${describeParseError(error, Object.keys(options))} ${seeHelp}`);
		throw error;
	}
	const {values, positionals} = parsed;
	if (values.help) return {values, positionals};
	const {min, max, name} = command.positionals;
	if (positionals.length > max) {
		const extra = positionals[max]!;
		const misplaced = command.name === EXPLORE.name && COMMANDS.some((other) => other.name === extra);
		throw usageError(misplaced ? `the command comes first: linimasa ${extra} ${args.filter((arg) => arg !== extra).join(' ')}`.trimEnd() : `unexpected argument "${extra}" ${seeHelp}`);
	}
	if (positionals.length < min) throw usageError(`missing ${name ?? 'argument'} ${seeHelp}`);
	return {values, positionals};
}

/** The help module, imported when help is asked for: it measures text with string-width, slow to load. */
const help = () => import('./help.js');

async function overview(): Promise<string> {
	return (await help()).overviewHelp(await EXPLORE.load(), await loadAll());
}

async function runCommand(entry: CommandEntry, args: readonly string[], io: Io): Promise<number> {
	const command = await entry.load();
	const {values, positionals} = parse(command, args);
	if (values.help === true) {
		io.stdout.write(entry === EXPLORE ? await overview() : (await help()).commandHelp(command));
		return EXIT.ok;
	}
	return command.run({io, values, positionals});
}

function findCommand(name: string): CommandEntry {
	const command = COMMANDS.find((candidate) => candidate.name === name);
	if (command) return command;
	const names = COMMANDS.map((c) => c.name);
	throw usageError(`unknown command "${name}"${suggestion(name, names)}; the commands are ${names.join(', ')} (see "linimasa --help")`);
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
	const [first, ...rest] = argv;
	if (first === 'help') {
		io.stdout.write(rest[0] === undefined ? await overview() : (await help()).commandHelp(await findCommand(rest[0]).load()));
		return EXIT.ok;
	}
	if (first !== undefined && first !== '-' && !first.startsWith('-')) return runCommand(findCommand(first), rest, io);
	return runCommand(EXPLORE, argv, io);
}

function report(error: unknown, io: Io): number {
	if (error instanceof CliError) {
		for (const line of error.message.split('\n')) io.stderr.write(`linimasa: ${sanitizeInline(line)}\n`);
		return error.exitCode;
	}
	const message = error instanceof Error ? error.message : String(error);
	io.stderr.write(`linimasa: internal error: ${sanitizeInline(message)}\n`);
	if (io.env.LINIMASA_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
	return EXIT.failure;
}

/** Run the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
	try {
		return await dispatch(argv, io);
	} catch (error) {
		return report(error, io);
	}
}
