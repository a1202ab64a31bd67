// A story as the typesetting engine's input (typeset/types.ts): plain runs with a style.
// The dateline is run in, bold, at the start of the first paragraph; list markers become
// text; a photo's credit follows its caption. Quoted paragraphs keep the 'quote' style.

import type { Story as TypesetStory } from '../typeset/column-flow';
import type {
  HeadlineStack,
  HyphenationLanguage,
  ParagraphBlock,
  StoryBlock,
  TextRun,
} from '../typeset/types';
import type { BodyBlock, StoryDocument, StoryHead, StoryText } from './elements';
import { listMarker } from './list-marker';
import { runInSeparator } from './run-in';

/** The head fields, and the story's own hyphenation language when it has one. */
export type TypesetHead = StoryHead & { hyphenation?: HyphenationLanguage | null };

export function storyToTypeset(head: TypesetHead, document: StoryDocument): TypesetStory {
  const blocks = document.body.flatMap(blockToTypeset);
  if (head.dateline) runInDateline(blocks, document.body, head.dateline);
  return {
    headline: headlineStack(head),
    blocks,
    ...(head.hyphenation ? { hyphenation: head.hyphenation } : {}),
  };
}

function headlineStack(head: StoryHead): HeadlineStack {
  return {
    headline: head.headline,
    ...(head.kicker ? { kicker: head.kicker } : {}),
    ...(head.subhead ? { subhead: head.subhead } : {}),
    ...(head.byline ? { byline: head.byline } : {}),
  };
}

function blockToTypeset(block: BodyBlock): StoryBlock[] {
  switch (block.type) {
    case 'paragraph':
      return [paragraph('body', runs(block.children))];
    case 'crosshead':
      return [paragraph('crosshead', runs(block.children))];
    case 'block-quote':
      return block.children.map((p) => paragraph('quote', runs(p.children)));
    case 'bulleted-list':
    case 'numbered-list': {
      const kind = block.type;
      return block.children.map((item, i) =>
        paragraph('body', [{ text: listMarker(kind, i) }, ...runs(item.children)]),
      );
    }
    case 'photo': {
      const caption: TextRun[] = block.caption ? [{ text: block.caption }] : [];
      if (block.credit) caption.push({ text: `${runInSeparator(block.caption)}${block.credit}` });
      return [{ kind: 'photo', aspectRatio: block.width / block.height, caption, id: block.asset }];
    }
  }
}

/** Into the first body paragraph; a story that has none gets a paragraph of its own. */
function runInDateline(blocks: StoryBlock[], body: readonly BodyBlock[], dateline: string) {
  const firstParagraph = body.findIndex((block) => block.type === 'paragraph');
  const before = body.slice(0, Math.max(firstParagraph, 0)).flatMap(blockToTypeset).length;
  const target = firstParagraph >= 0 ? blocks[before] : undefined;
  if (target?.kind === 'paragraph' && target.runs.length > 0) {
    target.runs.unshift({ text: `${dateline}${runInSeparator(dateline)}`, bold: true });
  } else if (target?.kind === 'paragraph') {
    target.runs = [{ text: dateline, bold: true }];
  } else {
    blocks.unshift(paragraph('body', [{ text: dateline, bold: true }]));
  }
}

function paragraph(style: ParagraphBlock['style'], runList: TextRun[]): ParagraphBlock {
  return { kind: 'paragraph', style, runs: runList };
}

function runs(leaves: readonly StoryText[]): TextRun[] {
  return leaves
    .filter((leaf) => leaf.text !== '')
    .map((leaf) => ({
      text: leaf.text,
      ...(leaf.bold ? { bold: true } : {}),
      ...(leaf.italic ? { italic: true } : {}),
    }));
}
