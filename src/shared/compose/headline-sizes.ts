// Headline sizes by priority and module width: the lead biggest, sizes growing with the
// width of the module, and the headline kept to at most two lines where it can be. The
// engine rounds each part of the stack up to whole grid lines.

import {
  type FontSet,
  type HeadlineStack,
  prepareText,
  setParagraph,
  type TypesetSession,
  type TypesetSettings,
  textSettingsKey,
  textStyle,
  typesetSession,
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
  const p = prepareText([{ text }], textStyle({ family: 'sans', size, bold: true }, s), fonts);
  return setParagraph(p, { measure: width, indent: 0, justify: false, align: 'left' }).length;
}

/** What the editor set on a module's headline: its size, or the lines it fills at most. */
export interface HeadlineControl {
  size?: number;
  lines?: number;
}

export function headlineSize(
  headline: string,
  priority: Priority,
  width: number,
  s: TypesetSettings,
  fonts: FontSet,
  /** Lines the editor gave the headline: sized to fill them, down to a brief's smallest. */
  lines?: number,
  session?: TypesetSession,
): number {
  // Kept in the session: the same headline is sized for many candidate widths.
  const own = typesetSession(fonts, session);
  const memo = own.headlineSizes;
  const key = `${priority}${Math.round(width * 100)}|${lines ?? ''}|${textSettingsKey(s)}|${headline}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const scale = SCALE[priority];
  const { max } = scale;
  const min = lines === undefined ? scale.min : Math.min(scale.min, SCALE.brief.min);
  const ratio = lines === undefined ? scale.ratio : Number.POSITIVE_INFINITY;
  const most = lines ?? MAX_HEADLINE_LINES;
  // Start from the size at which the natural width fills the allowed lines, then check.
  const natural = naturalWidth100(headline, 'sans', true, s, fonts, own);
  const fill = natural > 0 ? (most * width * 0.95 * 100) / natural : max;
  let size = half(Math.min(max, Math.max(min, Math.min(width * ratio, fill))));
  while (size > min && linesAt(headline, size, width, s, fonts) > most) {
    size = Math.max(min, half(size * 0.9));
  }
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
  control: HeadlineControl = {},
  session?: TypesetSession,
): TypesetSettings {
  const size = !stack
    ? s.bodySize
    : (control.size ??
      headlineSize(stack.headline, priority, width, s, fonts, control.lines, session));
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
