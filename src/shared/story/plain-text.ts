// A story as plain text: the headline stack, the byline, then the body with the dateline
// run in before the first paragraph; blocks are separated by blank lines.

import { leavesText } from './block-text';
import type { AnyBodyBlock, AnyDocument, StoryHead } from './elements';
import { listMarker } from './list-marker';
import { runInSeparator } from './run-in';

export function storyToPlainText(head: StoryHead, document: AnyDocument): string {
  const stack = [head.kicker, head.headline, head.subhead].filter((s) => s !== '').join('\n');
  const body = document.body.map(blockToText);
  const first = document.body.findIndex((block) => block.type === 'paragraph');
  if (head.dateline && first >= 0) {
    body[first] = `${head.dateline}${runInSeparator(head.dateline)}${body[first]}`;
  } else if (head.dateline) {
    body.unshift(head.dateline);
  }
  const parts = [stack, head.byline, ...body].filter((s) => s.trim() !== '');
  return `${parts.join('\n\n')}\n`;
}

function blockToText(block: AnyBodyBlock): string {
  switch (block.type) {
    case 'paragraph':
    case 'crosshead':
      return leavesText(block.children);
    case 'block-quote':
      return block.children.map((p) => leavesText(p.children)).join('\n\n');
    case 'bulleted-list':
    case 'numbered-list': {
      const kind = block.type;
      return block.children
        .map((item, i) => listMarker(kind, i) + leavesText(item.children))
        .join('\n');
    }
    case 'photo':
      return block.credit
        ? `${block.caption}${runInSeparator(block.caption)}${block.credit}`
        : block.caption;
  }
}
