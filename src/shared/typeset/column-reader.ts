// What one column flow reads (column-flow.ts): the story, frame and settings, each
// paragraph prepared in its style at the column's measure (from the session's cache), the
// photos' grid lines and the rest of a story measured whole.

import { rowsFor } from './baseline-grid';
import type { FontSet } from './font-metrics';
import { newsroomCount } from './newsroom-count';
import { paragraphStyle, type ResolvedStyle } from './paragraph-style';
import { type PreparedText, prepareText, textStyle } from './prepare-text';
import { type TypesetSession, textSettingsKey, typesetSession } from './session';
import { type ParagraphSetting, paragraphLines } from './set-paragraph';
import type {
  FrameSpec,
  HeadlineStack,
  HyphenationLanguage,
  ParagraphBlock,
  ParagraphStyle,
  PhotoBlock,
  PlacedLine,
  PlacedPhoto,
  StoryBlock,
  TypesetSettings,
} from './types';

export interface Story {
  blocks: StoryBlock[];
  headline?: HeadlineStack;
  /** The story's own hyphenation language; absent: the paper's (settings.latin). */
  hyphenation?: HyphenationLanguage;
}

export interface FlowOptions {
  /** The caches to use and fill (prepared paragraphs, breaks); else the call's own. */
  session?: TypesetSession | undefined;
}

/** First-line indent of a Latin paragraph, in em. */
export const LATIN_INDENT_EM = 1;

/** What a setting flow collects besides the figures. */
export interface Placed {
  lines: PlacedLine[];
  photos: PlacedPhoto[];
  missing: Set<string>;
  notes: string[];
}

/** The story, frame and settings one flow reads, and where it places (null: measure only). */
export interface Reader {
  story: Story;
  frame: FrameSpec;
  settings: TypesetSettings;
  fonts: FontSet;
  session: TypesetSession;
  out: Placed | null;
  styles: Partial<Record<ParagraphStyle, ResolvedStyle>>;
  /** What a paragraph of each style is prepared with, as a key (`TypesetSession.prepared`). */
  keys: Partial<Record<ParagraphStyle, string>>;
}

export function reader(
  story: Story,
  frame: FrameSpec,
  settings: TypesetSettings,
  fonts: FontSet,
  options: FlowOptions,
  out: Placed | null,
): Reader {
  const session = typesetSession(fonts, options.session);
  const own = story.hyphenation;
  // The prepared-paragraph key includes the hyphenation language, so the override is cache-safe.
  const set =
    own && own !== settings.latin.hyphenation
      ? { ...settings, latin: { ...settings.latin, hyphenation: own } }
      : settings;
  return { story, frame, settings: set, fonts, session, out, styles: {}, keys: {} };
}

export function styleOf(r: Reader, s: ParagraphStyle): ResolvedStyle {
  let style = r.styles[s];
  if (!style) {
    style = paragraphStyle(s, r.settings);
    r.styles[s] = style;
  }
  return style;
}

/** The block's prepared paragraph: the session's when it was prepared in the same style. */
export function prepared(
  r: Reader,
  block: StoryBlock,
  runs: ParagraphBlock['runs'],
  name: ParagraphStyle,
): PreparedText {
  const style = styleOf(r, name);
  let key = r.keys[name];
  if (key === undefined) {
    key = `${style.family}|${style.size}|${style.bold}|${style.running}|${textSettingsKey(r.settings)}`;
    r.keys[name] = key;
  }
  const hit = r.session.prepared.get(block);
  let p = hit?.style === key ? hit.p : undefined;
  if (!p) {
    p = prepareText(runs, textStyle(style, r.settings), r.fonts);
    r.session.prepared.set(block, { style: key, p });
  }
  if (r.out) for (const ch of p.missing) r.out.missing.add(ch);
  return p;
}

/** First-line indent in pt: Chinese 2 em (the setting); a Latin paragraph 1 em, none for
 * the first paragraph of the story or the first after a crosshead, as English papers do. */
export function indentOf(r: Reader, b: number, p: PreparedText, style: ResolvedStyle): number {
  if (!p.latin || style.indentEm === 0) return style.indentEm * style.size;
  const prev = r.story.blocks[b - 1];
  const afterHead = b === 0 || (prev?.kind === 'paragraph' && prev.style === 'crosshead');
  return afterHead ? 0 : LATIN_INDENT_EM * style.size;
}

export interface Paragraph {
  block: ParagraphBlock;
  style: ResolvedStyle;
  p: PreparedText;
  setting: ParagraphSetting;
  /** Grid lines a line takes. */
  rpl: number;
}

/** Paragraph `b` at the column's measure. */
export function paragraphAt(r: Reader, b: number): Paragraph {
  const block = r.story.blocks[b] as ParagraphBlock;
  const style = styleOf(r, block.style);
  const p = prepared(r, block, block.runs, block.style);
  const setting: ParagraphSetting = {
    measure: r.frame.columnWidth - style.sideIndentEm * style.size * 2,
    indent: indentOf(r, b, p, style),
    justify: style.justify,
    align: style.align,
  };
  return { block, style, p, setting, rpl: rowsFor(style.size, r.settings.leading) };
}

export function captionSetting(width: number): ParagraphSetting {
  return { measure: width, indent: 0, justify: true, align: 'left' };
}

export function captionText(r: Reader, block: PhotoBlock): PreparedText {
  return prepared(r, block, block.caption, 'caption');
}

/** Grid lines of a photo `width` wide: the image, then its caption lines. */
export function photoRows(r: Reader, block: PhotoBlock, width: number): number {
  const image = rowsFor(width / block.aspectRatio, r.settings.leading);
  if (block.caption.length === 0) return image;
  return image + paragraphLines(captionText(r, block), captionSetting(width), 0, r.session).length;
}

/** Grid lines of air above and below a pull quote (its rules sit in them). */
export const PULL_QUOTE_AIR = 1;

/** Grid lines and characters of the blocks from `from` on, whole, at column width. */
export function rest(r: Reader, from: number): { rows: number; chars: number } {
  let rows = 0;
  let chars = 0;
  const blocks = r.story.blocks;
  for (let b = from; b < blocks.length; b++) {
    const block = blocks[b] as StoryBlock;
    if (block.kind === 'photo') {
      rows += photoRows(r, block, r.frame.columnWidth);
      continue;
    }
    const { p, setting, rpl } = paragraphAt(r, b);
    rows += paragraphLines(p, setting, 0, r.session).length * rpl;
    if (block.style === 'pullquote') rows += 2 * PULL_QUOTE_AIR;
    chars += charsFrom(r, p, 0);
  }
  return { rows, chars };
}

/**
 * Newsroom characters of a paragraph from UTF-16 `offset`. Each frame of a chain reports
 * the overset of the whole rest, and the search asks at the same breaks again and again:
 * counted once per paragraph and offset.
 */
export function charsFrom(r: Reader, p: PreparedText, offset: number): number {
  const counts = r.session.counts;
  let byOffset = counts.get(p);
  if (!byOffset) {
    byOffset = new Map();
    counts.set(p, byOffset);
  }
  let count = byOffset.get(offset);
  if (count === undefined) {
    count = newsroomCount(offset === 0 ? p.text : p.text.slice(offset));
    byOffset.set(offset, count);
  }
  return count;
}
