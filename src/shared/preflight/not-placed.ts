import { issue, type Rule } from './types';

/** A story assigned to a page that layout could not set there is missing from the paper. */
export const notPlacedRule: Rule = ({ composed }) =>
  composed.pages.flatMap((page) =>
    page.report.notPlaced.map((o) =>
      issue('error', 'not-placed', page.number, Number(o.storyId), `not set: ${o.reason}`),
    ),
  );
