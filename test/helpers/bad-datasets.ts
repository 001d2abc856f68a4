/** Broken datasets, for the tests of what refuses them and what it says. */
import {embeddedDatasetInline} from './datasets.js';

export type Dataset = ReturnType<typeof embeddedDatasetInline>;
export const json = (data: Dataset) => JSON.stringify(data, null, 2);
export const changed = (change: (data: Dataset) => void) => {
	const data = embeddedDatasetInline();
	change(data);
	return json(data);
};

/** The text as UTF-8 with one byte that is not UTF-8 put before the first `marker`. */
export const withByte = (text: string, marker: string, byte: number) => {
	const at = text.indexOf(marker);
	return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([byte]), Buffer.from(text.slice(at))]);
};
export const EMBEDDED_JSON = json(embeddedDatasetInline());


/** Datasets the loader refuses, each with what is wrong with it: the embedded dataset, broken. */
export const BAD: readonly (readonly [string, string | Uint8Array])[] = [
	['invalid JSON among the events', EMBEDDED_JSON.replace('"id": "meeting-nanning",', '"id": "meeting-nanning",,')],
	['invalid JSON in the last quote', EMBEDDED_JSON.replace(/\}\s*\]\s*\}\s*$/, '}, ]\n}\n')],
	['a missing field', changed((data) => delete data.events[2].title)],
	['a wrong type and a wrong enum value', changed((data) => {
		data.events[0].precision = 'week';
		data.entities[1].aliases = 'Dave';
	})],
	['a duplicate id', changed((data) => (data.entities[3].id = data.entities[0].id))],
	['an unknown entity', changed((data) => (data.events[0].participants[0].entity = 'nobody'))],
	['a place that is a person', changed((data) => (data.events[0].place = 'meutya-hafid'))],
	['an unknown event of a quote', changed((data) => (data.quotes[3].event = 'no-such-event'))],
	['an unknown event a quote is about', changed((data) => (data.quotes[1].about = ['talent-target-2030', 'no-such-event']))],
	['a wrong anchor', changed((data) => (data.quotes[0].evidence.start += 1))],
	['a quote that is not verbatim', changed((data) => (data.quotes[1].text = 'Kami terbuka.'))],
	['an end before the start', changed((data) => (data.events.find((event: {id: string}) => event.id === 'lebaran-posts').end = '2025-03-01'))],
	['a wrong version', changed((data) => (data.version = 2))],
	['a non-UTF-8 byte inside an event', withByte(EMBEDDED_JSON, 'Nanning', 0xe9)],
	['an empty file', ''],
	['a file of whitespace', '  \n\t\n'],
	['an array instead of an object', '[]'],
	['a file that ends inside the events', EMBEDDED_JSON.slice(0, EMBEDDED_JSON.indexOf('"quotes"') - 200)],
	['an article textFile that is missing', changed((data) => {
		delete data.article.text;
		data.article.textFile = 'gone.txt';
	})],
	['an article with both text and textFile', changed((data) => (data.article.textFile = 'article.txt'))],
];
