import { issue, type Rule } from './types';

/**
 * How much empty space a page may have before preflight warns, in lines across the whole
 * page: the composer counts empty grid lines per column, so a page of 8 columns may have
 * 8 × 6 of them. (A single empty line in every column is a visible gap; six is a hole.)
 */
export const EMPTY_LINES_LIMIT = 6;

export const emptySpaceRule: Rule = ({ composed, emptyLinesLimit = EMPTY_LINES_LIMIT }) =>
  composed.pages.flatMap((page) => {
    const placed = page.modules.length > 0;
    const empty = page.report.emptyLines;
    const across = empty / Math.max(1, page.geometry.columns);
    return placed && across > emptyLinesLimit
      ? [
          issue(
            'warning',
            'empty-space',
            page.number,
            null,
            `${empty} empty lines (${across.toFixed(1)} lines across the page)`,
          ),
        ]
      : [];
  });
