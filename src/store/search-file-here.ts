/** Writing a kind's search sections in this thread; search-file.ts is loaded when first asked for, as a check alone never writes them. */
import type {SearchFileAnswer, SearchFileRequest} from './search-file-messages.js';

/** Write the search sections a request asks for, here. */
export function searchFileHere(request: SearchFileRequest): Promise<SearchFileAnswer> {
	return import('./search-file.js').then(({writeSearchFile}) => writeSearchFile(request));
}
