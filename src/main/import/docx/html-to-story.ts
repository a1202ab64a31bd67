// mammoth's HTML of a .docx into the story's blocks. The style map (read-docx.ts) marks
// Title, Subtitle and Caption paragraphs with classes; headings are crossheads, pictures are
// photos whose src names the picture's bytes, bold and italic runs keep their marks.

import { cleanLine } from '../../../shared/story/clean-text';
import type {
  BlockQuoteElement,
  ImportedBlock,
  ListElement,
  StoryText,
} from '../../../shared/story/elements';
import { tokenizeHtml } from './html-tokens';

type Kind = 'paragraph' | 'crosshead' | 'title' | 'subtitle' | 'caption' | 'list-item';

export interface DocxBody {
  /** The first Title paragraph. */
  headline?: string;
  /** The first Subtitle paragraph. */
  subhead?: string;
  blocks: ImportedBlock[];
}

const CLASS_KINDS: Record<string, Kind> = {
  title: 'title',
  subtitle: 'subtitle',
  caption: 'caption',
};
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Tags whose end ends the text block; table cells' paragraphs become story paragraphs. */
const BLOCK_ENDS = new Set(['p', 'li', ...HEADINGS, 'table', 'thead', 'tbody', 'tr', 'td', 'th']);

export function storyFromHtml(html: string): DocxBody {
  const walker = new Walker();
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'text') walker.text(token.text);
    else if (token.kind === 'open') walker.open(token.tag, token.attributes);
    else walker.close(token.tag);
  }
  return walker.finish();
}

class Walker {
  private readonly out: DocxBody = { blocks: [] };
  private block: { kind: Kind; leaves: StoryText[] } | null = null;
  private bold = 0;
  private italic = 0;
  private list: ListElement | null = null;
  private listDepth = 0;
  private quote: BlockQuoteElement | null = null;

  text(text: string): void {
    if (!this.block) this.start(this.list ? 'list-item' : 'paragraph');
    const leaf: StoryText = { text: cleanLine(text) };
    if (this.bold > 0) leaf.bold = true;
    if (this.italic > 0) leaf.italic = true;
    this.block?.leaves.push(leaf);
  }

  open(tag: string, attributes: Record<string, string>): void {
    if (tag === 'p') {
      this.start(CLASS_KINDS[attributes.class ?? ''] ?? (this.list ? 'list-item' : 'paragraph'));
    } else if (HEADINGS.has(tag)) {
      this.start(attributes.class === 'title' ? 'title' : 'crosshead');
    } else if (tag === 'li') {
      this.start('list-item');
    } else if (tag === 'ul' || tag === 'ol') {
      // Nested lists join the outer one: the story model has one level.
      if (this.listDepth++ === 0) {
        this.closeList();
        this.list = { type: tag === 'ul' ? 'bulleted-list' : 'numbered-list', children: [] };
      }
    } else if (tag === 'blockquote') {
      this.flush();
      this.quote = { type: 'block-quote', children: [] };
    } else if (tag === 'strong' || tag === 'b') {
      this.bold++;
    } else if (tag === 'em' || tag === 'i') {
      this.italic++;
    } else if (tag === 'img') {
      this.photo(attributes.src ?? '');
    } else if (tag === 'br' && this.block) {
      this.start(this.block.kind); // a manual line break: the story's unit is the paragraph
    } else if (BLOCK_ENDS.has(tag)) {
      this.flush();
    }
  }

  close(tag: string): void {
    if (tag === 'strong' || tag === 'b') this.bold = Math.max(0, this.bold - 1);
    else if (tag === 'em' || tag === 'i') this.italic = Math.max(0, this.italic - 1);
    else if (tag === 'ul' || tag === 'ol') {
      this.listDepth = Math.max(0, this.listDepth - 1);
      if (this.listDepth === 0) this.closeList();
    } else if (tag === 'blockquote') {
      this.flush();
      if (this.quote && this.quote.children.length > 0) this.out.blocks.push(this.quote);
      this.quote = null;
    } else if (BLOCK_ENDS.has(tag)) this.flush();
  }

  finish(): DocxBody {
    this.closeList();
    return this.out;
  }

  private start(kind: Kind): void {
    this.flush();
    this.block = { kind, leaves: [] };
  }

  /** A picture ends the text before it; text after it in the same paragraph goes on. */
  private photo(src: string): void {
    const kind = this.block?.kind;
    this.flush();
    this.out.blocks.push({ type: 'photo', src, caption: '', credit: '', children: [{ text: '' }] });
    if (kind && kind !== 'caption') this.start(kind);
  }

  private closeList(): void {
    this.flush();
    if (this.list && this.list.children.length > 0) this.out.blocks.push(this.list);
    this.list = null;
  }

  /** Puts the finished text block where it belongs; an empty one is dropped. */
  private flush(): void {
    const block = this.block;
    this.block = null;
    if (!block) return;
    const leaves = trimLeaves(block.leaves);
    const text = leaves.map((l) => l.text).join('');
    if (text === '') return;
    const { out, list, quote } = this;
    const last = out.blocks.at(-1);
    if (block.kind === 'title' && out.headline === undefined) out.headline = text;
    else if (block.kind === 'subtitle' && out.subhead === undefined) out.subhead = text;
    else if (block.kind === 'caption' && last?.type === 'photo' && last.caption === '') {
      last.caption = text;
    } else if (block.kind === 'list-item' && list) {
      list.children.push({ type: 'list-item', children: leaves });
    } else if (block.kind === 'crosshead' || block.kind === 'title') {
      out.blocks.push({ type: 'crosshead', children: leaves });
    } else if (quote) quote.children.push({ type: 'paragraph', children: leaves });
    else out.blocks.push({ type: 'paragraph', children: leaves });
  }
}

/** Drops the spaces at the ends of a block, and the leaves that leaves empty. */
function trimLeaves(leaves: StoryText[]): StoryText[] {
  const blank = (leaf: StoryText) => leaf.text.trim() === '';
  const from = leaves.findIndex((leaf) => !blank(leaf));
  if (from < 0) return [];
  const kept = leaves.slice(from, leaves.findLastIndex((leaf) => !blank(leaf)) + 1);
  const [first] = kept;
  const last = kept.at(-1);
  if (first) first.text = first.text.trimStart();
  if (last) last.text = last.text.trimEnd();
  return kept.filter((leaf) => leaf.text !== '');
}
