// Fill (issue 12, point 2): a module still deeper than its story after vertical
// justification gives the headline a larger size, in as many lines (a grid line more for a
// short headline well under its largest size) or more, a line of headline taking a line
// of every leg, as long as nothing goes overset. Layout's own headline only:
// a headline the editor sized or gave lines keeps them.

import type { Story } from '../typeset';
import type { FlowedPart } from './flow-part';
import type { ControlledStory } from './module-controls';

/** Lines a headline may grow to when it fills its module (a banner's three). */
const MOST_LINES = 3;

/**
 * The better of `flowed` and the part set again with its headline filling as many lines
 * as now, or up to MOST_LINES: fewer empty lines and nothing overset.
 */
export function fillByHeadline(
  story: Story,
  flowed: FlowedPart,
  cols: number,
  part: (s: Story) => FlowedPart,
): { story: Story; flowed: FlowedPart } {
  const control = (story as ControlledStory).headlineControl;
  const m = flowed.module;
  if (!story.headline || control || m.linesOver > 0 || m.linesUnder < cols) {
    return { story, flowed };
  }
  const now = m.frame.lines.filter((l) => l.kind === 'headline').length;
  let best = { story, flowed };
  for (let lines = Math.max(1, now); lines <= MOST_LINES; lines++) {
    const s: ControlledStory = { ...story, headlineControl: { lines } };
    const tried = part(s);
    const t = tried.module;
    if (t.linesOver > 0 || t.charsOver > 0) break;
    if (t.linesUnder < best.flowed.module.linesUnder) best = { story: s, flowed: tried };
  }
  return best;
}
