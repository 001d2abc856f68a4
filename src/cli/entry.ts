/** The program's entry: runs the command line against the real process and sets the exit code. */
import {main} from './main.js';
import {processIo} from './io.js';
import {setCheckWorkerEntry} from '../store/worker-entry.js';

// The bundle's thread that checks a large dataset's records, beside this file in dist/.
setCheckWorkerEntry(new URL('./check-worker.js', import.meta.url));

// A reader that stops early (`linimasa events | head -1`) closes the pipe; that ends the program
// quietly, as it does for cat or grep, instead of an unhandled 'error' event and a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE') process.stderr.write(`linimasa: cannot write the output (${error.code ?? error.message})\n`);
	process.exit(error.code === 'EPIPE' ? 0 : 1);
});

process.exitCode = await main(process.argv.slice(2), processIo());
