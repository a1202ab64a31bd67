import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../shared/model/issue';
import type { StorySummary } from '../../../shared/model/story';
import { useApiEvents, useTransport } from '../api-context';
import { startStoryDrag } from './drag-data';

/**
 * The day's stories not yet on a page: drag one onto a page, or pick a page and press 上版.
 */
export function StoryTray(props: {
  date: string;
  issue: Issue;
  /** The page the select starts on (the page shown large). */
  defaultPage: number;
  onAssign: (storyId: number, page: number) => void;
}) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const [stories, setStories] = useState<StorySummary[]>([]);
  const [targets, setTargets] = useState<Record<number, number>>({});
  const { date } = props;
  const load = useCallback(() => {
    invoke('story.list', { deskDate: date }).then(setStories, () => setStories([]));
  }, [invoke, date]);
  useEffect(load, [load]);
  useApiEvents(['story.changed'], load);

  const placed = new Set(props.issue.placements.map((p) => p.storyId));
  const unplaced = stories.filter((s) => !placed.has(s.id) && s.status !== 'spiked');
  const pages = props.issue.pages.map((p) => p.number);

  return (
    <section className="story-tray" aria-labelledby="tray-heading">
      <h2 id="tray-heading">{t('board.unplaced')}</h2>
      {unplaced.length === 0 && <p className="muted">{t('board.noUnplaced')}</p>}
      <ul>
        {unplaced.map((story) => (
          <li
            key={story.id}
            className="tray-story"
            draggable
            data-story-id={story.id}
            onDragStart={(event) => startStoryDrag(event, story.id)}
          >
            <span className="tray-headline">{story.headline}</span>
            <span className="muted">
              {t(`status.${story.status}`)} · {t('desk.chars', { count: story.chars })}
            </span>
            <span className="tray-assign">
              <select
                aria-label={t('board.assignPageOf', { headline: story.headline })}
                value={targets[story.id] ?? props.defaultPage}
                onChange={(event) =>
                  setTargets({ ...targets, [story.id]: Number(event.target.value) })
                }
              >
                {pages.map((n) => (
                  <option key={n} value={n}>
                    {t('board.pageN', { page: n })}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="quiet-button"
                aria-label={t('board.assignStory', { headline: story.headline })}
                onClick={() => props.onAssign(story.id, targets[story.id] ?? props.defaultPage)}
              >
                {t('board.assign')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
