// One font set per process: fontkit parses each face once, and the engine's prepared-text
// cache depends on the same metrics objects across calls.

import type { FontSet } from '../../shared/typeset';
import { loadFontSet } from '../fonts/load-font-metrics';

let shared: FontSet | undefined;

export function layoutFonts(): FontSet {
  shared ??= loadFontSet();
  return shared;
}
