// clreq 禁则: which characters may not start or end a line, at three levels.
// basic: closing marks, stops, connectors and interpuncts never start a line; opening
// marks never end one. gb adds ／ at line end. strict adds —— and …… at line start.

import { CharClass } from './char-class';
import type { KinsokuLevel } from './types';

// A module-local copy: CommonJS loaders (tsx) turn imported constants into getters.
const CC = { ...CharClass };
/** `cls` is the class array of the text; `k` the index of the character after the break. */
export function cannotStartLine(cls: Uint8Array, k: number, level: KinsokuLevel): boolean {
  const c = cls[k];
  switch (c) {
    case CC.Close:
    case CC.Stop:
    case CC.Exclaim:
    case CC.Interpunct:
    case CC.Connector:
    case CC.LatinClose:
      return true;
    case CC.Dash: {
      // A lone — is a connector mark; a pair —— is a 2-em dash, kept off the line start
      // only at the strict level.
      const paired = cls[k + 1] === CC.Dash || cls[k - 1] === CC.Dash;
      return !paired || level === 'strict';
    }
    case CC.Ellipsis:
      return level === 'strict';
    default:
      return false;
  }
}

/** `k` is the index of the character before the break. */
export function cannotEndLine(cls: Uint8Array, k: number, level: KinsokuLevel): boolean {
  const c = cls[k];
  if (c === CC.Open || c === CC.LatinOpen) return true;
  return c === CC.Solidus && level !== 'basic';
}
