/** The tests' record-checking threads run the bundled thread when it is current (test/global-setup.ts says so), else the sources. */
import {setCheckWorkerEntry} from '../src/store/worker-entry.js';

const bundled = process.env.LINIMASA_TEST_CHECK_WORKER;
if (bundled) setCheckWorkerEntry(new URL(bundled));
