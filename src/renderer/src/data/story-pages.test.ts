import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ArgsIn, Result } from '../../../shared/contract';
import type { DeskRow } from '../../../shared/contract/wire/story';
import { fetchPage, pageKey, type StoryFilter, storyChanged } from './story-pages';

const row = (id: number, headline: string): DeskRow => ({
  id,
  headline,
  kicker: '',
  subhead: '',
  byline: '',
  dateline: '',
  section: '',
  priority: 'normal',
  status: 'draft',
  authorId: 2,
  authorName: '王小明',
  deskDate: '2026-12-04',
  chars: 10,
  version: 1,
  createdAt: '2026-12-04T08:00:00.000Z',
  updatedAt: '2026-12-04T08:00:00.000Z',
  page: null,
  lockHolder: null,
});

/** A desk of `rows` behind a fake story.page that records its calls. */
function server(rows: DeskRow[]) {
  const calls: ArgsIn<'story.page'>[] = [];
  const invoke = async (_name: 'story.page', args: ArgsIn<'story.page'>) => {
    calls.push(args);
    const matching = rows.filter((r) => args.id === undefined || r.id === args.id);
    const offset = args.offset ?? 0;
    return {
      total: matching.length,
      offset,
      rows: matching.slice(offset, offset + (args.limit ?? 100)),
    } satisfies Result<'story.page'>;
  };
  return { calls, invoke, rows };
}

async function shown(
  client: QueryClient,
  filter: StoryFilter,
  invoke: ReturnType<typeof server>['invoke'],
) {
  const observer = new QueryObserver(client, {
    queryKey: pageKey(filter, 0),
    queryFn: () => fetchPage(invoke, filter, 0),
  });
  const unsubscribe = observer.subscribe(() => undefined);
  await observer.refetch();
  return unsubscribe;
}

describe('storyChanged', () => {
  const filter: StoryFilter = { deskDate: '2026-12-04', sort: 'headline' };

  it('fetches only the row it names and puts it in place', async () => {
    const desk = server([row(1, '甲'), row(2, '乙'), row(3, '丙')]);
    const client = new QueryClient();
    await shown(client, filter, desk.invoke);
    desk.calls.length = 0;
    desk.rows[1] = row(2, '乙（改）');
    await storyChanged(client, desk.invoke, 2);
    expect(desk.calls).toEqual([{ ...filter, id: 2, offset: 0, limit: 1 }]);
    const page = client.getQueryData<Result<'story.page'>>(pageKey(filter, 0));
    expect(page?.rows.map((r) => r.headline)).toEqual(['甲', '乙（改）', '丙']);
  });

  it('loads the list again when a story joins it, and leaves it alone when one elsewhere changed', async () => {
    const desk = server([row(1, '甲')]);
    const client = new QueryClient();
    await shown(client, filter, desk.invoke);
    desk.calls.length = 0;
    await storyChanged(client, desk.invoke, 9); // not on this desk: one lookup, nothing more
    expect(desk.calls).toHaveLength(1);
    desk.rows.push(row(4, '丁'));
    desk.calls.length = 0;
    await storyChanged(client, desk.invoke, 4);
    expect(desk.calls.map((c) => c.id ?? 'page')).toEqual([4, 'page']);
    const page = client.getQueryData<Result<'story.page'>>(pageKey(filter, 0));
    expect(page?.rows.map((r) => r.id)).toEqual([1, 4]);
    expect(page?.total).toBe(2);
  });

  it('marks lists not on screen stale without fetching them', async () => {
    const desk = server([row(1, '甲')]);
    const client = new QueryClient();
    const unsubscribe = await shown(client, filter, desk.invoke);
    unsubscribe();
    desk.calls.length = 0;
    await storyChanged(client, desk.invoke, 1);
    expect(desk.calls).toEqual([]);
    expect(client.getQueryState(pageKey(filter, 0))?.isInvalidated).toBe(true);
  });
});
