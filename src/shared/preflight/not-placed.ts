import { issue, type Rule } from './types';

/** Composition says why in English; the UI needs one of a few codes to word it. */
export function whyNotPlaced(reason: string): 'no-room' | 'no-text' | 'bad-module' {
  if (reason === 'no room on the page') return 'no-room';
  if (reason === 'no story text given') return 'no-text';
  return 'bad-module';
}

/** A story assigned to a page that layout could not set there is missing from the paper. */
export const notPlacedRule: Rule = ({ composed }) =>
  composed.pages.flatMap((page) =>
    page.report.notPlaced.map((o) =>
      issue('error', 'not-placed', page.number, Number(o.storyId), `not set: ${o.reason}`, {
        why: whyNotPlaced(o.reason),
      }),
    ),
  );
