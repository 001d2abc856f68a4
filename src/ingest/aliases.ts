/**
 * Merging the candidates that name one entity: the same name printed twice, a short form and its
 * full form (Kemkomdigi = Kementerian Komunikasi dan Digital, PMT = Pusat Monitoring
 * Telekomunikasi, Pemkot Medan = Pemerintah Kota Medan), a person's given name and full name
 * (Endro = Endro Pudyo Martanto).
 */
import type {Candidate} from './candidates.js';
import {ORGANIZATION_HEADS, RANKS, ROLE_ACRONYMS, ROLES} from './institutions.js';
import {inOtherSeats} from './seats.js';

const SKIPPABLE = new Set(['dan', '&', 'di', 'dari', 'untuk', 'serta', 'of', 'and', 'the']);
const HEADS = new Set([...ORGANIZATION_HEADS].map((head) => head.toLowerCase()));

/** A name folded for comparison: lower case, single spaces, no commas. */
export function foldName(name: string): string {
	return name.normalize('NFKC').toLowerCase().replace(/[,]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Head words whose short forms take a syllable from inside a word or drop its start ("Kejari" =
 * Ke·ja[ksaan Nege]ri, "Polres" = [Ke]pol[isian] Res[or]), which the piece rule of `abbreviates`
 * cannot read: the body of "Kejari Asahan" is the "Kejaksaan Negeri Asahan" of another page.
 */
const SHORT_HEADS: Readonly<Record<string, string>> = {
	kejari: 'kejaksaan negeri', kejati: 'kejaksaan tinggi', kejagung: 'kejaksaan agung',
	polda: 'kepolisian daerah', polres: 'kepolisian resor', polresta: 'kepolisian resor kota', polrestabes: 'kepolisian resor kota besar',
	polsek: 'kepolisian sektor', lapas: 'lembaga pemasyarakatan', rutan: 'rumah tahanan', kanwil: 'kantor wilayah',
};

/** `name` folded, its first word written out if it is one of SHORT_HEADS ("kejaksaan negeri asahan" of "Kejari Asahan"). */
function withHeadWrittenOut(name: string): string {
	const [head = '', ...rest] = foldName(name).split(' ');
	const full = SHORT_HEADS[head];
	return full === undefined ? foldName(name) : [full, ...rest].join(' ');
}

/**
 * Whether `short` abbreviates `long`: each of its words is either a word of `long` or pieces of two
 * or more consecutive words of it — their beginnings, or after the first piece a syllable inside
 * ("Kemkomdigi" = Kem·kom·digi of "Kementerian Komunikasi dan Digital", "Kemenhub" = Kemen·hub of
 * "Kementerian Perhubungan"); little words such as "dan" may be skipped, and so may the head word
 * that says what kind of body it is ("PUPR Garut" = [Dinas] Pekerjaan Umum dan Penataan Ruang
 * [Kabupaten] Garut).
 */
export function abbreviates(short: string, long: string): boolean {
	const written = withHeadWrittenOut(short);
	if (written !== foldName(short) && foldName(long) !== foldName(short) && (written === foldName(long) || abbreviates(written, long))) return true;
	const parts = foldName(short).split(' ');
	const words = foldName(long).split(' ');
	if (foldName(short) === foldName(long) || parts.join('').length >= words.join('').length) return false;
	// A short form that shortens a word ("PUPR", "Pemkot") may leave out "Kabupaten" ("PUPR Garut" is the
	// regency's office, a city's says "Kota") and the head word; one that only drops words ("Desa
	// Sriwulan" of "Balai Desa Sriwulan") names something else.
	const shortened = parts.some((part) => !words.includes(part));
	const skippable = (word: string) => SKIPPABLE.has(word) || (shortened && word === 'kabupaten');

	const memo = new Map<string, boolean>();
	// Do parts[p] (from its character c) and the parts after it cover words[w…]? `run` counts the
	// words the current part has covered by prefixes: a part must cover two or more that way.
	const covers = (p: number, c: number, w: number, run: number): boolean => {
		const key = `${p},${c},${w},${run}`;
		const known = memo.get(key);
		if (known !== undefined) return known;
		const part = parts[p];
		const word = words[w];
		let result = false;
		if (part === undefined) result = w === words.length || (word !== undefined && skippable(word) && covers(p, c, w + 1, run));
		else if (c === part.length) result = run >= 2 && covers(p + 1, 0, w, 0);
		else if (word !== undefined) {
			if (c === 0 && part === word) result = covers(p + 1, 0, w + 1, 0);
			for (let length = Math.min(word.length, part.length - c); !result && length >= 1; length--) {
				const piece = part.slice(c, c + length);
				// A piece is the word's beginning, or after the first piece a syllable inside it (Kemen·hub).
				const fits = word.startsWith(piece) || (run > 0 && length >= 3 && word.includes(piece));
				if (fits) result = covers(p, c + length, w + 1, run + 1);
			}
			if (!result && skippable(word)) result = covers(p, c, w + 1, run);
		}
		memo.set(key, result);
		return result;
	};
	return covers(0, 0, 0, 0) || (shortened && words.length > 2 && HEADS.has(words[0] ?? '') && parts[0] !== words[0] && covers(0, 0, 1, 0));
}

/**
 * Whether a short form written as a word ("Bawaslu" = Ba·was·lu of "Badan Pengawas Pemilu",
 * "Basarnas", "Dinkes") spells letters of `long` in order, from its first letter: syllables taken
 * from inside words and word ends, which `abbreviates` does not read. Only for a form the text
 * itself defines in brackets after the name: on its own it would match too much.
 */
export function spellsOut(short: string, long: string): boolean {
	const letters = foldName(short).replace(/[^\p{L}\p{N}]/gu, '');
	const name = foldName(long).replace(/[^\p{L}\p{N}]/gu, '');
	if (letters.length < 2 || letters[0] !== name[0]) return false;
	let at = 0;
	for (const letter of letters) {
		at = name.indexOf(letter, at) + 1;
		if (at === 0) return false;
	}
	return true;
}

class Groups {
	private readonly parent: number[];
	constructor(size: number) {
		this.parent = Array.from({length: size}, (_, i) => i);
	}
	find(i: number): number {
		let root = i;
		while (this.parent[root] !== root) root = this.parent[root] ?? root;
		return root;
	}
	union(a: number, b: number): void {
		const ra = this.find(a);
		const rb = this.find(b);
		if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
	}
}

const formsOf = (candidate: Candidate) => [candidate.name, ...candidate.aliases];
/** What makes two forms one: their type and their letters, case and marks aside. */
const keyOf = (type: Candidate['type'], form: string) => `${type}:${foldName(form)}`;

/** The candidates of `type` printed as `name`, each print's start. */
function prints(candidates: readonly Candidate[], type: Candidate['type'], name: string): number[] {
	return candidates.filter((each) => each.type === type && each.name === name).flatMap((each) => each.spans.map((span) => span.start));
}

/** Where the text first prints `name`, a candidate of `type`. */
function firstPrinted(candidates: readonly Candidate[], type: Candidate['type'], name: string): number {
	return prints(candidates, type, name).reduce((first, start) => Math.min(first, start), Infinity);
}

/** Of `holders` (indices into `candidates`, of one type), the one printed last before `at`; none when none is. */
function printedLastBefore(candidates: readonly Candidate[], holders: readonly number[], at: number): number | undefined {
	let last: {holder: number; at: number} | undefined;
	for (const holder of holders) {
		const candidate = candidates[holder]!;
		for (const start of prints(candidates, candidate.type, candidate.name)) if (start < at && (last === undefined || start > last.at)) last = {holder, at: start};
	}
	return last?.holder;
}

/** Merge candidates into one candidate per entity, in order of first appearance. */
export function mergeCandidates(candidates: readonly Candidate[]): Candidate[] {
	const groups = new Groups(candidates.length);
	const byForm = new Map<string, number>();
	candidates.forEach((candidate, i) => {
		for (const form of formsOf(candidate)) {
			const key = keyOf(candidate.type, form);
			const first = byForm.get(key);
			if (first === undefined) byForm.set(key, i);
			// "PMI" names PMI Kabupaten Girimulya and PMI Provinsi Jawa Tengah: a body's name shared by two seats joins neither.
			else if (!(candidate.type === 'organization' && inOtherSeats(candidates[first]!.name, candidate.name))) groups.union(first, i);
		}
	});
	// The later passes compare each distinct spelling once, however often the text prints it.
	const seen = new Set<string>();
	const distinct = candidates.flatMap((candidate, i) => {
		const signature = `${candidate.type}:${formsOf(candidate).join('|')}`;
		if (seen.has(signature)) return [];
		seen.add(signature);
		return [i];
	});
	// Short forms into full forms, among organizations and among places. A short form of two bodies
	// ("PMI" of PMI Kabupaten Girimulya and of PMI Provinsi Jawa Tengah) is the one printed last
	// before it, as a person's part name is; none printed before it, it stays apart.
	for (const i of distinct) {
		const short = candidates[i] as Candidate;
		if (short.type === 'person') continue;
		const longs = new Map<number, number>();
		for (const j of distinct) {
			const long = candidates[j] as Candidate;
			if (i === j || short.type !== long.type || groups.find(i) === groups.find(j)) continue;
			if (formsOf(short).some((s) => formsOf(long).some((l) => abbreviates(s, l)))) longs.set(groups.find(j), j);
		}
		const long = longs.size === 1 ? [...longs.values()][0] : printedLastBefore(candidates, [...longs.values()], firstPrinted(candidates, short.type, short.name));
		if (long !== undefined) groups.union(i, long);
	}
	// A person's part name into the one full name that holds it; where two hold it ("Rahmawati" of
	// Yuliani Rahmawati and of Rahmawati Lubis), into the one printed last before it, as a story names
	// a person in full and then by part of the name. None printed before it: it stays apart, ambiguous.
	for (const i of distinct) {
		const part = candidates[i] as Candidate;
		if (part.type !== 'person') continue;
		const tokens = part.name.split(' ');
		const holders = new Map<number, number>();
		for (const j of distinct) {
			const full = candidates[j] as Candidate;
			if (full.type !== 'person' || full.name === part.name) continue;
			const fullTokens = full.name.split(' ');
			if (fullTokens.length > tokens.length && tokens.every((token) => fullTokens.includes(token))) holders.set(groups.find(j), j);
		}
		const holder = holders.size === 1 ? [...holders.values()][0] : printedLastBefore(candidates, [...holders.values()], firstPrinted(candidates, 'person', part.name));
		if (holder !== undefined) groups.union(holder, i);
	}

	const members = new Map<number, Candidate[]>();
	candidates.forEach((candidate, i) => {
		const root = groups.find(i);
		const group = members.get(root);
		if (group) group.push(candidate);
		else members.set(root, [candidate]);
	});
	// A form two bodies were left apart by (two seats' "PMI") names only the one it was printed alone for.
	const groupsOfForm = new Map<string, number>();
	for (const group of members.values()) for (const key of new Set(group.flatMap(formsOf).map((form) => keyOf(group[0]!.type, form)))) groupsOfForm.set(key, (groupsOfForm.get(key) ?? 0) + 1);
	const ambiguous = (group: readonly Candidate[], form: string) => (groupsOfForm.get(keyOf(group[0]!.type, form)) ?? 0) > 1 && !group.some((candidate) => candidate.name === form);
	return [...members.values()].map((group) => {
		const first = group[0] as Candidate;
		const longest = [...group].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length || b.name.length - a.name.length)[0] ?? first;
		const name = first.type === 'place' ? first.name : longest.name;
		const forms = [...new Set(group.flatMap(formsOf))].filter((form) => form !== name && !ambiguous(group, form));
		return {
			type: first.type,
			name,
			aliases: forms,
			titles: fullestTitles([...new Set(group.flatMap((candidate) => candidate.titles))], (title) => title),
			spans: group.flatMap((candidate) => candidate.spans),
			description: group.find((candidate) => candidate.description !== undefined)?.description,
		};
	});
}

/**
 * Titles without a bare role another one extends: "Wali Kota" beside "Wali Kota Tasikmalaya" is the
 * same post said with less ("Wali Kota Rina Marlina" in one source, with the city in another). A
 * post with its own complement ("Sekretaris Partai Kota Nanning") is kept as printed. A rank alone
 * ("Kompol") is no post: it comes after the posts, so the first title, which describes and cites
 * the person, is a post wherever the text gives one.
 */
export function fullestTitles<T>(titles: readonly T[], wordsOf: (title: T) => string): T[] {
	// A post another one gives with its address after a comma ("Kepala Desa Sei Lama" beside "Kepala Desa Sei Lama, Kecamatan Simpang Empat") is the same post too.
	// Case aside: "jaksa", printed in lower case, is the post "Jaksa Penuntut Umum (JPU) Kejari Kendal" says with less.
	const folded = (title: T) => wordsOf(title).toLowerCase();
	const extended = (title: T) => titles.some((other) => folded(other).startsWith(`${folded(title)}, `));
	const kept = titles.filter((title) => !((BARE_ROLES.has(folded(title)) && titles.some((other) => folded(other).startsWith(`${folded(title)} `))) || extended(title)));
	const rankAlone = (title: T) => RANKS.has(wordsOf(title));
	return [...kept.filter((title) => !rankAlone(title)), ...kept.filter(rankAlone)];
}

const BARE_ROLES = new Set<string>([...ROLES, ...ROLE_ACRONYMS].map((role) => role.toLowerCase()));
