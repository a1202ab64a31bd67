// What total fit minimises: each line's demerits, from how far its word spaces stray from
// normal, whether it is loose, and whether it ends with a hyphen.

export const LINE_PENALTY = 10;
/**
 * Demerits per unit of the line's word-space deviation: the sum over its spaces of
 * (width / normal - 1)², the figure bench:typeset holds against Chromium. Knuth's cubic
 * badness alone let one line take all the slack (a word space 37 times normal) to save a
 * hyphen or a second loose line; priced by deviation, slack spreads over lines instead.
 */
const DEVIATION_DEMERITS = 100_000;
/** A line whose word spaces pass their bound even with letter-spacing, on top of its deviation. */
const LOOSE_DEMERITS = 10 * DEVIATION_DEMERITS;
/** A hyphen is taken only where it saves this much deviation (or a loose line and more). */
const HYPHEN_DEMERITS = 30 * DEVIATION_DEMERITS;
/** A hyphenated line right after another (the rule allows two in a row): a ladder starts. */
export const CONSECUTIVE_HYPHEN_DEMERITS = 20 * DEVIATION_DEMERITS;
/** Beyond the word-space bounds with letter-spacing: allowed, but only when nothing is better. */
const LETTERSPACED_BADNESS = 100;
/** A line cut with no legal break. */
export const FORCED_DEMERITS = 1e12;
const EPSILON = 1e-6;

/**
 * Demerits of a justified line (not a paragraph's last) at `measure`: its natural width, its
 * word spaces' stretch, their number and natural width, its letter gaps (with the hyphen's),
 * and the hyphen it adds (`extra` wide) if it ends at a hyphenation point. The solver has
 * all these at hand; this runs per candidate line. `em` is the paragraph's size.
 */
export function lineDemerits(
  measure: number,
  min: number,
  natural: number,
  hyphen: boolean,
  extra: number,
  stretch: number,
  letters: number,
  letterSpacing: number,
  spaces: number,
  spaceWidth: number,
  em: number,
): number {
  const diff = measure - natural - extra;
  // As if the spaces took all the slack: letter-spacing hides it from the figure, not the eye.
  // A lone word's slack counts as one quarter-em space.
  let deviation = 0;
  if (spaces > 0) deviation = spaces * (diff / spaceWidth) ** 2;
  else if (diff > 0) deviation = (diff / (em / 4)) ** 2;
  let badness: number;
  let loose = false;
  if (diff < 0) {
    const shrink = natural - min;
    badness = shrink > 0 ? 100 * (-diff / shrink) ** 3 : 0;
  } else if (diff <= stretch + EPSILON) {
    badness = stretch > 0 ? 100 * (diff / stretch) ** 3 : 0;
  } else {
    const room = letters * letterSpacing;
    const over = diff - stretch;
    loose = over > room + EPSILON;
    badness = LETTERSPACED_BADNESS + 100 * (loose ? 1 : (over / room) ** 3);
  }
  let demerits = (LINE_PENALTY + badness) ** 2 + DEVIATION_DEMERITS * deviation;
  if (loose) demerits += LOOSE_DEMERITS;
  return hyphen ? demerits + HYPHEN_DEMERITS : demerits;
}
