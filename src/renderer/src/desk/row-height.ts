/**
 * Every desk row is one line of this height (screens.css: the kicker stands before the
 * headline, a long headline ends in …). Rows are not measured one by one: with 10,000 rows
 * each measurement rebuilt the list's 10,000 offsets, most of the desk's first render.
 */
export const ROW_HEIGHT = 35;
