/** Making a search table a build asks for (search-tables.ts), in a checking thread or in its own. */
import {permutedColumns} from '../model/search-entries.js';
import {searchTableArrays} from '../model/search.js';
import type {TableAnswer, TableRequest} from './search-tables.js';

/** Make the table a request asks for. */
export function tableAnswer(request: TableRequest): TableAnswer {
	const given = request.columns;
	const ordered = request.order ? permutedColumns(given, request.order) : given;
	const columns = {units: ordered.units, textStart: ordered.textStart, fields: ordered.fields, entityStart: ordered.entityStart};
	return {kind: request.kind, columns, arrays: searchTableArrays(columns)};
}
