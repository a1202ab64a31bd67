import { issue, type Rule } from './types';

/**
 * How much empty space a page may have before preflight warns: the empty grid cells
 * (uncovered, plus underset lines counted per column) as a share of the text area. 3 % is
 * what auto-layout reaches on a page whose stories fit, so a warning means a real hole.
 */
export const EMPTY_SHARE_LIMIT = 0.03;
/** The same limit as lines across an 8-column broadsheet page (kept for callers). */
export const EMPTY_LINES_LIMIT = 6;

export const emptySpaceRule: Rule = ({ composed, emptyLinesLimit }) =>
  composed.pages.flatMap((page) => {
    const placed = page.modules.length > 0;
    const empty = page.report.emptyLines;
    const columns = Math.max(1, page.geometry.columns);
    const across = empty / columns;
    const share = empty / Math.max(1, columns * page.grid.rows);
    const over =
      emptyLinesLimit !== undefined ? across > emptyLinesLimit : share > EMPTY_SHARE_LIMIT;
    return placed && over
      ? [
          issue(
            'warning',
            'empty-space',
            page.number,
            null,
            `${empty} empty lines (${(share * 100).toFixed(1)} % of the text area)`,
            { count: empty, percent: Math.round(share * 1000) / 10 },
          ),
        ]
      : [];
  });
