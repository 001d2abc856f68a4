/** What a store's header says of the dataset it holds (beside the layout's own fields). */
import type {ArticleInfo} from '../model/catalog.js';
import type {FileStamp} from './stamp.js';

/** One article of the story: what the explorer shows of it, as written, and where its text came from. */
export interface StoredArticle {
	readonly info: ArticleInfo;
	/** The article as written (unsanitized), for export --format json. */
	readonly written: ArticleInfo;
	/** How many code points its text has (its bytes and checkpoints are the sections article.N.text[.checkpoints]). */
	readonly textLength: number;
	/**
	 * Its text file (null when the text is inline), with the name the dataset gives it, to find it
	 * again beside the dataset's path on every reopen.
	 */
	readonly textFile: FileStamp | null;
	readonly textFileName: string | null;
}

export interface StoreMeta {
	/** The version of linimasa that built it: another version's store is built again, never trusted. */
	readonly program: string;
	/** The dataset file it was built from. */
	readonly built: {readonly dataset: FileStamp};
	/** The dataset's format version: 1 (one `article`) or 2 (`articles`). */
	readonly version: 1 | 2;
	/** The story's articles in dataset order (a version-1 article with the id ARTICLE_ID). */
	readonly articles: readonly StoredArticle[];
	readonly languages: readonly string[];
}
