import type { Query, QueryClient } from '@tanstack/react-query';
import type { EventName, EventPayload } from '../../../shared/contract';
import type { LayoutIssue } from '../../../shared/contract/wire/layout-page';

/** The cache key of a day's composed issue (layout.compose of all pages). */
export const layoutKey = (date: string) => ['layout.compose', date] as const;

/** What a layout query keeps beside its data: the issue it composes, once known. */
export interface LayoutMeta extends Record<string, unknown> {
  issueId?: number;
}

/** How long after an action's reply its change events may still come in (ms). */
export const OWN_EVENT_MS = 1000;

/** A change event a board action will cause; `id` undefined matches any id. */
export interface OwnEvent {
  event: EventName;
  id?: number;
}

interface Expected extends OwnEvent {
  date: string;
  until: number;
}

/**
 * The change events of the board's own actions. The action's reply is the composed issue,
 * applied at once; its events (sent before or after the reply, by transport) say nothing new,
 * so they must not make the board compose the issue again.
 */
export class OwnEvents {
  private expected: Expected[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** Before the call; the returned function is called with its outcome when the reply is in. */
  expect(date: string, events: readonly OwnEvent[]): (ok: boolean) => void {
    const mine = events.map((e) => ({ ...e, date, until: Number.POSITIVE_INFINITY }));
    this.expected.push(...mine);
    return (ok) => {
      // A refused call changed nothing, so it sends no events.
      if (!ok) this.expected = this.expected.filter((e) => !mine.includes(e));
      else for (const e of mine) e.until = this.now() + OWN_EVENT_MS;
    };
  }

  /** True, once, for an event an action on `date` announced. */
  take(date: string, event: EventName, id: number | undefined): boolean {
    const now = this.now();
    this.expected = this.expected.filter((e) => e.until > now);
    const at = this.expected.findIndex(
      (e) => e.date === date && e.event === event && (e.id === undefined || e.id === id),
    );
    if (at < 0) return false;
    this.expected.splice(at, 1);
    return true;
  }
}

const own = new WeakMap<QueryClient, OwnEvents>();

/** The own-event book of a query cache (one per cache, as the cache is one per window). */
export function ownEventsOf(client: QueryClient): OwnEvents {
  let book = own.get(client);
  if (!book) {
    book = new OwnEvents();
    own.set(client, book);
  }
  return book;
}

/** Whether an event may change what a layout query holds. */
function dependsOn(query: Query, event: EventName, id: number | undefined): boolean {
  if (event === 'settings.changed') return true;
  const data = query.state.data as LayoutIssue | undefined;
  if (id === undefined || !data) return true;
  if (event === 'story.changed') {
    // A story's save matters only where it is placed (set or not); placing one also sends
    // issue.changed.
    return (
      data.pages.some((p) => p.modules.some((m) => m.storyId === id)) ||
      data.notPlaced.some((n) => n.storyId === id)
    );
  }
  if (event === 'issue.changed') {
    const issueId = (query.meta as LayoutMeta | undefined)?.issueId;
    return issueId === undefined || issueId === id;
  }
  return false;
}

/**
 * A change event reached the window: each composed issue it may change is composed again
 * (if on screen; else when next shown), unless the event is a board action's own.
 */
export function layoutChanged(
  client: QueryClient,
  event: EventName,
  payload: EventPayload,
): Promise<unknown> {
  const book = ownEventsOf(client);
  const stale = client
    .getQueryCache()
    .findAll({ queryKey: ['layout.compose'] })
    .filter((query) => dependsOn(query, event, payload.id))
    .filter((query) => !book.take(query.queryKey[1] as string, event, payload.id));
  return Promise.all(
    stale.map((query) => client.invalidateQueries({ queryKey: query.queryKey, exact: true })),
  );
}

/**
 * Shows a composed issue an action returned: a compose still on its way (asked before the
 * action) is dropped, as it may predate it.
 */
export async function applyLayout(client: QueryClient, date: string, layout: LayoutIssue) {
  await client.cancelQueries({ queryKey: layoutKey(date), exact: true });
  client.setQueryData(layoutKey(date), layout);
}
