// The body as Markdown, one line per paragraph, item or quoted paragraph. Text that would
// read back as markup (a leading `#`, `>`, `-`, `1.` …, a star) is escaped with `\`.

import type { AnyBodyBlock, AnyPhoto, StoryText } from '../elements';
import { writeInline } from './inline-marks';
import { writePhotoLine } from './photo-line';

/** Where a photo's image is, as the file will name it. */
export type PhotoSrc = (photo: AnyPhoto) => string;

export function writeBody(body: readonly AnyBodyBlock[], photoSrc: PhotoSrc): string {
  return body
    .map((block) => writeBlock(block, photoSrc))
    .filter((text) => text !== '')
    .join('\n\n');
}

function writeBlock(block: AnyBodyBlock, photoSrc: PhotoSrc): string {
  switch (block.type) {
    case 'paragraph':
      return line(block.children);
    case 'crosshead': {
      const text = line(block.children);
      // A trailing ` ##` would be read as a closing sequence; escape its first `#`.
      return text === '' ? '' : `## ${text.replace(/(\s)(#+)$/, '$1\\$2')}`;
    }
    case 'block-quote':
      return block.children
        .map((p) => line(p.children))
        .filter((text) => text !== '')
        .map((text) => `> ${text}`)
        .join('\n>\n');
    case 'bulleted-list':
      return block.children.map((item) => `- ${line(item.children)}`.trimEnd()).join('\n');
    case 'numbered-list':
      return block.children
        .map((item, i) => `${i + 1}. ${line(item.children)}`.trimEnd())
        .join('\n');
    case 'photo':
      return writePhotoLine(block, photoSrc(block));
  }
}

function line(leaves: readonly StoryText[]): string {
  return escapeBlockStart(writeInline(leaves));
}

function escapeBlockStart(text: string): string {
  if (/^[#>\-+!]/.test(text)) return `\\${text}`;
  return text.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}
