/** The finder's rows as drawn: an event found by a title shows the title in the language on screen. */
import {describe, expect, it} from 'vitest';
import {lineText} from '../../src/ui/line.js';
import {finderRow} from '../../src/ui/panes/finder-lines.js';
import {embedded} from '../state/drive.js';

/** The drawn row of an event found for `query`. */
function eventRowFor(query: string, eventId: string, lang: string): string {
	const group = embedded.find(query).find((found) => found.kind === 'event')!;
	const match = group.matches.find((found) => embedded.story.events.idAt(found.position) === eventId)!;
	return lineText(finderRow(embedded.story, {type: 'match', kind: 'event', ref: {kind: 'event', id: eventId}, matched: match.matched}, {selected: false, width: 80, lang}));
}

describe('an event row of the finder', () => {
	it('shows the title in the language on screen, whichever language matched', () => {
		expect(eventRowFor('meutia', 'meeting-nanning', 'id')).toBe('  25 Mar 2025   Meutya Hafid bertemu Nong Shengwen');
		expect(eventRowFor('meutia', 'meeting-nanning', 'en')).toBe('  25 Mar 2025   Meutya Hafid meets Nong Shengwen');
	});

	it('marks an inferred date with ~ as the timeline does, a stated one with nothing in its place', () => {
		expect(eventRowFor('pelepasan', 'release-officers', 'id')).toMatch(/^ {2}25 Mar 2025 ~ Pelepasan 1\.500 petugas/);
		expect(eventRowFor('meutia', 'meeting-nanning', 'id')).not.toContain('~');
	});
});
