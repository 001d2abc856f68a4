/**
 * HTML in and out of the interchange formats: TimelineJS carries HTML text. Going out, text is
 * escaped; coming in, tags are dropped (block elements and <br> become line breaks, scripts and
 * styles vanish with their content) and character references are decoded.
 */

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Text made safe to place in HTML. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

// The named references that occur in news text; others are left as written.
const NAMED: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
	ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
	laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', deg: '°', copy: '©', reg: '®',
	trade: '™', sect: '§', para: '¶', euro: '€', pound: '£', yen: '¥', cent: '¢', times: '×', divide: '÷',
	plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', prime: '′', Prime: '″', dagger: '†', shy: '',
	aacute: 'á', agrave: 'à', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
	eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï',
	ntilde: 'ñ', oacute: 'ó', ograve: 'ò', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø', uacute: 'ú',
	ugrave: 'ù', ucirc: 'û', uuml: 'ü', yacute: 'ý', szlig: 'ß', Aacute: 'Á', Eacute: 'É', Iacute: 'Í',
	Oacute: 'Ó', Uacute: 'Ú', Ntilde: 'Ñ', Ouml: 'Ö', Uuml: 'Ü', Auml: 'Ä', Ccedil: 'Ç',
};

function decodeReference(whole: string, name: string): string {
	if (name.startsWith('#')) {
		const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
		// NUL, surrogates and values past Unicode are replaced, as HTML parsers do.
		if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
		return String.fromCodePoint(code);
	}
	return NAMED[name] ?? whole;
}

/** Decode character references: &amp; &#233; &#xE9; and the common named ones. */
function decodeEntities(text: string): string {
	return text.replace(/&(#\d{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, decodeReference);
}

const BLOCK = /<\/?(?:p|div|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|header|footer|figure|figcaption|pre|hr)\b[^<>]*>/gi;

/** The text of an HTML fragment: paragraphs separated by blank lines, lines trimmed. */
export function htmlToText(html: string): string {
	const text = html
		// In HTML, line breaks in the source are spaces; breaks come from elements.
		.replace(/\s+/g, ' ')
		.replace(/<!--.*?(?:-->|$)/g, '')
		.replace(/<(script|style|template)\b[^<>]*>.*?(?:<\/\1\s*>|$)/gi, '')
		.replace(/<br\b[^<>]*>/gi, '\n')
		.replace(BLOCK, '\n\n')
		.replace(/<\/?[A-Za-z][^<>]*>/g, '');
	return decodeEntities(text)
		.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
		.split('\n')
		.map((line) => line.replace(/ {2,}/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
