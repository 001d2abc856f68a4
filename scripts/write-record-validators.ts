/**
 * Writes src/model/generated/record-validators.js from the zod schema: the second step of
 * `npm run schema` (the first writes data/linimasa.schema.json). Run from the project's folder, as
 * npm runs it: RECORD_VALIDATORS_FILE is a path from there.
 */
import {writeFileSync} from 'node:fs';
import {RECORD_VALIDATORS_FILE, recordValidatorsSource} from '../src/model/record-validators-source.js';

writeFileSync(RECORD_VALIDATORS_FILE, recordValidatorsSource());
