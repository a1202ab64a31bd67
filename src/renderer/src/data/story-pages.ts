import type { QueryClient } from '@tanstack/react-query';
import type { ArgsIn, Result } from '../../../shared/contract';
import type { DeskRow } from '../../../shared/contract/wire/story';
import { warmUiFonts } from '../fonts/warm-ui-fonts';

/** Rows fetched per story.page call; the list asks for the pages in view. */
export const PAGE_ROWS = 100;

/** What a paged story list shows: everything of story.page but where it starts. */
export type StoryFilter = Omit<ArgsIn<'story.page'>, 'offset' | 'limit' | 'id'>;
type PageResult = Result<'story.page'>;
type Invoke = (name: 'story.page', args: ArgsIn<'story.page'>) => Promise<PageResult>;

/** The desk's list of a day as it first shows: every status, in workflow order. */
export const deskFilter = (
  deskDate: string,
  status?: StoryFilter['status'],
  order: Pick<StoryFilter, 'sort' | 'descending'> = { sort: 'workflow', descending: false },
): StoryFilter => ({ deskDate, status, ...order });

/** The cache key of one page of one list: ['story.page', filter, page index]. */
export const pageKey = (filter: StoryFilter, index: number) =>
  ['story.page', filter, index] as const;
export const listKey = (filter: StoryFilter) => ['story.page', filter] as const;

export async function fetchPage(invoke: Invoke, filter: StoryFilter, index: number) {
  const page = await invoke('story.page', {
    ...filter,
    offset: index * PAGE_ROWS,
    limit: PAGE_ROWS,
  });
  const rows = page.rows;
  warmUiFonts(
    rows.map((r) => r.headline).join(''),
    rows.map((r) => `${r.kicker}${r.section}${r.authorName}${r.lockHolder ?? ''}`).join(''),
  );
  return page;
}

/**
 * Asks for the desk's first page as sign-in answers, before the app renders its shell: the
 * request no longer waits for that render (100–200 ms on the e2e machine) to be made.
 */
export function prefetchDesk(client: QueryClient, invoke: Invoke, deskDate: string): void {
  const filter = deskFilter(deskDate);
  void client.prefetchQuery({
    queryKey: pageKey(filter, 0),
    queryFn: () => fetchPage(invoke, filter, 0),
  });
}

function replaceRow(page: PageResult, row: DeskRow): PageResult {
  return { ...page, rows: page.rows.map((r) => (r.id === row.id ? row : r)) };
}

/**
 * A story changed: each list on screen that holds its row gets that one row again (in place);
 * a list it newly belongs to, or no longer belongs to, loads its visible pages again. Without
 * an id (many stories at once) every list loads again. Lists not on screen are marked stale.
 */
export async function storyChanged(client: QueryClient, invoke: Invoke, id: number | undefined) {
  // Lists not on screen load again when they are next shown.
  await client.invalidateQueries({
    queryKey: ['story.page'],
    type: 'inactive',
    refetchType: 'none',
  });
  const active = client
    .getQueryCache()
    .findAll({ queryKey: ['story.page'], type: 'active' })
    .map((query) => query.queryKey[1] as StoryFilter);
  const filters = [...new Map(active.map((f) => [JSON.stringify(f), f])).values()];
  await Promise.all(
    filters.map(async (filter) => {
      if (id === undefined) return client.invalidateQueries({ queryKey: listKey(filter) });
      const holders = client
        .getQueriesData<PageResult>({ queryKey: listKey(filter) })
        .filter(([, page]) => page?.rows.some((r) => r.id === id));
      const fresh = await invoke('story.page', { ...filter, id, offset: 0, limit: 1 });
      const row = fresh.rows[0];
      if (row && holders.length > 0) {
        for (const [key, page] of holders) {
          if (page) client.setQueryData(key, replaceRow(page, row));
        }
        return;
      }
      // It came into the list or left it: rows shift, so the pages in view load again.
      if (row || holders.length > 0) await client.invalidateQueries({ queryKey: listKey(filter) });
    }),
  );
}
