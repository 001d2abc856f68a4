/** Making a search table a build asks for (search-tables.ts), in a checking thread or in its own. */
import {permutedColumns} from '../model/search-entries.js';
import {searchTableArrays} from '../model/search.js';
import type {PlainColumns, TableAnswer, TableRequest} from './search-tables.js';

/**
 * Make the table a request asks for. The request's columns are let go once put in order: in a
 * thread they are its own (handed over), and the table is then not built beside two copies of the
 * texts (600 MB each at a million events).
 */
export function tableAnswer(request: TableRequest): TableAnswer {
	const given: {columns?: PlainColumns} = request;
	let ordered = given.columns!;
	if (request.order) {
		ordered = permutedColumns(ordered, request.order);
		delete given.columns;
	}
	const columns = {units: ordered.units, textStart: ordered.textStart, fields: ordered.fields, entityStart: ordered.entityStart};
	return {kind: request.kind, columns, arrays: searchTableArrays(columns)};
}
