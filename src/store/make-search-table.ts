/** Making a search table a build asks for (search-tables.ts), in a checking thread or in its own. */
import {searchTableArrays} from '../model/search.js';
import type {TableAnswer, TableRequest} from './search-tables.js';

/** Make the table a request asks for. */
export function tableAnswer(request: TableRequest): TableAnswer {
	const {units, textStart, fields, entityStart} = request.columns;
	const columns = {units, textStart, fields, entityStart};
	return {kind: request.kind, columns, arrays: searchTableArrays(columns)};
}
