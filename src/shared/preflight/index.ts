// Preflight: pure checks of a composed issue before export, one rule per file.

import { emptyPagesRule } from './empty-pages';
import { emptySpaceRule } from './empty-space';
import { lostJumpsRule } from './lost-jumps';
import { lowResPhotosRule } from './low-res-photos';
import { missingGlyphsRule } from './missing-glyphs';
import { notPlacedRule } from './not-placed';
import { oversetRule } from './overset';
import type { PreflightInput, PreflightIssue, Rule } from './types';
import { unsignedRule } from './unsigned';

export { EMPTY_LINES_LIMIT } from './empty-space';
export { MIN_DPI } from './low-res-photos';
export type { PreflightInput, PreflightIssue, PreflightStory, Severity } from './types';

const RULES: Rule[] = [
  emptyPagesRule,
  oversetRule,
  notPlacedRule,
  lostJumpsRule,
  missingGlyphsRule,
  unsignedRule,
  lowResPhotosRule,
  emptySpaceRule,
];

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Every rule's findings: errors first, then by page (issue-wide first) and story. */
export function runPreflight(input: PreflightInput): PreflightIssue[] {
  return RULES.flatMap((rule) => rule(input)).sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      (a.page ?? 0) - (b.page ?? 0) ||
      (a.storyId ?? 0) - (b.storyId ?? 0),
  );
}
