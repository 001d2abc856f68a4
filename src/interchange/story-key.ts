/** A short key that tells one story's records from another's wherever several meet (calendars, an index). */
import {createHash} from 'node:crypto';
import type {Catalog} from '../model/catalog.js';

/** 16 hex digits derived from the article's outlet, title, publication time and address: stable across exports. */
export function storyKey(story: Pick<Catalog, 'article'>): string {
	const {outlet, title, published, url} = story.article;
	return createHash('sha256').update([outlet, title, published, url ?? ''].join('\n')).digest('hex').slice(0, 16);
}
