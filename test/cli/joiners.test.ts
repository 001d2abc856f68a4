/** Emoji sequences and scripts that need the zero-width joiners reach every output whole. */
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {main} from '../../src/cli/main.js';
import {validateDatasetValue} from '../../src/model/load.js';
import {createExplorerData} from '../../src/state/data.js';
import {embeddedDatasetInline} from '../helpers/datasets.js';
import {memoryIo} from '../helpers/memory-io.js';
import {tempDir} from '../helpers/cli.js';
import {effectsOf, start} from '../state/drive.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';

const FAMILY = '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}\u200d\u{1f466}';
const NAME = `Meutya ${FAMILY} Hafid`;

function withFamily(): Record<string, any> {
	const data = embeddedDatasetInline();
	const meutya = data.entities.find((entity: {id: string}) => entity.id === 'meutya-hafid');
	meutya.name = NAME;
	meutya.titles[0].id = `Menteri\u200cKomdigi`;
	return data;
}

async function cli(args: string[], file: string): Promise<string> {
	const io = memoryIo(tempDir());
	expect(await main([...args, '--data', file], io)).toBe(0);
	return io.out();
}

describe('the zero-width joiners', () => {
	it('keep 👩‍👩‍👧‍👦 whole in listings and JSON', async () => {
		const file = join(tempDir(), 'family.json');
		writeFileSync(file, JSON.stringify(withFamily()));
		expect(await cli(['quotes'], file)).toContain(`  ${NAME}  `);
		expect(await cli(['entities'], file)).toContain(NAME);
		const entities = JSON.parse(await cli(['entities', '--json'], file));
		expect(entities.find((entity: {id: string}) => entity.id === 'meutya-hafid')).toMatchObject({name: NAME, titles: ['Menteri\u200cKomdigi', 'Menkomdigi']});
	});

	it('keep it whole in what Y copies', () => {
		const result = validateDatasetValue(withFamily(), {file: 'family.json'});
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		const data = createExplorerData(result.story, measureDetail);
		const copied = effectsOf(start(data), data, 'quote.copyAttributed');
		expect(copied).toMatchObject([{kind: 'copy', text: expect.stringContaining(`\n— ${NAME}, Menteri\u200cKomdigi, 25 Mar 2025`)}]);
	});
});
