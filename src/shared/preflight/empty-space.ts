import { issue, type Rule } from './types';

/** Empty grid lines (summed over columns) a page may have before preflight warns. */
export const EMPTY_LINES_LIMIT = 6;

export const emptySpaceRule: Rule = ({ composed, emptyLinesLimit = EMPTY_LINES_LIMIT }) =>
  composed.pages.flatMap((page) => {
    const placed = page.modules.length > 0;
    const empty = page.report.emptyLines;
    return placed && empty > emptyLinesLimit
      ? [issue('warning', 'empty-space', page.number, null, `${empty} empty lines`)]
      : [];
  });
