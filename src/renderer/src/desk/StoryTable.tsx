import { useTranslation } from 'react-i18next';
import type { StorySummary } from '../../../shared/model/story';
import { startStoryDrag } from '../board/drag-data';
import { formatUpdated } from '../lib/dates';

/** The day's stories, one dense row each; the headline opens the story. */
type Row = StorySummary & { lockHolder?: string | null };

export function StoryTable(props: { stories: Row[]; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <table className="story-table">
      <thead>
        <tr>
          <th scope="col" className="col-headline">
            {t('desk.colHeadline')}
          </th>
          <th scope="col" className="col-status">
            {t('desk.colStatus')}
          </th>
          <th scope="col" className="col-author">
            {t('desk.colAuthor')}
          </th>
          <th scope="col" className="col-chars">
            {t('desk.colChars')}
          </th>
          <th scope="col" className="col-updated">
            {t('desk.colUpdated')}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.stories.map((story) => (
          <tr key={story.id} draggable onDragStart={(event) => startStoryDrag(event, story.id)}>
            <td className="col-headline">
              {story.kicker && <span className="row-kicker">{story.kicker}</span>}
              <button
                type="button"
                className="headline-link"
                onClick={() => props.onOpen(story.id)}
              >
                {story.headline}
              </button>
              {story.lockHolder && (
                <span className="muted lock-holder">
                  {t('desk.editing', { name: story.lockHolder })}
                </span>
              )}
            </td>
            <td className="col-status">
              <span className={`status-badge status-${story.status}`}>
                {t(`status.${story.status}`)}
              </span>
            </td>
            <td className="col-author">{story.authorName}</td>
            <td className="col-chars">{story.chars}</td>
            <td className="col-updated">
              <time dateTime={story.updatedAt}>{formatUpdated(story.updatedAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
