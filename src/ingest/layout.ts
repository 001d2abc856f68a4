/**
 * The parts of a news page around its story: dateline, headline, rubric, the body, and the
 * credits after it ("Penulis: …", "Tim Redaksi:", "Tulisan Lainnya dari …"). The rules read
 * entities, dates and quotes from the body only; the credits give authors and editors.
 */
import {findDateline, type Dateline} from './dateline.js';
import type {Span} from './spans.js';

export interface ArticleLayout {
	readonly dateline?: Dateline;
	readonly title?: Span;
	/** The rubric printed under the headline ("– Infrastruktur Digital"), without its dash. */
	readonly section?: string;
	/** From the first paragraph of the story to the credits. */
	readonly body: Span;
	readonly authors: readonly string[];
	readonly editors: readonly string[];
}

interface Line {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

const CREDITS = /^(?:Tim Redaksi|Penulis|Editor|Reporter|Pewarta|Redaktur|Like, Comment|Tulisan Lainnya|Artikel Terkait|Sumber)\b/i;
const AUTHOR_LINE = /^(?:Penulis|Reporter|Pewarta)\s*:\s*(.+)$/i;
const EDITOR_LINE = /^(?:Editor|Redaktur)\s*:\s*(.+)$/i;
const MORE_FROM = /^Tulisan Lainnya dari\s+(.+)$/i;
const SECTION = /^[–—•-]\s*(\S.{0,60})$/u;

function linesOf(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (const raw of text.split('\n')) {
		const lead = raw.length - raw.trimStart().length;
		lines.push({start: start + lead, end: start + raw.trimEnd().length, text: raw.trim()});
		start += raw.length + 1;
	}
	return lines;
}

const names = (list: string) =>
	list
		.split(/\s*(?:,|&|\bdan\b)\s*/)
		.map((name) => name.trim())
		.filter((name) => name !== '');

/** Find the parts of a page. */
export function articleLayout(text: string): ArticleLayout {
	const dateline = findDateline(text);
	const lines = linesOf(text);
	let index = 0;
	const nextFilled = () => {
		while (index < lines.length && lines[index]?.text === '') index++;
		return lines[index];
	};
	if (dateline) while (index < lines.length && (lines[index]?.end ?? 0) <= dateline.line.start) index++;
	if (dateline) index++;

	let title: Span | undefined;
	let section: string | undefined;
	const headline = nextFilled();
	// A headline is one short line without a closing full stop; a page may also start with its story.
	if (headline && headline.text.length <= 200 && !/[.!?]$/.test(headline.text)) {
		title = {start: headline.start, end: headline.end};
		index++;
		const rubric = nextFilled();
		const sectionMatch = rubric ? SECTION.exec(rubric.text) : null;
		if (sectionMatch) {
			section = sectionMatch[1]?.trim();
			index++;
		}
	}
	const bodyStart = nextFilled()?.start ?? text.length;

	let bodyEnd = text.length;
	const authors: string[] = [];
	const editors: string[] = [];
	let listingEditors = false;
	for (let i = index; i < lines.length; i++) {
		const line = lines[i];
		if (!line) continue;
		if (bodyEnd === text.length && CREDITS.test(line.text)) bodyEnd = line.start;
		if (bodyEnd === text.length) continue;
		const author = AUTHOR_LINE.exec(line.text) ?? MORE_FROM.exec(line.text);
		const editor = EDITOR_LINE.exec(line.text);
		if (author?.[1]) authors.push(...names(author[1]));
		else if (editor?.[1]) editors.push(...names(editor[1]));
		else if (/^Tim Redaksi\s*:?\s*$/i.test(line.text)) listingEditors = true;
		else if (line.text === '') listingEditors = false;
		else if (listingEditors) editors.push(line.text);
	}
	return {
		...(dateline ? {dateline} : {}),
		...(title ? {title} : {}),
		...(section ? {section} : {}),
		body: {start: Math.min(bodyStart, bodyEnd), end: bodyEnd},
		authors: [...new Set(authors)],
		editors: [...new Set(editors)],
	};
}
