/**
 * Page chrome: what a portal prints around and inside a story that is not the story — menus and
 * breadcrumbs, SHARE/Bagikan bars, "Baca juga:" links and their headlines, "Berita Terkait"
 * lists, photo captions, credit lines, tags, copyright footers, editors' initials. The rules never
 * read an event, a quotation or an entity from it, and it never ends the body: it is masked.
 */
import type {Span} from './spans.js';

export type ChromeKind = 'menu' | 'share' | 'related' | 'caption' | 'credit' | 'tags' | 'copyright' | 'initials' | 'notice';

/** A line as the layout rules see it. */
export interface Line extends Span {
	readonly text: string;
}

/** The lines of a text with their offsets, trimmed. */
export function linesOf(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (const raw of text.split('\n')) {
		const lead = raw.length - raw.trimStart().length;
		lines.push({start: start + lead, end: start + raw.trimEnd().length, text: raw.trim()});
		start += raw.length + 1;
	}
	return lines;
}

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

/** Credits: "Reporter: …", "Editor : …", "Penulis …", "Pewarta: …", "Sumber: …", "Laporan wartawan …". */
export const CREDIT = /^(?:Reporter|Reporter\s*&\s*Editor|Penulis|Editor|Pewarta|Redaktur|Penyunting|Kontributor|Fotografer|Editor Foto|Sumber|Oleh|Laporan\s+[Ww]artawan|Laporan\s+[Rr]eporter|Tim Redaksi|Tulisan Lainnya dari)\b\s*(?::|\||-|\s)\s*(.*)$/u;
/** Credit heads that may start a sentence of the story, and so need their colon ("Sumber dana berasal …"). */
const CREDIT_NEEDS_COLON = /^(?:Sumber|Oleh|Penulis|Editor|Reporter)\b(?!\s*:)/;

const SOCIAL = new Set(['share', 'shares', 'bagikan', 'bagikan:', 'share:', 'facebook', 'twitter', 'x', 'whatsapp', 'wa', 'telegram', 'line', 'linkedin', 'email', 'e-mail', 'copy', 'link', 'salin', 'tautan', 'pinterest', 'instagram', 'tiktok', 'youtube', 'google', 'news', 'ikuti', 'kami', 'di', 'artikel', 'ini', 'berita', 'url', 'disalin', 'komentar', 'print', 'cetak', 'tweet', 'threads', 'sebarkan', 'follow', 'us', 'on', 'like', 'like,', 'comment', 'comment,', 'or', 'share:']);
const MENU = new Set(['home', 'beranda', 'nasional', 'daerah', 'regional', 'ekonomi', 'bisnis', 'olahraga', 'sport', 'internasional', 'dunia', 'politik', 'hukum', 'kriminal', 'utama', 'headline', 'pilihan', 'unggulan', 'sorotan', 'otomotif', 'teknologi', 'tekno', 'hiburan', 'gaya', 'hidup', 'lifestyle', 'video', 'foto', 'indeks', 'index', 'terpopuler', 'terkini', 'terbaru', 'news', 'berita', 'metro', 'megapolitan', 'kesehatan', 'pendidikan', 'edukasi', 'opini', 'kolom', 'humaniora', 'sains', 'travel', 'wisata', 'kuliner', 'sepak', 'bola', 'seleb', 'entertainment', 'finansial', 'properti', 'infografis', 'cek', 'fakta', 'live', 'tv', 'network', 'kanal', 'rubrik', 'menu', 'cari', 'search', 'login', 'masuk', 'daftar', 'langganan', 'subscribe', 'epaper', 'e-paper', 'pemilu', 'jabar', 'jateng', 'jatim', 'jakarta', 'kota', 'kabupaten', 'khas', 'peristiwa', 'sorot', 'tren', 'trending', 'viral', 'ragam', 'umum', 'jelajah', 'lainnya', '&', 'dan', '|', '•', '·', '-', '/', '>', '›', '»']);

/**
 * Heads of a related-links list that are also words a paragraph of the story opens with ("Terkait
 * hal itu, …", "Selanjutnya, …", "Rekomendasi Bawaslu dikeluarkan …"): chrome only alone, before a
 * colon, or heading a line that is not a sentence (a linked headline).
 */
const RELATED_HEAD = /^(?:Terkait|Rekomendasi|REKOMENDASI|Terpopuler|Populer|Terkini|Headline|Selanjutnya)\b/u;

/** Lines that are chrome on their own. */
const LINE_CHROME: readonly [RegExp, ChromeKind][] = [
	[/^(?:SHARE|Share|Bagikan|BAGIKAN|Share this|Bagikan artikel ini|Bagikan berita ini)\b\s*:?/u, 'share'],
	[/^(?:Baca juga|BACA JUGA|Baca Juga|Baca pula|Simak juga|Lihat juga|Tonton juga|Simak Video|Baca Selengkapnya|Baca selengkapnya|Artikel Terkait|ARTIKEL TERKAIT|Berita Terkait|BERITA TERKAIT|Berita Lainnya|BERITA LAINNYA|Baca Berita Lainnya|Pilihan Editor|Pilihan Redaksi|TERPOPULER|Berita Populer|Artikel Lainnya)\b\s*:?/u, 'related'],
	[/^\(\s*(?:Baca|Baca juga|Lihat|Simak)\s*:/iu, 'related'],
	[/^(?:Foto|FOTO|Ket\.|Keterangan(?: foto)?|Ilustrasi|ILUSTRASI|Caption|Dok\.)\s*:?\s/u, 'caption'],
	[/\((?:ANTARA FOTO|ANTARA\/|Foto:|FOTO:|Dok\.|Dok |dok\.|Istimewa|istimewa|Ist\)|Ilustrasi|[\w.]+\.(?:com|id|co\.id)\/)[^)]*\)\s*$/u, 'caption'],
	[/^(?:Tags?|TAGS?|Topik|TOPIK|Kata kunci|Kata Kunci|Tagar)\b\s*:?/u, 'tags'],
	[/^(?:©|\(c\)|Copyright|COPYRIGHT|Hak Cipta|Hak cipta)/u, 'copyright'],
	[/^\((?:[\p{Ll}]{2,6}\s*\/\s*)+[\p{Ll}]{2,6}\)$|^\((?:ant|antara|\*|sm|mdk|rep|dtk)\)$/iu, 'initials'],
	[/^(?:ADVERTISEMENT|Advertisement|Iklan|SCROLL TO CONTINUE WITH CONTENT|Scroll to continue|Gulir untuk melanjutkan|Lanjutkan membaca|Dapatkan update berita|Ikuti berita|Ikuti kami|Follow us|Sponsored|Halaman\s*:?\s*\d|Halaman selanjutnya|Loading|Memuat)/u, 'notice'],
	[/^(?:\d+\s+)+(?:Selanjutnya|Next)?$/u, 'notice'],
	// The text-size buttons of a portal's toolbar ("A- A A+", "Ukuran huruf: A A"), never a place "A".
	[/^(?:(?:Ukuran [Hh]uruf|Ukuran [Tt]eks|Ukuran [Ff]ont|Font [Ss]ize|Text [Ss]ize)\s*:?\s*)?(?:A\s*[+\-−]?\s*){2,4}$/u, 'menu'],
];

/** What opens a block of chrome that swallows the short lines after it (a related list, tags). */
const OPENS_BLOCK: ReadonlySet<ChromeKind> = new Set(['related', 'tags', 'copyright']);

/** Whether a line reads as a sentence of the story: long, or ending as sentences end. */
export function isProse(text: string): boolean {
	const count = words(text).length;
	return count >= 20 || (count >= 4 && /[.]["”’)]*$/.test(text)) || (count >= 10 && /[!?]["”’)]*$/.test(text)) || (count >= 5 && /[”"]$/.test(text));
}

/** A line of menu or breadcrumb words ("Home › Nasional › Hukum", "Nasional Daerah Ekonomi Olahraga"). */
function isMenu(text: string): boolean {
	if (/\s[›»>]\s|^[›»>]|\s\|\s.*\s\|\s/.test(text) && !isProse(text)) return true;
	const all = words(text.toLowerCase().replace(/[,]/g, ' '));
	if (all.length === 0 || isProse(text)) return false;
	const menu = all.filter((word) => MENU.has(word)).length;
	return all.length <= 2 ? all.every((word) => MENU.has(word)) : menu / all.length >= 0.6;
}

function isShareBar(text: string): boolean {
	const all = words(text.toLowerCase().replace(/[,|•·]/g, ' '));
	return all.length > 0 && all.length <= 12 && all.every((word) => SOCIAL.has(word) || /^\d+$/.test(word));
}

/** The kind of chrome a whole line is, if it is chrome. */
export function chromeLine(text: string): ChromeKind | undefined {
	if (text === '') return undefined;
	for (const [pattern, kind] of LINE_CHROME) {
		if (!pattern.test(text)) continue;
		// A caption's credit at the end of a long sentence of the story is still a caption.
		return kind;
	}
	// A comma after the head word makes it a connective of a sentence, however short ("Selanjutnya, jenazah dimakamkan."): a list's head takes none.
	if (RELATED_HEAD.test(text) && !/^\S+,\s/.test(text) && (/^\S+\s*(?::|$)/.test(text) || !isProse(text))) return 'related';
	const credit = CREDIT.exec(text);
	if (credit && !CREDIT_NEEDS_COLON.test(text) && words(text).length <= 14) return 'credit';
	if (credit && /^(?:Sumber|Oleh|Penulis|Editor|Reporter)\s*:/.test(text) && words(text).length <= 14) return 'credit';
	if (/^(?:Penulis|Editor|Reporter|Oleh)\s+\p{Lu}[\p{L}.'’ -]*$/u.test(text) && words(text).length <= 5) return 'credit';
	if (isShareBar(text)) return 'share';
	if (isMenu(text)) return 'menu';
	return undefined;
}

/** Chrome inside a line of the story: "(Baca: …)", a trailing "Baca juga: …", editors' initials "(rfs/jbr)". */
const INLINE_CHROME: readonly RegExp[] = [
	/\(\s*(?:Baca|Baca juga|BACA JUGA|Lihat|Simak)\s*:[^)]*\)/gu,
	/(?<=[.!?"”]\s+)(?:Baca juga|BACA JUGA|Baca Juga|Simak juga|Lihat juga)\s*:.*$/gmu,
	/(?<=[.!?"”]\s*)\((?:[\p{Ll}]{2,6}\s*\/\s*)+[\p{Ll}]{2,6}\)\s*$/gmu,
	/(?<=[.!?"”]\s*)\((?:ant|antara|\*)\)\s*$/gimu,
];

export interface Chrome {
	readonly span: Span;
	readonly kind: ChromeKind;
}

/**
 * Every piece of chrome from `from` on: whole lines, the short lines a related list or tag block
 * swallows after its heading, and chrome inside lines of the story.
 */
export function findChrome(text: string, lines: readonly Line[], from = 0): Chrome[] {
	const found: Chrome[] = [];
	let block: ChromeKind | undefined;
	for (const line of lines) {
		if (line.end < from) continue;
		if (line.text === '') {
			continue;
		}
		const kind = chromeLine(line.text);
		if (kind) {
			found.push({span: {start: line.start, end: line.end}, kind});
			// "Baca juga:" with its headline on the line itself takes no more lines.
			const bare = /^[^:]{0,40}:?\s*$/.test(line.text);
			const opens = (OPENS_BLOCK.has(kind) && (kind !== 'related' || bare || /^(?:Berita|Artikel) (?:Terkait|Lainnya)/i.test(line.text))) || (kind === 'credit' && /:\s*$/.test(line.text));
			block = opens ? kind : undefined;
			continue;
		}
		if (block && !isProse(line.text)) {
			found.push({span: {start: line.start, end: line.end}, kind: block});
			continue;
		}
		block = undefined;
		const slice = text.slice(line.start, line.end);
		for (const pattern of INLINE_CHROME) {
			for (const match of slice.matchAll(pattern)) {
				const start = line.start + (match.index ?? 0);
				found.push({span: {start, end: start + match[0].length}, kind: 'related'});
			}
		}
	}
	return found.sort((a, b) => a.span.start - b.span.start);
}
