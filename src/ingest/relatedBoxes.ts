/**
 * The boxes of other stories a portal sets in and beside its story — "Baca Juga" over a list of
 * headlines, "TERPOPULER", "Berita Terkait" — found in a saved page's DOM and taken out before
 * its text is read. As lines of text, the head is chrome (chrome.ts) but the headlines under it
 * read as short paragraphs of the story; the DOM says where the box ends.
 */
import {chromeLine} from './chrome.js';
import {clean, type DomNode} from './pageDom.js';

/** The members used here to climb and cut the tree, as linkedom provides them. */
interface BoxNode extends DomNode {
	readonly parentElement: BoxNode | null;
	readonly nextElementSibling: BoxNode | null;
	remove(): void;
}

interface BoxDocument {
	querySelectorAll(selector: string): ArrayLike<BoxNode>;
}

/**
 * A head of its own: "Baca Juga", "TERPOPULER", "Berita Terkait:", not "Baca juga: Judul …". Its
 * length is told first: every element's text is tried, and a wrapper's is the whole story.
 */
const isBoxHead = (text: string) => /^[^:]{1,40}:?$/u.test(text) && chromeLine(text) === 'related';

const LINKED = /^(?:A|LI)$/;

/** Whether every word of `box` outside `head` stands in a link or a list item: the items of a list of stories, never a story's paragraph, headline or date. */
function onlyLinkedBesides(box: BoxNode, head?: BoxNode): boolean {
	const walk = (node: DomNode, linked: boolean): boolean => {
		if (node === head) return true;
		if (node.nodeType === 3) return linked || clean(node.textContent ?? '') === '';
		if (node.nodeType !== 1) return true;
		const inside = linked || LINKED.test(node.nodeName.toUpperCase());
		for (let i = 0; i < node.childNodes.length; i++) {
			const child = node.childNodes[i];
			if (child && !walk(child, inside)) return false;
		}
		return true;
	};
	return walk(box, false);
}

const isList = (node: BoxNode | null): node is BoxNode => node !== null && /^(?:UL|OL)$/.test(node.nodeName.toUpperCase()) && onlyLinkedBesides(node);

/**
 * Every box of other stories: from each element that is only a box's head, the largest element
 * around it holding nothing else but links and list items; a head alone in the story's column
 * takes the list that follows it.
 */
function relatedBoxes(document: BoxDocument): BoxNode[] {
	const boxes: BoxNode[] = [];
	const elements = document.querySelectorAll('body *');
	for (let i = 0; i < elements.length; i++) {
		const head = elements[i];
		if (!head || !isBoxHead(clean(head.textContent ?? ''))) continue;
		let box = head;
		while (box.parentElement && box.parentElement.nodeName.toUpperCase() !== 'BODY' && onlyLinkedBesides(box.parentElement, head)) box = box.parentElement;
		boxes.push(box);
		if (box !== head) continue;
		for (let next = box.nextElementSibling; isList(next); next = next.nextElementSibling) boxes.push(next);
	}
	return boxes;
}

/** Take the boxes of other stories out of a page's DOM. */
export function removeRelatedBoxes(document: BoxDocument): void {
	for (const box of relatedBoxes(document)) box.remove();
}
