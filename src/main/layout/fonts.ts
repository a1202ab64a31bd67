// One font set per process: fontkit parses each face once, and a typesetting session
// serves one font set, so the store's session keeps hitting only with the same objects.

import type { FontSet } from '../../shared/typeset';
import { loadFontSet } from '../fonts/load-font-metrics';

let shared: FontSet | undefined;

export function layoutFonts(): FontSet {
  shared ??= loadFontSet();
  return shared;
}
