// Jumps to propose where a page cannot hold its stories (Smart Jump's proposal, as a night
// editor makes it): on each page, its longest overset story that is not a brief and does not
// jump yet, sent on to the page the editor names, else the next later page with room for
// its overset lines, else the later page with the most room. A page's room is its empty
// lines less those inside pinned modules (a pinned module keeps its size, so the space it
// does not fill is no room for another story), plus the lines the other modules' pull
// quotes take (layout's fill, given back when the page has more to hold). The editor confirms, or the
// CLI's `layout --jump` makes them; a page with no later page gets none (its overset text
// stays a preflight error).

import { pullQuoteLines } from './fill-pull-quote';
import type { ComposedPage } from './types';

/** Whether the editor pinned a story's part where it is. */
export type IsPinned = (storyId: string, part: number) => boolean;

export interface JumpProposal {
  storyId: string;
  fromPage: number;
  toPage: number;
  /** Grid lines of it overset now. */
  lines: number;
}

export function proposeJumps(
  pages: readonly ComposedPage[],
  isBrief: (storyId: string) => boolean,
  options: { page?: number; toPage?: number; pinned?: IsPinned } = {},
): JumpProposal[] {
  const out: JumpProposal[] = [];
  for (const p of pages) {
    if (options.page !== undefined && p.number !== options.page) continue;
    const over = p.modules
      .filter((m) => m.part === 1 && m.linesOver > 0 && m.jumpTo === undefined)
      .filter((m) => !isBrief(m.storyId))
      .sort((a, b) => b.linesOver - a.linesOver)[0];
    if (!over) continue;
    const toPage = jumpTarget(pages, p.number, over.linesOver, options.toPage, options.pinned);
    if (toPage !== undefined)
      out.push({ storyId: over.storyId, fromPage: p.number, toPage, lines: over.linesOver });
  }
  return out;
}

/** The page a story on `from` jumps to: the one named if later, else the next with room. */
export function jumpTarget(
  pages: readonly ComposedPage[],
  from: number,
  lines: number,
  named?: number,
  pinned: IsPinned = () => false,
): number | undefined {
  const later = pages.filter((x) => x.number > from);
  if (named !== undefined && later.some((x) => x.number === named)) return named;
  const room = (x: ComposedPage) =>
    x.report.emptyLines +
    x.modules.reduce(
      (n, m) =>
        n + (pinned(m.storyId, m.part) ? -m.linesUnder : pullQuoteLines(m, x.geometry.leading)),
      0,
    );
  return (later.find((x) => room(x) >= lines) ?? [...later].sort((a, b) => room(b) - room(a))[0])
    ?.number;
}
