/** The embedded article's dataset, as the command line names it when no --data is given. */
import {embeddedDatasetPath} from '../model/embedded.js';
import {failure} from './command.js';

/** The embedded dataset's path, or a failure that says it is missing from the installation. */
export function embeddedPath(): string {
	try {
		return embeddedDatasetPath();
	} catch (error) {
		throw failure(error instanceof Error ? error.message : String(error));
	}
}
