/**
 * What a command is: a name, a one-line summary, its usage with examples, its options (which both
 * drive node:util parseArgs and print the help), and a run function over parsed values. Failures
 * are thrown as CliError and turned into one line on stderr and an exit code by main.
 */
import type {SIGNAL_EXIT_STATUS} from '../platform/terminal.js';
import type {Io} from './io.js';
import {nearestName} from '../model/known-keys.js';

export const EXIT = {ok: 0, failure: 1, usage: 2} as const;
/** 0, 1 or 2; or 128 + n for a program stopped by signal n while it worked (SIGNAL_EXIT_STATUS). */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT] | (typeof SIGNAL_EXIT_STATUS)[keyof typeof SIGNAL_EXIT_STATUS];

/** One option, as parseArgs reads it and as --help shows it. */
export interface OptionSpec {
	readonly type: 'string' | 'boolean';
	readonly short?: string;
	/** The placeholder of a string option's value in the help ("FILE"). */
	readonly value?: string;
	readonly description: string;
}

export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export interface CommandContext {
	readonly io: Io;
	readonly values: OptionValues;
	readonly positionals: readonly string[];
}

export interface Command {
	/** The word after `linimasa`; empty for the default command (the explorer). */
	readonly name: string;
	readonly summary: string;
	/** Usage after "linimasa ", e.g. "events [--data FILE] [--json]". */
	readonly usage: string;
	/** Whole command lines, each one an example a person can paste. */
	readonly examples: readonly string[];
	readonly options: Readonly<Record<string, OptionSpec>>;
	/** How many positional arguments it takes, and what they are called in messages. */
	readonly positionals: {readonly min: number; readonly max: number; readonly name?: string};
	run(context: CommandContext): Promise<number>;
}

/** A failure a person can act on: said in one line, ending the program with its exit code. */
export class CliError extends Error {
	constructor(
		message: string,
		readonly exitCode: ExitCode,
	) {
		super(message);
	}
}

/** A mistake in how the command was called (exit 2). */
export const usageError = (message: string) => new CliError(message, EXIT.usage);

/** Bad data or a runtime failure (exit 1). */
export const failure = (message: string) => new CliError(message, EXIT.failure);

/** A string option's value, if given. */
export function stringOption(values: OptionValues, name: string): string | undefined {
	const value = values[name];
	return typeof value === 'string' ? value : undefined;
}

/** Whether a boolean option was given. */
export function flag(values: OptionValues, name: string): boolean {
	return values[name] === true;
}

/** A string option that must be one of `choices`. */
export function choiceOption<C extends string>(values: OptionValues, name: string, choices: readonly C[], aliases: Readonly<Record<string, C>> = {}): C | undefined {
	const value = stringOption(values, name);
	if (value === undefined) return undefined;
	if ((choices as readonly string[]).includes(value)) return value as C;
	if (Object.hasOwn(aliases, value)) return aliases[value];
	const also = Object.keys(aliases);
	const nearest = nearestName(value, [...choices, ...also]);
	const hint = nearest === undefined ? '' : `; did you mean "${nearest}"?`;
	throw usageError(`--${name} must be one of ${choices.join(', ')}${also.length > 0 ? ` (or ${also.join(', ')})` : ''} (got "${value}")${hint}`);
}

export const DATA_OPTION: OptionSpec = {
	type: 'string',
	short: 'd',
	value: 'FILE',
	description: 'the dataset to read ("-" for stdin); default: the embedded article',
};
export const JSON_OPTION: OptionSpec = {type: 'boolean', description: 'print one JSON array instead of text'};
export const LANG_OPTION: OptionSpec = {
	type: 'string',
	short: 'l',
	value: 'LANG',
	description: 'language of titles, summaries and glosses (e.g. en); default: the article\'s',
};
export const OUTPUT_OPTION: OptionSpec = {type: 'string', short: 'o', value: 'FILE', description: 'write to FILE instead of stdout'};
export const FORCE_OPTION: OptionSpec = {type: 'boolean', description: 'let -o replace an existing file'};
export const HELP_OPTION: OptionSpec = {type: 'boolean', short: 'h', description: 'show this help'};

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** The --lang value (checked to look like a language tag), else `fallback`. */
export function languageOption(values: OptionValues, fallback: string): string {
	const lang = stringOption(values, 'lang');
	if (lang === undefined) return fallback;
	if (!LANGUAGE_TAG.test(lang)) throw usageError(`--lang wants a language tag such as en or id (got "${lang}")`);
	return lang;
}
