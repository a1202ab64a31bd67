import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskRow, StorySort } from '../../../shared/contract/wire/story';
import { startStoryDrag } from '../board/drag-data';
import { ErrorAlert } from '../components/ErrorAlert';
import { PAGE_ROWS, type StoryFilter } from '../data/story-pages';
import { useStoryPages } from '../data/use-story-pages';
import { formatUpdated } from '../lib/dates';
import { errorMessage } from '../lib/error-message';
import { ROW_HEIGHT } from './row-height';
import { SortHeader } from './SortHeader';

const COLUMNS = [
  { sort: 'page', className: 'col-page', label: 'desk.colPage' },
  { sort: 'priority', className: 'col-priority', label: 'desk.colPriority' },
  { sort: 'section', className: 'col-section', label: 'desk.colSection' },
  { sort: 'headline', className: 'col-headline', label: 'desk.colHeadline' },
  { sort: 'chars', className: 'col-chars', label: 'desk.colChars' },
  { sort: 'status', className: 'col-status', label: 'desk.colStatus' },
  { sort: 'author', className: 'col-author', label: 'desk.colAuthor' },
  { sort: 'updated', className: 'col-updated', label: 'desk.colUpdated' },
] as const satisfies readonly { sort: StorySort; className: string; label: string }[];

/**
 * The day's stories, one dense row each, sorted by the server and drawn only where the
 * list is in view (pages of rows are fetched as it scrolls). The headline opens the story.
 */
export function StoryTable(props: {
  filter: StoryFilter;
  onSort: (sort: StorySort, descending: boolean) => void;
  onOpen: (id: number) => void;
  onTotal: (total: number | null) => void;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [span, setSpan] = useState({ first: 0, last: PAGE_ROWS - 1 });
  const pages = useStoryPages(props.filter, span.first, span.last);
  const count = pages.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  // Ask for other pages only when the rows in view cross into them.
  useEffect(() => {
    const from = Math.floor(first / PAGE_ROWS);
    const to = Math.floor(last / PAGE_ROWS);
    setSpan((now) =>
      Math.floor(now.first / PAGE_ROWS) === from && Math.floor(now.last / PAGE_ROWS) === to
        ? now
        : { first, last },
    );
  }, [first, last]);
  const { onTotal } = props;
  useEffect(() => onTotal(pages.total), [onTotal, pages.total]);
  // A new filter or sort starts at the top.
  const filterKey = JSON.stringify(props.filter);
  useEffect(() => {
    void filterKey;
    scrollRef.current?.scrollTo({ top: 0 });
  }, [filterKey]);

  if (pages.error) return <ErrorAlert message={errorMessage(pages.error)} />;
  if (pages.total === null) return <p className="muted">{t('app.loading')}</p>;
  if (pages.total === 0) return <p className="empty">{t('desk.empty')}</p>;
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div className="story-scroll" ref={scrollRef} data-testid="story-scroll">
      <table className="story-table" aria-rowcount={count + 1}>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <SortHeader
                key={column.sort}
                className={column.className}
                label={t(column.label)}
                sort={column.sort}
                current={props.filter.sort ?? 'workflow'}
                descending={props.filter.descending ?? false}
                onSort={props.onSort}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr className="spacer-row" style={{ height: before }} />}
          {items.map((item) => {
            const story = pages.rowAt(item.index);
            return (
              <tr
                key={story?.id ?? `loading-${item.index}`}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                draggable={Boolean(story)}
                onDragStart={(event) => story && startStoryDrag(event, story.id)}
              >
                {story ? (
                  <StoryCells story={story} onOpen={props.onOpen} />
                ) : (
                  <td colSpan={COLUMNS.length} className="muted">
                    …
                  </td>
                )}
              </tr>
            );
          })}
          {after > 0 && <tr className="spacer-row" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}

function StoryCells(props: { story: DeskRow; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const { story } = props;
  return (
    <>
      <td className="col-page">
        {story.page === null ? '' : t('board.pageN', { page: story.page })}
      </td>
      <td className="col-priority">{t(`priority.${story.priority}`)}</td>
      <td className="col-section">{story.section}</td>
      <td className="col-headline">
        {story.kicker && <span className="row-kicker">{story.kicker}</span>}
        <button type="button" className="headline-link" onClick={() => props.onOpen(story.id)}>
          {story.headline}
        </button>
        {story.lockHolder && (
          <span className="muted lock-holder">{t('desk.editing', { name: story.lockHolder })}</span>
        )}
      </td>
      <td className="col-chars">{story.chars}</td>
      <td className="col-status">
        <span className={`status-badge status-${story.status}`}>{t(`status.${story.status}`)}</span>
      </td>
      <td className="col-author">{story.authorName}</td>
      <td className="col-updated">
        <time dateTime={story.updatedAt}>{formatUpdated(story.updatedAt)}</time>
      </td>
    </>
  );
}
