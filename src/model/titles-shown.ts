/**
 * An entity's titles as a reader is shown them: a dataset keeps every form an article prints (with
 * its evidence), so "Sekretaris Partai Kota Nanning" sits beside "Sekretaris Partai Kota Nanning
 * Provinsi Guangxi Tiongkok". Listed together they read as the same post twice: a title that opens
 * another, word for word, is left out for the longer. Other forms ("Menkomdigi" beside "Menteri
 * Komunikasi dan Digital RI") are kept: they are how the articles name the post.
 */
export function titlesShown(titles: readonly string[]): string[] {
	const key = (title: string) => title.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
	const keys = titles.map(key);
	return titles.filter((_, i) => !keys.some((other, j) => j !== i && (other.startsWith(`${keys[i]} `) || (other === keys[i] && j < i))));
}
