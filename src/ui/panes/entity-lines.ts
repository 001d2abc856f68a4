/** The entity pane's rows, and the finder's, which list entities the same way. */
import type {Catalog, SearchableEntity} from '../../model/catalog.js';
import {formatNumber} from '../../model/count.js';
import type {MatchedText} from '../../model/search.js';
import {ENTITY_ROW_CHROME} from '../../state/list-width.js';
import {restyle, type Line, type Segment} from '../line.js';
import {fit, truncate, widthOf} from '../../text/fit.js';
import {stringsFor} from '../../state/strings/index.js';
import {theme} from '../theme.js';

/** A name with matched ranges highlighted, cut to `width` columns. */
export function highlighted(text: string, ranges: readonly (readonly [number, number])[], width: number): Segment[] {
	const cut = truncate(text, width);
	// Truncation keeps a prefix (plus "…"), so ranges still index the same characters; the
	// ellipsis itself is never lit.
	const kept = cut === text ? cut.length : cut.length - 1;
	const segments: Segment[] = [];
	let at = 0;
	for (const [start, end] of ranges) {
		if (start >= kept) break;
		if (start > at) segments.push({text: cut.slice(at, start)});
		segments.push({text: cut.slice(start, Math.min(end, kept)), style: theme.match});
		at = Math.min(end, kept);
	}
	if (at < cut.length) segments.push({text: cut.slice(at)});
	return segments;
}

/**
 * The language a matched text is written in, before it, when another than the screen's ("EN "):
 * a reader of an Indonesian screen sees that the words quoted are the English text's.
 */
export function languageTag(matched: MatchedText): Segment[] {
	return matched.language === undefined ? [] : [{text: `${matched.language.toUpperCase()} `, style: theme.muted}];
}

/** The columns of segments. */
export const widthOfSegments = (segments: readonly Segment[]): number => segments.reduce((sum, segment) => sum + widthOf(segment.text), 0);

export interface EntityRowOptions {
	readonly selected: boolean;
	readonly focused: boolean;
	readonly width: number;
	/** The language of the screen (the type tags are in it). */
	readonly lang: string;
	/** Where a finder query matched, to highlight; null outside the finder. */
	readonly matched?: MatchedText | null;
	/** Where it matched the name too, when `matched` is another text (a query's words in both). */
	readonly labelMatched?: MatchedText;
}

/** One entity row: cursor mark, type tag, name (matches lit; an alias or title that matched shown beside it), event count. */
export function entityRow(story: Pick<Catalog, 'eventsOf'>, entity: SearchableEntity, options: EntityRowOptions): Line {
	const count = formatNumber(story.eventsOf(entity.id).length, options.lang);
	const nameWidth = Math.max(0, options.width - ENTITY_ROW_CHROME - count.length);
	const {matched} = options;
	let name: Segment[];
	// A match in anything but the name (an alias, a title) is shown beside the name, lit there.
	if (matched && matched.field !== 'name') {
		const tag = languageTag(matched);
		const alias = ` (${matched.text})`;
		const ownWidth = Math.max(1, nameWidth - Math.min(widthOf(alias) + widthOfSegments(tag), Math.floor(nameWidth / 2)));
		const own = options.labelMatched ? highlighted(entity.name, options.labelMatched.ranges, ownWidth) : [{text: truncate(entity.name, ownWidth)}];
		name = [...own, {text: ' ('}, ...tag, ...highlighted(matched.text, matched.ranges, Math.max(0, nameWidth - widthOfSegments(own) - 3 - widthOfSegments(tag))), {text: ')'}];
	} else {
		name = matched ? highlighted(entity.name, matched.ranges, nameWidth) : [{text: truncate(entity.name, nameWidth)}];
	}
	const used = widthOfSegments(name);
	const row: Line = [
		{text: options.selected ? '› ' : '  '},
		{text: `${stringsFor(options.lang).typeTags[entity.type]} `, style: theme.entityType[entity.type]},
		...name,
		{text: ' '.repeat(Math.max(1, nameWidth - used + 1))},
		{text: fit(count, count.length, 'right'), style: theme.muted},
	];
	return options.selected ? restyle(row, options.focused ? theme.cursor : theme.cursorBlurred) : row;
}
