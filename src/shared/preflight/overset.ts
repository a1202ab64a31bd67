import { issue, type Rule } from './types';

/** Text that does not fit its module is not printed: an error until it is cut or jumped. */
export const oversetRule: Rule = ({ composed }) =>
  composed.pages.flatMap((page) =>
    page.report.overset.map((o) =>
      issue(
        'error',
        'overset',
        page.number,
        Number(o.storyId),
        `overset by ${o.lines} lines (${o.chars} characters)`,
        { lines: o.lines, chars: o.chars },
      ),
    ),
  );
