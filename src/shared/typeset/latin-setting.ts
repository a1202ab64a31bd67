// The paper's Latin hyphenation and justification (H&J) values, as the engine sees them.

import type { HyphenationLanguage } from './types';

/** How Latin text is justified and hyphenated (TypesetSettings holds the paper's values). */
export interface LatinSetting {
  hyphenation: HyphenationLanguage;
  /** Word spaces may shrink to `wordSpaceMin` and stretch to `wordSpaceMax` of normal. */
  wordSpaceMin: number;
  wordSpaceMax: number;
  /** Most letter-spacing added as a last resort, in em per letter gap. */
  letterSpacingEm: number;
}

export const DEFAULT_LATIN: LatinSetting = {
  hyphenation: 'en-us',
  wordSpaceMin: 0.8,
  wordSpaceMax: 1.4,
  letterSpacingEm: 0.03,
};
