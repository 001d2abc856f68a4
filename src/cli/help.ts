/**
 * Help text, made from the command objects themselves, so an option cannot exist without its line
 * in the help and the help cannot describe an option that does not exist.
 */
import {widthOf} from '../text/fit.js';
import {HELP_OPTION, type Command, type OptionSpec} from './command.js';
import {VERSION} from '../model/version.js';

function optionLines(commandOptions: Readonly<Record<string, OptionSpec>>): string[] {
	const options = {...commandOptions, help: HELP_OPTION};
	const left = Object.entries(options).map(([name, spec]) => {
		const short = spec.short ? `-${spec.short}, ` : '    ';
		return `${short}--${name}${spec.value ? ` ${spec.value}` : ''}`;
	});
	const width = Math.max(...left.map((text) => widthOf(text)));
	return Object.values(options).map((spec, i) => `  ${left[i]!.padEnd(width)}  ${spec.description}`);
}

/** The options and examples sections a command's help and the overview share. */
function optionsAndExamples(command: Command): string[] {
	return ['Options:', ...optionLines(command.options), '', 'Examples:', ...command.examples.map((example) => `  ${example}`), ''];
}

/** The help of one command: what it does, its usage, its options and examples. */
export function commandHelp(command: Command): string {
	return [
		`linimasa ${command.name} — ${command.summary}`,
		'',
		`Usage: linimasa ${command.usage}`,
		'',
		...optionsAndExamples(command),
	].join('\n');
}

/** The program's help: the default command's usage, every command in one line, and examples. */
export function overviewHelp(explore: Command, commands: readonly Command[]): string {
	const width = Math.max(...commands.map((command) => command.name.length));
	return [
		`linimasa ${VERSION} — ${explore.summary}`,
		'',
		`Usage: linimasa ${explore.usage}`,
		'       linimasa COMMAND [OPTIONS]',
		'',
		'Commands:',
		...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
		'',
		...optionsAndExamples(explore),
		'Run "linimasa COMMAND --help" for a command\'s options and examples.',
		'Exit status: 0 ok, 1 bad data or a runtime failure, 2 a usage error.',
		'',
	].join('\n');
}
