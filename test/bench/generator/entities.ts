/**
 * Generated people, organizations and places: realistic names with the aliases a reader would
 * type (a surname, a nickname, a misspelling, an acronym), titles and descriptions in Indonesian
 * and English. Names are unique per type; ids are unique slugs.
 */
import {slug, uniqueIds} from '../../../src/model/ids.js';
import type {Entity, EntityType} from '../../../src/model/schema.js';
import {CITIES, COMPANY_WORDS, FAMILY_NAMES, GIVEN_NAMES, PLACE_KINDS, SECTORS, VILLAGE_COUNT, villageName} from './names.js';
import type {Random} from './random.js';

/** An entity as generated: mentions are filled in once the article text is written. */
export type GeneratedEntity = Omit<Entity, 'mentions'> & {mentions: Entity['mentions']};

/** A spelling a reader might type by mistake ("Meutya" → "Meutia", "Djoko" → "Joko"). */
function misspelling(name: string): string | undefined {
	const swaps: [RegExp, string][] = [[/y/, 'i'], [/oe/, 'u'], [/dj/i, 'J'], [/u/, 'oe'], [/kh/, 'k'], [/i/, 'y'], [/a([^a])/, 'e$1']];
	for (const [from, to] of swaps) if (from.test(name)) return name.replace(from, to);
	return undefined;
}

const acronym = (words: string) => words.split(/\s+/).filter((word) => /^[A-Z]/.test(word) && word !== 'dan').map((word) => word[0]).join('');

const PERSON_ROLES: readonly (readonly [string, string])[] = [
	['Menteri', 'Minister of'], ['Kepala Dinas', 'Head of the Office of'], ['Direktur Jenderal', 'Director General of'],
	['Juru Bicara', 'Spokesperson for'], ['Staf Ahli', 'Adviser on'], ['Anggota Komisi', 'Committee member for'],
];

function person(random: Random): Omit<GeneratedEntity, 'id'> {
	const given = random.pick(GIVEN_NAMES);
	const middle = random.chance(0.15) ? ` ${random.pick(GIVEN_NAMES)}` : '';
	const family = random.chance(0.85) ? ` ${random.pick(FAMILY_NAMES)}` : '';
	const name = `${given}${middle}${family}`.trim();
	const [sector, sectorEn] = random.pick(SECTORS);
	const [role, roleEn] = random.pick(PERSON_ROLES);
	const title = {id: `${role} ${sector}`, en: `${roleEn} ${sectorEn}`};
	const aliases = new Set<string>();
	if (family) aliases.add(family.trim());
	if (random.chance(0.5)) aliases.add(given);
	const typo = random.chance(0.3) ? misspelling(name) : undefined;
	if (typo && typo !== name) aliases.add(typo);
	if (random.chance(0.25)) aliases.add(`${role} ${name}`);
	return {
		type: 'person',
		name,
		aliases: [...aliases].filter((alias) => alias !== name),
		titles: [title],
		description: {id: `${title.id}, dikutip dalam liputan.`, en: `${title.en}, quoted in the coverage.`},
		mentions: [],
	};
}

function organization(random: Random): Omit<GeneratedEntity, 'id'> {
	const [sector, sectorEn] = random.pick(SECTORS);
	const city = random.pick(CITIES);
	const kind = random.int(0, 5);
	let name: string;
	let aliases: string[];
	let en: string;
	if (kind === 0) {
		name = `Kementerian ${sector}`;
		aliases = [`Kemen${sector.split(' ')[0]!.slice(0, 4).toLowerCase()}`, `K${acronym(sector)}`];
		en = `The Ministry of ${sectorEn}`;
	} else if (kind === 1) {
		name = `Dinas ${sector} Kota ${city}`;
		aliases = [`Dinas ${sector} ${city}`];
		en = `The ${sectorEn} office of ${city}`;
	} else if (kind === 2) {
		const words = [random.pick(COMPANY_WORDS), random.pick(COMPANY_WORDS), ...(random.chance(0.5) ? [random.pick(COMPANY_WORDS)] : [])];
		name = `PT ${words.join(' ')}${random.chance(0.4) ? ' Tbk' : ''}`;
		aliases = [words.slice(0, 2).join(' '), acronym(words.join(' '))];
		en = `A company working on ${sectorEn.toLowerCase()}`;
	} else if (kind === 3) {
		name = `Universitas ${random.chance(0.5) ? 'Negeri ' : ''}${city}`;
		aliases = [`U${acronym(name.slice('Universitas '.length))}`, `Univ. ${city}`];
		en = `A university in ${city}`;
	} else if (kind === 4) {
		name = `Pemerintah Kota ${city}`;
		aliases = [`Pemkot ${city}`];
		en = `The city government of ${city}`;
	} else {
		const n = random.int(1, 13);
		name = `Komisi ${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII'][n - 1]} DPR RI`;
		aliases = [`Komisi ${n} DPR`];
		en = `House of Representatives Commission ${n}`;
	}
	return {type: 'organization', name, aliases, titles: [], description: {id: `${name}.`, en: `${en}.`}, mentions: []};
}

function place(random: Random): Omit<GeneratedEntity, 'id'> {
	const [kind, kindEn] = random.pick(PLACE_KINDS);
	const village = villageName(random.int(0, VILLAGE_COUNT), random.int(0, VILLAGE_COUNT));
	const city = random.pick(CITIES);
	const name = `${kind} ${village}`;
	return {type: 'place', name, aliases: [village], titles: [], description: {id: `${name}, ${city}.`, en: `A ${kindEn} in ${village}, ${city}.`}, mentions: []};
}

const MAKERS: Record<EntityType, (random: Random) => Omit<GeneratedEntity, 'id'>> = {person, organization, place};

/** `count` entities: about 60% people, 30% organizations, 10% places, names unique within a type. */
export function generateEntities(random: Random, count: number): GeneratedEntity[] {
	const entities: GeneratedEntity[] = [];
	const names = new Set<string>();
	const idFor = uniqueIds();
	for (let i = 0; i < count; i++) {
		const type: EntityType = i % 10 < 6 ? 'person' : i % 10 < 9 ? 'organization' : 'place';
		let made = MAKERS[type](random);
		// Combinations run out at large sizes: retry, then set the name apart by a place.
		for (let tries = 0; names.has(`${type}:${made.name}`) && tries < 8; tries++) made = MAKERS[type](random);
		if (names.has(`${type}:${made.name}`)) {
			const suffix = ` ${random.pick(CITIES)} ${random.int(2, 999)}`;
			made = {...made, name: made.name + suffix};
		}
		names.add(`${type}:${made.name}`);
		entities.push({id: idFor(slug(made.name, {fallback: 'entity'})), ...made});
	}
	return entities;
}
