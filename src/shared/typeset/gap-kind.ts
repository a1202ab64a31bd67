// Which gap sits between two characters, by their classes: the Han–Latin ¼ em, even
// inter-character spacing that justification may stretch, or a fixed (tight) gap.

import { CharClass, isAlphanumeric } from './char-class';

// A module-local copy: CommonJS loaders (tsx) turn imported constants into getters.
const CC = { ...CharClass };
const alphanumeric = isAlphanumeric;

/** Gap kinds decide which gaps justification may stretch. */
export const GapKind = { Fixed: 0, InterChar: 1, HanLatin: 2 } as const;

/** Even inter-character spacing goes between Han-like units, not inside words or 2-em dashes. */
function isInterCharGap(a: number, b: number): boolean {
  if (a === CC.Space || b === CC.Space) return false; // spaces stretch themselves
  const aWord = alphanumeric(a) || a === CC.Quote || a === CC.LatinClose;
  const bWord = alphanumeric(b) || b === CC.Quote || b === CC.LatinClose;
  if (aWord && bWord) return false;
  if (b === CC.Unit) return false; // 14℃ stays tight
  // A hyphen or en dash inside a compound or a score (long-debated, 7-2) stays tight.
  if ((aWord && b === CC.Connector) || (a === CC.Connector && bWord)) return false;
  if ((a === CC.Dash || a === CC.Ellipsis) && a === b) return false;
  return true;
}

/** The gap before b after a: Han–Latin ¼ em, even inter-character spacing, or fixed. */
function gapKindBetween(a: number, b: number): number {
  if ((a === CC.Han && alphanumeric(b)) || (alphanumeric(a) && b === CC.Han)) {
    return GapKind.HanLatin;
  }
  return isInterCharGap(a, b) ? GapKind.InterChar : GapKind.Fixed;
}

// Worked out once for every pair of classes: prepareText asks for every character.
const CLASS_COUNT = Object.keys(CharClass).length;
const GAP_KINDS = new Uint8Array(CLASS_COUNT * CLASS_COUNT);
for (let a = 0; a < CLASS_COUNT; a++) {
  for (let b = 0; b < CLASS_COUNT; b++) GAP_KINDS[a * CLASS_COUNT + b] = gapKindBetween(a, b);
}

/** Gap kind before a character of class b that follows one of class a. */
export function gapKindOf(a: number, b: number): number {
  return GAP_KINDS[a * CLASS_COUNT + b] ?? GapKind.Fixed;
}
