import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../shared/model/issue';
import { PAGE_ROWS } from '../data/story-pages';
import { useStoryPages } from '../data/use-story-pages';
import { startStoryDrag } from './drag-data';

/** A tray card's height before it is measured. */
const CARD_ESTIMATE = 64;

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
  // Placed, as the desk answered: the card leaves at once rather than with the list's next
  // page from the desk (after the change event), which comes a round trip later.
  const [gone, setGone] = useState<ReadonlySet<number>>(new Set());
  const [goneAtTotal, setGoneAtTotal] = useState(stories.total);
  if (goneAtTotal !== stories.total) {
    setGoneAtTotal(stories.total);
    if (gone.size > 0) setGone(new Set()); // the list from the desk says it now
  }
  const assign = (storyId: number, page: number) =>
    void props.onAssign(storyId, page).then((placed) => {
      if (placed) setGone((now) => new Set(now).add(storyId));
    });
  const virtualizer = useVirtualizer({
    count: stories.total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_ESTIMATE,
    overscan: 6,
    // Heights follow the story, not the slot: a placed card's slot measures 0 until the list
    // from the desk drops it, and by index that 0 stayed with the card that moved up into it.
    getItemKey: (index) => stories.rowAt(index)?.id ?? `slot-${index}`,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
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
            const row = stories.rowAt(item.index);
            const story = row && !gone.has(row.id) ? row : undefined;
            if (row && !story) {
              return <li key={row.id} ref={virtualizer.measureElement} data-index={item.index} />;
            }
            return (
              <li
                key={story?.id ?? `loading-${item.index}`}
                ref={virtualizer.measureElement}
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
                        onClick={() => assign(story.id, page)}
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
