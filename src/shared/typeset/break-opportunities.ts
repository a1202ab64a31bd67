// Where a line may break: UAX #14 pair rules for the classes in char-class.ts (tailored for
// Chinese like CSS `line-break: loose` at the basic level, which allows a break before ……),
// then refined by clreq 禁则 and the rule that a number stays with its unit.

import { CharClass } from './char-class';
import { cannotEndLine, cannotStartLine } from './kinsoku';
import type { KinsokuLevel } from './types';

// A module-local copy: CommonJS loaders (tsx) turn imported constants into getters.
const CC = { ...CharClass };
const cannotEnd = cannotEndLine;
const cannotStart = cannotStartLine;
function isWordPart(c: number): boolean {
  return c === CC.Letter || c === CC.Digit || c === CC.Quote;
}

/** UAX #14-style decision for the boundary between classes a and b, before 禁则. */
export function pairAllowsBreak(a: number, b: number): boolean {
  if (b === CC.Space || a === CC.Glue || b === CC.Glue) return false;
  if (a === CC.Space) return true;
  if (a === CC.Dash && b === CC.Dash) return false; // —— is one unit
  if (a === CC.Ellipsis && b === CC.Ellipsis) return false; // …… is one unit
  if (isWordPart(a) && isWordPart(b)) return false; // inside a Latin word or a number
  if (a === CC.Digit && (b === CC.Han || b === CC.Unit)) return false; // 50名
  if (b === CC.Unit && isWordPart(a)) return false;
  if (a === CC.Prefix || a === CC.LatinOpen || a === CC.Quote) return false;
  if (b === CC.LatinClose || b === CC.Quote) return false;
  if (a === CC.LatinClose && (isWordPart(b) || b === CC.LatinOpen)) return false;
  if (a === CC.Connector && b === CC.Digit) return false; // 3-5, -5
  if (b === CC.Connector && isWordPart(a)) return false; // no break before a hyphen
  return true;
}

// pairAllowsBreak for every pair of classes, worked out once: it is asked for every character.
const CLASS_COUNT = Object.keys(CharClass).length;
const PAIR_BREAKS = new Uint8Array(CLASS_COUNT * CLASS_COUNT);
for (let a = 0; a < CLASS_COUNT; a++) {
  for (let b = 0; b < CLASS_COUNT; b++) {
    PAIR_BREAKS[a * CLASS_COUNT + b] = pairAllowsBreak(a, b) ? 1 : 0;
  }
}

/**
 * breakAfter[k] = 1 when a line may end after character k (k < n - 1). `breakAfter` may be
 * passed in (zeroed, length n) so prepareText can keep all its arrays in one buffer.
 */
export function findBreakOpportunities(
  cls: Uint8Array,
  level: KinsokuLevel,
  breakAfter: Uint8Array = new Uint8Array(cls.length),
): Uint8Array {
  const n = cls.length;
  for (let k = 0; k + 1 < n; k++) {
    const a = cls[k] ?? 0;
    const b = cls[k + 1] ?? 0;
    if (PAIR_BREAKS[a * CLASS_COUNT + b] !== 1) continue;
    if (cannotEnd(cls, lastBeforeSpaces(cls, k), level)) continue; // UAX #14 LB14: OP SP* ×
    if (cannotStart(cls, k + 1, level)) continue;
    breakAfter[k] = 1;
  }
  return breakAfter;
}

function lastBeforeSpaces(cls: Uint8Array, k: number): number {
  let j = k;
  while (j > 0 && cls[j] === CC.Space) j--;
  return j;
}
