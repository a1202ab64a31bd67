import { pageNameZh } from '../../../shared/calendar';
import type { PageChange, PageSignoff } from '../../../shared/model/page-signoff';

/** A page named for both languages' strings: `page` (1) and `pageZh` (第一版). */
export function pageParams(page: number): { page: number; pageZh: string } {
  return { page, pageZh: pageNameZh(page) };
}

/** One line per story changed since the approval: the first version approved to the last,
 * and everyone who changed it. */
export interface StoryChange {
  storyId: number;
  headline: string;
  from: number;
  to: number;
  by: string;
}

export function changesByStory(changes: readonly PageChange[]): StoryChange[] {
  const found = new Map<number, StoryChange & { names: string[] }>();
  for (const c of changes) {
    const seen = found.get(c.storyId);
    if (!seen) {
      found.set(c.storyId, {
        storyId: c.storyId,
        headline: c.headline,
        from: c.fromVersion,
        to: c.toVersion,
        by: c.by,
        names: [c.by],
      });
      continue;
    }
    seen.to = Math.max(seen.to, c.toVersion);
    seen.headline = c.headline;
    if (!seen.names.includes(c.by)) seen.names.push(c.by);
    seen.by = seen.names.join('、');
  }
  return [...found.values()].map(({ names: _names, ...change }) => change);
}

export type ShortState = 'approved' | 'withdrawn' | 'proofed' | 'none';

/** What a page's chip in the strip says. */
export function shortState(state: PageSignoff): ShortState {
  if (state.approved) return 'approved';
  if (state.withdrawn) return 'withdrawn';
  return state.proofs.length > 0 ? 'proofed' : 'none';
}
