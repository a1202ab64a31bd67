import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../shared/model/issue';
import { PAGE_ROWS } from '../data/story-pages';
import { useStoryPages } from '../data/use-story-pages';
import { startStoryDrag } from './drag-data';

/**
 * Every card is this tall (board.css .tray-slot: a headline of one line, ending in …); cards
 * are counted, not measured one by one (each measurement rebuilt the offsets of every
 * unplaced story of the day).
 */
const CARD_HEIGHT = 96;

/**
 * The day's stories not yet on a page (story.page with unplacedOn, paged by the server and
 * drawn only where in view): drag one onto a page, or press 上版 to put it on the page
 * chosen once at the top of the tray.
 */
export function StoryTray(props: {
  date: string;
  issue: Issue;
  /** The page the shared choice starts on (the page shown large). */
  defaultPage: number;
  /** Resolves true once the desk has placed it. */
  onAssign: (storyId: number, page: number) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [target, setTarget] = useState<number | null>(null);
  const [span, setSpan] = useState({ first: 0, last: PAGE_ROWS - 1 });
  const filter = { deskDate: props.date, unplacedOn: props.date };
  const stories = useStoryPages(filter, span.first, span.last);
  // Placed: the card leaves on the click, and comes back only if the desk refuses, rather
  // than with the list's next page from the desk (after the change event, a round trip
  // later). Each one left (story id → its place in the desk's list) moves the cards after
  // it up by one.
  const [gone, setGone] = useState<ReadonlyMap<number, number>>(new Map());
  const [goneAtTotal, setGoneAtTotal] = useState(stories.total);
  if (goneAtTotal !== stories.total) {
    setGoneAtTotal(stories.total);
    if (gone.size > 0) setGone(new Map()); // the list from the desk says it now
  }
  const skipped = [...gone.values()].sort((a, b) => a - b);
  /** The place in the desk's list of the card shown at `slot`. */
  const placeOf = (slot: number) => {
    let place = slot;
    for (const at of skipped) if (at <= place) place++;
    return place;
  };
  const assign = (storyId: number, place: number, page: number) => {
    setGone((now) => new Map(now).set(storyId, place));
    void props.onAssign(storyId, page).then((placed) => {
      if (placed) return;
      setGone((now) => {
        const back = new Map(now);
        back.delete(storyId);
        return back;
      });
    });
  };
  const virtualizer = useVirtualizer({
    count: Math.max(0, (stories.total ?? 0) - gone.size),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const first = placeOf(items[0]?.index ?? 0);
  const last = placeOf(items.at(-1)?.index ?? 0);
  useEffect(() => {
    setSpan((now) =>
      Math.floor(now.first / PAGE_ROWS) === Math.floor(first / PAGE_ROWS) &&
      Math.floor(now.last / PAGE_ROWS) === Math.floor(last / PAGE_ROWS)
        ? now
        : { first, last },
    );
  }, [first, last]);

  const pages = props.issue.pages.map((p) => p.number);
  const page = target !== null && pages.includes(target) ? target : props.defaultPage;

  return (
    <section className="story-tray" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {t('board.unplaced')}
        {stories.total !== null && <span className="muted"> {stories.total}</span>}
      </h2>
      <div className="tray-target field-inline">
        <label htmlFor={`${id}-page`}>{t('board.assignTo')}</label>
        <select
          id={`${id}-page`}
          value={page}
          onChange={(event) => setTarget(Number(event.target.value))}
        >
          {pages.map((n) => (
            <option key={n} value={n}>
              {t('board.pageN', { page: n })}
            </option>
          ))}
        </select>
      </div>
      {stories.total === 0 && <p className="muted">{t('board.noUnplaced')}</p>}
      <div className="tray-scroll" ref={scrollRef}>
        <ul style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const place = placeOf(item.index);
            const story = stories.rowAt(place);
            return (
              <li
                key={story?.id ?? `loading-${place}`}
                data-index={item.index}
                className="tray-slot"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  transform: `translateY(${item.start}px)`,
                }}
                draggable={Boolean(story)}
                data-story-id={story?.id}
                onDragStart={(event) => story && startStoryDrag(event, story.id)}
              >
                {story ? (
                  <div className="tray-story">
                    <span className="tray-headline">{story.headline}</span>
                    <span className="muted">
                      {t(`status.${story.status}`)} · {t('desk.chars', { count: story.chars })}
                    </span>
                    <span className="tray-assign">
                      <button
                        type="button"
                        className="quiet-button"
                        aria-label={t('board.assignStory', { headline: story.headline })}
                        onClick={() => assign(story.id, place, page)}
                      >
                        {t('board.assign')}
                      </button>
                    </span>
                  </div>
                ) : (
                  <div className="tray-story muted">…</div>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
