/** What a store's header says of the dataset it holds (beside the layout's own fields). */
import type {ArticleInfo} from '../model/catalog.js';
import type {FileStamp} from './stamp.js';

export interface StoreMeta {
	/** The version of linimasa that built it: another version's store is built again, never trusted. */
	readonly program: string;
	/**
	 * The dataset file and its article text file (null when the text is inline), with the text file's
	 * name as the dataset gives it, to find it again beside the dataset's path on every reopen.
	 */
	readonly built: {readonly dataset: FileStamp; readonly textFile: FileStamp | null; readonly textFileName: string | null};
	readonly article: ArticleInfo;
	/** The article as written (unsanitized), for export --format json. */
	readonly writtenArticle: ArticleInfo;
	/** How many code points the article text has (its bytes and checkpoints are sections). */
	readonly textLength: number;
	readonly languages: readonly string[];
}
