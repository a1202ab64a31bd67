import { issue, type Rule } from './types';

/** A page with no story prints blank. */
export const emptyPagesRule: Rule = ({ composed }) =>
  composed.pages.flatMap((page) =>
    page.modules.length === 0
      ? [issue('error', 'empty-page', page.number, null, 'no stories')]
      : [],
  );
