/**
 * The status line after a copy, and its shorter forms for narrow screens. What gives way, in order:
 * the quote's first words (a word at a time, then all of them), then how the text went (its
 * channel's name alone, then nothing), then the word "quote" and which of several it was. That it
 * was copied (and with attribution or not), whose quote and how long it is stay whole.
 */
import {codePointLength} from '../model/codepoints.js';
import type {ClipboardProblem} from '../platform/clipboard-problems.js';
import {openingWords} from '../state/reducer.js';
import type {Status} from '../state/state.js';
import {counted, type CopiedQuote, type Strings} from '../state/strings/index.js';

/** What copying achieved, for the status line (the clipboard module's result is one). */
export interface CopyOutcome {
	readonly ok: boolean;
	/** How it was delivered ("sent to the terminal (OSC 52)"), or why nothing could take it ("No clipboard: …"). */
	readonly message: string;
	/** The channels that took it ("osc52", "xclip"), to say so in the screen's language; else `message` is shown. */
	readonly via?: readonly string[];
	/** Why each channel failed, when none took it. */
	readonly problems?: readonly ClipboardProblem[];
}

/** A channel by its name alone, as a narrow line says it: "OSC 52", "xclip". */
const channelName = (channel: string) => (channel === 'osc52' ? 'OSC 52' : channel);

/** The quote's first words, then fewer of them, a word at a time: "Kerja sama di bidang…", "Kerja sama di…", …, "Kerja…". */
function shrinkingOpenings(opening: string): string[] {
	const words = opening.replace(/…$/u, '');
	const count = words.trim().split(/\s+/u).length;
	return [opening, ...Array.from({length: count - 1}, (_, i) => openingWords(words, count - 1 - i))];
}

/** The status after a copy: "Copied with attribution, sent to …: quote by Meutya Hafid “…”, 1 of 3 (326 chars)", or why it failed. */
export function copyStatus(quote: CopiedQuote, text: string, outcome: CopyOutcome, words: Strings): Status {
	const {status} = words;
	if (!outcome.ok) return {text: outcome.problems?.length ? status.noClipboard(outcome.problems.map(status.clipboardProblem).join('; ')) : outcome.message, tone: 'error'};
	const channels = outcome.via ?? [];
	const how = channels.length > 0 ? channels.map(status.channel).join(` ${status.and} `) : outcome.message;
	const named = channels.length > 0 ? channels.map(channelName).join(` ${status.and} `) : how;
	const chars = counted(words, codePointLength(text), 'char');
	const line = (how: string | undefined, shown: CopiedQuote, labelled = true) => status.copied(quote.attributed, how, status.copiedQuote(shown, labelled), chars);
	const {opening, ...unopened} = quote;
	const alone = {...unopened, position: undefined};
	const forms = [
		...(opening ? shrinkingOpenings(opening) : []).map((shown) => line(how, {...unopened, opening: shown})),
		line(how, unopened),
		...(named !== how ? [line(named, unopened)] : []),
		line(undefined, unopened),
		line(undefined, unopened, false),
		...(quote.position ? [line(undefined, alone, false)] : []),
	];
	// The count, which the language writes after whose quote it was, is kept whole however narrow the line.
	const shortest = forms.at(-1)!;
	return {text: forms[0]!, tone: 'success', shorter: forms.slice(1), kept: shortest.slice(shortest.lastIndexOf(quote.speaker) + quote.speaker.length)};
}
