// Preflight: pure checks of a composed issue before export, one rule per file.

import { emptyPagesRule } from './empty-pages';
import { emptySpaceRule } from './empty-space';
import { looseLinesRule } from './loose-lines';
import { lostJumpsRule } from './lost-jumps';
import { lowResPhotosRule } from './low-res-photos';
import { missingGlyphsRule } from './missing-glyphs';
import { notApprovedRule } from './not-approved';
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
  notApprovedRule,
  lowResPhotosRule,
  emptySpaceRule,
  looseLinesRule,
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

/** Every finding code and an example of its parameters: the UI must word each. */
export const FINDING_EXAMPLES: Record<string, Record<string, string | number>[]> = {
  'empty-page': [{}],
  overset: [
    { lines: 23, chars: 256 },
    { lines: 1, chars: 1 },
  ],
  'not-placed': [{ why: 'no-room' }, { why: 'no-text' }, { why: 'bad-module' }],
  'lost-jump': [{ page: 9 }],
  'missing-glyphs': [
    { chars: '𠮷 䶮', count: 2 },
    { chars: '䶮', count: 1, where: 'furniture' },
  ],
  unsigned: [{ status: 'filed' }],
  'page-not-approved': [{ page: 2 }],
  'low-resolution': [{ dpi: 96, min: 200 }],
  'empty-space': [
    { count: 64, percent: 8 },
    { count: 1, percent: 0.1 },
  ],
  'loose-lines': [
    { count: 3, first: 'residents of the adjacent' },
    { count: 1, first: 'a long word' },
  ],
};
