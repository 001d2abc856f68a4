/**
 * A saved page's DOM as the ingest rules read it: the few members used (as linkedom provides
 * them), and the text of a subtree cut into its blocks.
 */

/** The few DOM members used here, as linkedom provides them. */
export interface DomNode {
	readonly nodeType: number;
	readonly nodeName: string;
	readonly textContent: string | null;
	readonly childNodes: ArrayLike<DomNode>;
	readonly parentNode?: DomNode | null;
	getAttribute?(name: string): string | null;
}
export interface DomDocument {
	querySelector(selector: string): (DomNode & {getAttribute(name: string): string | null}) | null;
	querySelectorAll(selector: string): ArrayLike<DomNode & {getAttribute(name: string): string | null}>;
}

const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'TABLE', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'MAIN', 'ASIDE', 'NAV', 'FORM']);
/** Never part of the story's text: figures and their captions, media, scripts, forms, menus. */
const SKIPPED = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE', 'IMG', 'VIDEO', 'AUDIO', 'IFRAME', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'SVG', 'BUTTON', 'FORM', 'NAV', 'ASIDE', 'TEMPLATE', 'SELECT', 'INPUT', 'TEXTAREA']);

export const clean = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** The text of a subtree, one entry per block, white space collapsed within each. */
export function blocksOf(root: DomNode): string[] {
	const blocks: string[] = [];
	let line = '';
	const flush = () => {
		const text = clean(line);
		if (text !== '') blocks.push(text);
		line = '';
	};
	const walk = (node: DomNode) => {
		if (node.nodeType === 3) {
			line += node.textContent ?? '';
			return;
		}
		if (node.nodeType !== 1) return;
		const name = node.nodeName.toUpperCase();
		if (SKIPPED.has(name)) return;
		if (name === 'BR') {
			flush();
			return;
		}
		const block = BLOCKS.has(name);
		if (block) flush();
		for (let i = 0; i < node.childNodes.length; i++) {
			const child = node.childNodes[i];
			if (child) walk(child);
		}
		if (block) flush();
	};
	walk(root);
	flush();
	return blocks;
}

/**
 * The elements that follow `start` in document order, outside it and outside what is never the
 * story's (figures, menus, asides), as far as `limit` of them: a walk with its own stack, so a
 * deep page cannot overflow the call stack.
 */
export function elementsAfter(root: DomNode, start: DomNode, limit: number): DomNode[] {
	const found: DomNode[] = [];
	let passed = false;
	const stack: DomNode[] = [root];
	while (stack.length > 0 && found.length < limit) {
		const node = stack.pop() as DomNode;
		if (node.nodeType !== 1 || SKIPPED.has(node.nodeName.toUpperCase())) continue;
		if (node === start) {
			passed = true;
			continue;
		}
		if (passed) found.push(node);
		for (let i = node.childNodes.length - 1; i >= 0; i--) {
			const child = node.childNodes[i];
			if (child) stack.push(child);
		}
	}
	return found;
}

/** Text folded for comparing: case, punctuation and spacing aside. */
export const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
