/** The program's entry: runs the command line against the real process and sets the exit code. */
import {main} from './main.js';
import {processIo} from './io.js';

process.exitCode = await main(process.argv.slice(2), processIo());
