/** Making a search table in this thread; make-search-table.ts is loaded when first asked for, as a check alone never makes one. */
import type {SearchFileAnswer, SearchFileRequest} from './search-file.js';
import type {TableAnswer, TableRequest} from './search-tables.js';

/** Make the table a request asks for, here. */
export function tableHere(request: TableRequest): Promise<TableAnswer> {
	return import('./make-search-table.js').then(({tableAnswer}) => tableAnswer(request));
}

/** Write the search sections a request asks for, here. */
export function searchFileHere(request: SearchFileRequest): Promise<SearchFileAnswer> {
	return import('./search-file.js').then(({writeSearchFile}) => writeSearchFile(request));
}
