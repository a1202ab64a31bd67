// Headline sizes by priority and module width: the lead biggest, sizes growing with the
// width of the module, and the headline kept to at most two lines where it can be. The
// engine rounds each part of the stack up to whole grid lines.

import {
  type FontSet,
  type HeadlineStack,
  prepareText,
  setHeadlineStack,
  setParagraph,
  type TypesetSettings,
} from '../typeset';
import { naturalWidth100 } from './natural-width';
import type { Priority } from './types';

/** Headline size as a fraction of the module width, and its bounds in pt. */
const SCALE: Record<Priority, { ratio: number; min: number; max: number }> = {
  lead: { ratio: 1 / 12, min: 20, max: 48 },
  normal: { ratio: 1 / 16, min: 14, max: 32 },
  brief: { ratio: 1 / 20, min: 11, max: 16 },
};
const MAX_HEADLINE_LINES = 2;
/** The repeated headline over a continuation: this share of a normal story's headline. */
const CONTINUED_SHARE = 0.75;

const half = (n: number) => Math.round(n * 2) / 2;

function linesAt(text: string, size: number, width: number, s: TypesetSettings, fonts: FontSet) {
  const p = prepareText(
    [{ text }],
    { family: 'sans', size, bold: true, kinsoku: s.kinsoku, hanLatinSpaceEm: s.hanLatinSpaceEm },
    fonts,
  );
  return setParagraph(p, { measure: width, indent: 0, justify: false, align: 'left' }).length;
}

/** Memo of sizes per font set: the same headline is sized for many candidate widths. */
const sizes = new WeakMap<FontSet, Map<string, number>>();

export function headlineSize(
  headline: string,
  priority: Priority,
  width: number,
  s: TypesetSettings,
  fonts: FontSet,
): number {
  let memo = sizes.get(fonts);
  if (!memo) {
    memo = new Map();
    sizes.set(fonts, memo);
  }
  const key = `${priority}${Math.round(width * 100)}${s.kinsoku}|${headline}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const { ratio, min, max } = SCALE[priority];
  // Start from the size at which the natural width fills the allowed lines, then check.
  const natural = naturalWidth100(headline, 'sans', true, s, fonts);
  const fill = natural > 0 ? (MAX_HEADLINE_LINES * width * 0.95 * 100) / natural : max;
  let size = half(Math.min(max, Math.max(min, Math.min(width * ratio, fill))));
  while (size > min && linesAt(headline, size, width, s, fonts) > MAX_HEADLINE_LINES) {
    size = Math.max(min, half(size * 0.9));
  }
  if (memo.size >= 4096) memo.clear();
  memo.set(key, size);
  return size;
}

/** The engine settings for a story's stack in a module `width` pt wide. */
export function stackSettings(
  stack: HeadlineStack | undefined,
  priority: Priority,
  width: number,
  s: TypesetSettings,
  fonts: FontSet,
): TypesetSettings {
  const size = stack ? headlineSize(stack.headline, priority, width, s, fonts) : s.bodySize;
  return {
    ...s,
    headlineSizes: {
      headline: size,
      kicker: Math.max(s.bodySize + 1, half(size * 0.5)),
      subhead: Math.max(s.bodySize + 1, half(size * 0.6)),
      byline: s.bodySize,
    },
  };
}

/** Settings for the smaller repeated headline over a continuation. */
export function continuedSettings(
  width: number,
  s: TypesetSettings,
  originalSize?: number,
): TypesetSettings {
  const byWidth = Math.min(SCALE.normal.max, width * SCALE.normal.ratio) * CONTINUED_SHARE;
  const cap = originalSize ? originalSize * CONTINUED_SHARE : byWidth;
  const size = half(Math.max(SCALE.brief.min, Math.min(byWidth, cap)));
  return { ...s, headlineSizes: { ...s.headlineSizes, headline: size } };
}

/** Memo of stack heights per font set: the search asks for each width many times. */
const stackRowsMemo = new WeakMap<FontSet, Map<string, number>>();

/** Grid lines of a headline stack as the engine sets it at `width` (memoized). */
export function headlineStackRows(
  stack: HeadlineStack,
  width: number,
  s: TypesetSettings,
  fonts: FontSet,
): number {
  let memo = stackRowsMemo.get(fonts);
  if (!memo) {
    memo = new Map();
    stackRowsMemo.set(fonts, memo);
  }
  const h = s.headlineSizes;
  const key = [
    Math.round(width * 100),
    s.leading,
    s.headlineLeadingRatio,
    s.kinsoku,
    s.hanLatinSpaceEm,
    h.kicker,
    h.headline,
    h.subhead,
    h.byline,
    stack.kicker ?? '',
    stack.headline,
    stack.subhead ?? '',
    stack.byline ?? '',
  ].join('|');
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const rows = setHeadlineStack(stack, width, s, fonts).rows;
  if (memo.size >= 4096) memo.clear();
  memo.set(key, rows);
  return rows;
}
