/** Writing a kind's search sections in this thread; search-file.ts is loaded when first asked for, as a check alone never writes them. */
import type {Pause} from './indexes.js';
import type {SearchFileAnswer, SearchFileRequest} from './search-file-messages.js';

/** Write the search sections a request asks for, here (with `between` now and then, see search-file.ts). */
export function searchFileHere(request: SearchFileRequest, between?: Pause): Promise<SearchFileAnswer> {
	return import('./search-file.js').then(({writeSearchFile}) => writeSearchFile(request, between));
}
