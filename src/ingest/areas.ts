/**
 * Indonesia's administrative areas from idn-area-data (the official codes: 38 provinces, 514
 * regencies and cities, 7,277 districts, 83,763 villages), read on first use and only by ingest.
 * Provinces and regencies are names a reader knows bare ("Demak", "Deli Serdang"); districts and
 * villages are known only after their context word ("Kecamatan Baleendah", "Desa Dayeuhkolot"),
 * since so many of them are common words or given names.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

/** The levels a context word names. */
export type AreaLevel = 'province' | 'regency' | 'district' | 'village';

/** Context words and the level of area each names. */
export const CONTEXT_LEVELS: Readonly<Record<string, AreaLevel>> = {
	Provinsi: 'province', Kabupaten: 'regency', Kota: 'regency', Kecamatan: 'district', Distrik: 'district',
	Kelurahan: 'village', Desa: 'village', Kampung: 'village', Nagari: 'village', Gampong: 'village',
};

/**
 * Regencies and cities whose bare name is a common word or a given name ("Batang", "Metro",
 * "Puncak", "Bima"): known only after "Kabupaten" or "Kota".
 */
const NOT_BARE = new Set(['Batu', 'Batang', 'Metro', 'Puncak', 'Landak', 'Banjar', 'Bima', 'Buru', 'Tengah', 'Seribu', 'Lima Puluh Kota', 'Empat Lawang', 'Batang Hari', 'Kepulauan Seribu', 'Agam']);
const UPPER_WORDS = new Set(['DKI', 'DI']);

/** "KABUPATEN ACEH SELATAN" → "Aceh Selatan"; "DKI JAKARTA" → "DKI Jakarta". */
export function areaName(official: string): string {
	return official
		.replace(/^(?:KABUPATEN|KOTA)\s+(?:ADMINISTRASI\s+)?/, '')
		.split(' ')
		.map((word) => (UPPER_WORDS.has(word) ? word : word.toLowerCase().replace(/(^|[-(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())))
		.join(' ');
}

const resolveData = (file: string) => createRequire(import.meta.url).resolve(`idn-area-data/data/${file}`);

/** The names in one of the package's CSV files (name is the last column; none holds a comma). */
function namesIn(file: string): string[] {
	const text = readFileSync(resolveData(file), 'utf8');
	const names: string[] = [];
	let start = text.indexOf('\n') + 1;
	while (start > 0 && start < text.length) {
		let end = text.indexOf('\n', start);
		if (end === -1) end = text.length;
		const name = text.slice(text.lastIndexOf(',', end) + 1, end).trim();
		if (name !== '') names.push(name);
		start = end + 1;
	}
	return names;
}

interface Level {
	readonly names: ReadonlySet<string>;
	readonly longest: number;
}

const levels = new Map<AreaLevel, Level>();

const FILES: Readonly<Record<AreaLevel, string>> = {province: 'provinces.csv', regency: 'regencies.csv', district: 'districts.csv', village: 'villages.csv'};

/** The names of one level, as printed in news (title case), read on first use. */
function level(which: AreaLevel): Level {
	let found = levels.get(which);
	if (!found) {
		// Districts and villages are printed in title case already; provinces and regencies in capitals.
		const printed = namesIn(FILES[which]);
		const names = new Set(which === 'province' || which === 'regency' ? printed.map(areaName) : printed);
		let longest = 1;
		for (const name of names) longest = Math.max(longest, name.split(' ').length);
		found = {names, longest: Math.min(longest, 5)};
		levels.set(which, found);
	}
	return found;
}

/** Whether `name` is an area of that level. */
export function isArea(which: AreaLevel, name: string): boolean {
	return level(which).names.has(name);
}

/** The most words an area name of that level has (at most 5). */
export function longestArea(which: AreaLevel): number {
	return level(which).longest;
}

/** Provinces, regencies and cities a reader knows by their bare name. */
export function bareAreaNames(): string[] {
	return [...level('province').names, ...level('regency').names].filter((name) => !NOT_BARE.has(name));
}
