// One typesetting session owns every cache the engine and the composer keep that depends on
// settings, fonts or stories: a pure call makes its own session and leaves nothing behind; a
// host that composes again and again (the main process, one per store and settings) passes
// one in. What modules keep is bounded and depends on nothing a session could change: a
// word's hyphenation points per language (hyphen-words.ts), total fit's working arrays and a
// shared array of zeros (mark-arrays.ts).
// A session serves one font set; every memo's key holds the rest of what its value depends
// on (text, style, settings), so a session used with other settings never answers stale.

import { LruMap } from '../lru-map';
import type { FontSet } from './font-metrics';
import type { LineRange } from './line-ends';
import type { PreparedText } from './prepare-text';
import type { HeadlineStack, StoryBlock, TypesetSettings } from './types';

/** Breaks found for a prepared paragraph from one start at one pair of measures. */
export interface KnownBreaks {
  from: number;
  firstMeasure: number;
  measure: number;
  opening: number;
  lines: readonly LineRange[];
}

/** A paragraph prepared for a block, and the style key it was prepared with. */
export interface PreparedEntry {
  style: string;
  p: PreparedText;
}

/** Prepared paragraphs kept (each a few typed arrays, ~10–50 kB). */
export const SESSION_PARAGRAPHS = 8000;
/** Entries kept by each small memo (headline sizes, widths, stack heights). */
export const SESSION_MEMO = 4096;

export class TypesetSession {
  /** Prepared paragraphs by block (blocks are immutable values, so identity is their text). */
  readonly prepared: LruMap<StoryBlock, PreparedEntry>;
  // By a prepared paragraph's identity: it is immutable and carries its text, style and
  // fonts. Weak, so these go with the paragraph, whose own cache bounds them.
  /** Line breaks: a frame chain asks for the same ones again and again. */
  readonly breaks = new WeakMap<PreparedText, KnownBreaks[]>();
  /** Newsroom characters by UTF-16 offset: overset is counted from the same breaks. */
  readonly counts = new WeakMap<PreparedText, Map<number, number>>();
  /** Headline stack heights by content (`stackRowsKey`). */
  readonly stackRows = new LruMap<string, number>(SESSION_MEMO);
  /** …and by identity first: the search passes the same stack and settings objects. */
  readonly stackRowsSeen = new WeakMap<
    HeadlineStack,
    WeakMap<TypesetSettings, Map<number, number>>
  >();
  /** Headline sizes by priority, width, lines, text and text settings. */
  readonly headlineSizes = new LruMap<string, number>(SESSION_MEMO);
  /** Natural widths of one line at 100 pt, by face, text and text settings. */
  readonly naturalWidths = new LruMap<string, number>(SESSION_MEMO);

  constructor(
    readonly fonts: FontSet,
    paragraphs = SESSION_PARAGRAPHS,
    /** Told of every prepared paragraph pushed out. */
    onEvict?: (block: StoryBlock, entry: PreparedEntry) => void,
  ) {
    this.prepared = new LruMap(paragraphs, onEvict);
  }
}

/** `given` when it serves these fonts, else a fresh session (the call stays pure). */
export function typesetSession(fonts: FontSet, given?: TypesetSession): TypesetSession {
  return given && given.fonts === fonts ? given : new TypesetSession(fonts);
}

/** The settings a prepared text reads (`textStyle`), as a key. */
export function textSettingsKey(
  s: Pick<TypesetSettings, 'kinsoku' | 'hanLatinSpaceEm' | 'latin' | 'latinFace'>,
): string {
  const l = s.latin;
  return `${s.kinsoku}|${s.hanLatinSpaceEm}|${s.latinFace ? 'L' : ''}|${l.hyphenation}|${l.wordSpaceMin}|${l.wordSpaceMax}|${l.letterSpacingEm}`;
}
