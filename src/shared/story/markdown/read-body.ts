// The body of a story file, line by line: paragraphs separated by blank lines, `#`
// crossheads, `>` quotes, `-`/`*`/`+` and `1.` lists, photo lines. Everything else is text;
// nothing here is an error (binary content is refused before).

import type { ImportedBlock, ListItemElement, ParagraphElement } from '../elements';
import { joinLines } from '../text-file';
import { readInline } from './inline-marks';
import { readPhotoLine } from './photo-line';

export interface PhotoSource {
  src: string;
  /** 1-based line of the photo in the file, for "missing image" errors. */
  line: number;
}

type ListOpen = { kind: 'bulleted-list' | 'numbered-list'; items: string[][] };
type Open =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'quote'; paragraphs: string[][] }
  | ListOpen;

const CROSSHEAD = /^#{1,6}(?:\s+|$)(.*)$/;
const BULLET = /^[-*+](?:\s+(.*)|$)/;
const NUMBERED = /^\d{1,9}[.)](?:\s+(.*)|$)/;

export function readBody(lines: readonly string[], firstLine: number) {
  const blocks: ImportedBlock[] = [];
  const photos: PhotoSource[] = [];
  let open = null as Open | null; // widened: `close` and `reopen` assign it
  const close = () => {
    if (open) blocks.push(blockOf(open));
    open = null;
  };
  /** The open block if it is of `kind`, else closes it and opens a new one. */
  const reopen = <K extends Open['kind']>(kind: K, make: () => Open & { kind: K }) => {
    if (open?.kind === kind) return open as Open & { kind: K };
    close();
    const made = make();
    open = made;
    return made;
  };

  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    const crosshead = CROSSHEAD.exec(line);
    const photo = readPhotoLine(line);
    const list = listLine(line);
    if (line === '') {
      close();
    } else if (crosshead) {
      close();
      blocks.push({ type: 'crosshead', children: readInline(crossheadText(crosshead[1] ?? '')) });
    } else if (photo) {
      close();
      blocks.push(photo);
      photos.push({ src: photo.src, line: firstLine + i });
    } else if (line.startsWith('>')) {
      const quote = reopen('quote', () => ({ kind: 'quote', paragraphs: [[]] }));
      addQuoteLine(quote.paragraphs, line.replace(/^>\s?/, ''));
    } else if (list) {
      const current = reopen(list.kind, () => ({ kind: list.kind, items: [] }));
      current.items.push([list.text]);
    } else if (open?.kind === 'quote') {
      open.paragraphs.at(-1)?.push(line); // a lazy continuation line of the quote
    } else if (open && open.kind !== 'paragraph') {
      open.items.at(-1)?.push(line); // a continuation line of the last item
    } else {
      reopen('paragraph', () => ({ kind: 'paragraph', lines: [] })).lines.push(line);
    }
  }
  close();
  return { blocks, photos };
}

function listLine(line: string) {
  const bullet = BULLET.exec(line);
  if (bullet) return { kind: 'bulleted-list' as const, text: bullet[1] ?? '' };
  const numbered = NUMBERED.exec(line);
  if (numbered) return { kind: 'numbered-list' as const, text: numbered[1] ?? '' };
  return null;
}

/** A blank `>` line starts the next paragraph of the quote. */
function addQuoteLine(paragraphs: string[][], text: string) {
  if (text.trim() === '') {
    if (paragraphs.at(-1)?.length) paragraphs.push([]);
  } else {
    paragraphs.at(-1)?.push(text);
  }
}

/** Drops a closing run of `#` (`## Title ##`), as CommonMark does. */
function crossheadText(text: string): string {
  return text.replace(/(?:^|\s+)#+\s*$/, '').trim();
}

function blockOf(open: Open): ImportedBlock {
  if (open.kind === 'paragraph') return paragraph(open.lines);
  if (open.kind === 'quote') {
    const children = open.paragraphs.filter((p) => p.length > 0).map(paragraph);
    return { type: 'block-quote', children };
  }
  const children = open.items.map(
    (lines): ListItemElement => ({ type: 'list-item', children: readInline(joinLines(lines)) }),
  );
  return { type: open.kind, children };
}

function paragraph(lines: readonly string[]): ParagraphElement {
  return { type: 'paragraph', children: readInline(joinLines(lines)) };
}
