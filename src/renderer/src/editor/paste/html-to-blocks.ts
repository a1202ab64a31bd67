import type {
  BodyBlock,
  ListItemElement,
  ParagraphElement,
  StoryText,
} from '../../../../shared/story/elements';
import { collapseWhitespace, leaf, type Marks, marksOf, NO_MARKS, trimLeaves } from './inline-runs';
import { wordListKind } from './word-lists';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set(['p', 'div', 'li']);

interface Sink {
  out: BodyBlock[];
  pending: StoryText[];
}

/**
 * Maps a sanitized fragment to story blocks: p/div -> paragraph, h1-h6 -> crosshead, ul/ol/li
 * -> lists (nested lists flattened), blockquote -> quote, b/strong/i/em and inline styles ->
 * marks, Word's list paragraphs -> list items. Only text and these shapes come out; the
 * caller normalizes the result (merging lists, fixing quote contents).
 */
export function htmlToBlocks(root: ParentNode): BodyBlock[] {
  const sink: Sink = { out: [], pending: [] };
  walk(root, sink, NO_MARKS);
  flush(sink);
  return sink.out;
}

function walk(parent: ParentNode, sink: Sink, marks: Marks): void {
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = collapseWhitespace(node.textContent ?? '');
      if (text) sink.pending.push(leaf(text, marks));
    } else if (node instanceof Element) {
      element(node, sink, marks);
    }
  }
}

function element(el: Element, sink: Sink, marks: Marks): void {
  const tag = el.tagName.toLowerCase();
  if (isWordListMarker(el)) return;
  const listKind = wordListKind(el);
  if (listKind) {
    flush(sink);
    const item: ListItemElement = { type: 'list-item', children: inlineLeaves(el, marks) };
    sink.out.push({ type: listKind, children: [item] });
  } else if (HEADINGS.has(tag)) {
    flush(sink);
    sink.out.push({ type: 'crosshead', children: inlineLeaves(el, marks) });
  } else if (tag === 'ul' || tag === 'ol') {
    flush(sink);
    const items = listItems(el, marks);
    if (items.length > 0) {
      sink.out.push({ type: tag === 'ul' ? 'bulleted-list' : 'numbered-list', children: items });
    }
  } else if (tag === 'blockquote') {
    flush(sink);
    const inner = htmlToBlocks(el);
    // Lists or crossheads inside become paragraphs of the quote when normalized.
    if (inner.length > 0) {
      sink.out.push({ type: 'block-quote', children: inner as unknown as ParagraphElement[] });
    }
  } else if (tag === 'br' || BLOCKS.has(tag)) {
    flush(sink);
    walk(el, sink, marks);
    flush(sink);
  } else {
    walk(el, sink, marksOf(el, marks));
  }
}

function flush(sink: Sink): void {
  const leaves = trimLeaves(sink.pending);
  sink.pending = [];
  if (leaves.length > 0) sink.out.push({ type: 'paragraph', children: leaves });
}

/** The text of an element as one line of leaves (its inner blocks run together). */
function inlineLeaves(el: Element, marks: Marks): StoryText[] {
  const sink: Sink = { out: [], pending: [] };
  walk(el, sink, marksOf(el, marks));
  flush(sink);
  const leaves = sink.out.flatMap((block) =>
    'children' in block && block.type !== 'photo' ? textLeaves(block) : [],
  );
  return leaves.length > 0 ? leaves : [{ text: '' }];
}

function textLeaves(block: BodyBlock): StoryText[] {
  if (block.type === 'paragraph' || block.type === 'crosshead') return block.children;
  if (block.type === 'photo') return [];
  return block.children.flatMap((child) => child.children);
}

/** Items of a list; a nested list's items follow their parent item (one level deep). */
function listItems(list: Element, marks: Marks): ListItemElement[] {
  const items: ListItemElement[] = [];
  for (const child of Array.from(list.children)) {
    const tag = child.tagName.toLowerCase();
    if (tag === 'ul' || tag === 'ol') {
      items.push(...listItems(child, marks));
      continue;
    }
    const nested = Array.from(child.children).filter((c) => /^(ul|ol)$/i.test(c.tagName));
    for (const n of nested) n.remove();
    const leaves = trimLeaves(inlineLeaves(child, marks));
    if (leaves.length > 0) items.push({ type: 'list-item', children: leaves });
    for (const n of nested) items.push(...listItems(n, marks));
  }
  return items;
}

/** Word's bullet or number glyph before a list paragraph's text (mso-list:Ignore). */
function isWordListMarker(el: Element): boolean {
  return /mso-list:\s*ignore/i.test(el.getAttribute('style') ?? '');
}
