import type { Query, QueryClient } from '@tanstack/react-query';
import type { EventName, EventPayload } from '../../../shared/contract';
import type { LayoutIssue } from '../../../shared/contract/wire/layout-page';

/** The cache key of a day's composed issue (layout.compose of all pages). */
export const layoutKey = (date: string) => ['layout.compose', date] as const;

/** What a layout query keeps beside its data: the issue it composes, once known. */
export interface LayoutMeta extends Record<string, unknown> {
  issueId?: number;
}

/** How long after an action's reply its change events are still looked for (ms). */
export const OWN_EVENT_MS = 5000;

/** A change event a board action will cause; `id` undefined matches any id. */
export interface OwnEvent {
  event: EventName;
  id?: number;
}

interface Expected extends OwnEvent {
  date: string;
  call: string;
  until: number;
}

/** What an action sends with its call, and tells the book once its reply is in. */
export interface OwnCall {
  /** The call's tag (CallOptions.call): the desk puts it on every event the call causes. */
  call: string;
  settle(ok: boolean): void;
}

let calls = 0;
/** A tag no other window's call has: this window's random part and a counter. */
const windowTag = Math.random().toString(36).slice(2, 10);

/**
 * The change events of the board's own actions. The action's reply is the composed issue,
 * applied at once; its events say nothing new, so they must not make the board compose the
 * issue again. An event is the action's own only when it carries the action's call tag, so a
 * colleague's change in the same moment is never taken for one's own; the time limit only
 * keeps the book short (an event that never comes, on a transport that dropped it).
 */
export class OwnEvents {
  private expected: Expected[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** Before the call: its tag, and what to call with its outcome when the reply is in. */
  expect(date: string, events: readonly OwnEvent[]): OwnCall {
    calls += 1;
    const call = `board-${windowTag}-${calls}`;
    const mine = events.map((e) => ({ ...e, date, call, until: Number.POSITIVE_INFINITY }));
    this.expected.push(...mine);
    return {
      call,
      settle: (ok) => {
        // A refused call changed nothing, so it sends no events.
        if (!ok) this.expected = this.expected.filter((e) => !mine.includes(e));
        else for (const e of mine) e.until = this.now() + OWN_EVENT_MS;
      },
    };
  }

  /** True, once, for an event that an action on `date` announced and tagged `call`. */
  take(date: string, event: EventName, id: number | undefined, call: string | undefined): boolean {
    const now = this.now();
    this.expected = this.expected.filter((e) => e.until > now);
    if (call === undefined) return false;
    const at = this.expected.findIndex(
      (e) =>
        e.call === call &&
        e.date === date &&
        e.event === event &&
        (e.id === undefined || e.id === id),
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
    .filter((query) => !book.take(query.queryKey[1] as string, event, payload.id, payload.call));
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
