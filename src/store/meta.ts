/** What a store's header says of the dataset it holds (beside the layout's own fields). */
import type {ArticleInfo} from '../model/catalog.js';
import type {FileStamp} from './stamp.js';

export interface StoreMeta {
	/** The dataset file and its article text file (null when the text is inline). */
	readonly built: {readonly dataset: FileStamp; readonly textFile: FileStamp | null};
	readonly article: ArticleInfo;
	readonly languages: readonly string[];
}
