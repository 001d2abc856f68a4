/**
 * What the explorer's start leaves out: string-width's emoji expressions take about 25 ms to
 * build, so the bundle loads it only for a text that is not simple (src/text/lazy-string-width.ts).
 */
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {disposeSessions, startLinimasa} from './harness.js';

afterEach(disposeSessions);

const probe = fileURLToPath(new URL('./fixtures/expression-probe.mjs', import.meta.url));

/** The emoji expressions a run made, as the probe noted them. */
function probed(run: (env: Record<string, string>) => Promise<void> | void): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'linimasa-probe-'));
	const file = join(dir, 'expressions');
	return Promise.resolve(run({NODE_OPTIONS: `--import ${probe}`, LINIMASA_PROBE_FILE: file}))
		.then(() => (existsSync(file) ? readFileSync(file, 'utf8') : ''))
		.finally(() => rmSync(dir, {recursive: true, force: true}));
}

describe('the explorer starting', () => {
	it('draws the embedded article without building string-width\'s emoji expressions', async () => {
		const made = await probed(async (env) => {
			const session = startLinimasa({cols: 120, rows: 36, env});
			await session.waitFor('Orang, organisasi, tempat');
			session.dispose();
		});
		expect(made).toBe('');
	});

	it('loads string-width when a text needs it: a name in Chinese characters', async () => {
		// The control: the probe does see string-width's expression, once a screen shows 农生文.
		const made = await probed(async (env) => {
			const session = startLinimasa({cols: 120, rows: 36, env});
			await session.waitFor('Orang, organisasi, tempat');
			session.type('/nong');
			await session.waitFor('Disebut juga Nong, Shengwen, 农生文');
			session.dispose();
		});
		expect(made).toContain('RGI_Emoji');
	});
});
