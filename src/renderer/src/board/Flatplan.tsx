import { useTranslation } from 'react-i18next';
import type { LayoutIssue } from '../../../shared/contract/wire/layout-page';

import { PageThumb } from './PageThumb';

/** The issue's pages side by side as live thumbnails (the flatplan). */
export function Flatplan(props: {
  layout: LayoutIssue;
  selected: number;
  onSelect: (page: number) => void;
  onDropStory: (storyId: number, page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="flatplan" aria-label={t('board.flatplan')}>
      {props.layout.pages.map((page) => (
        <PageThumb
          key={page.number}
          page={page}
          title={t('board.pageTitle', { page: page.number, name: page.name })}
          selected={page.number === props.selected}
          onSelect={() => props.onSelect(page.number)}
          onDropStory={(storyId) => props.onDropStory(storyId, page.number)}
        />
      ))}
    </nav>
  );
}
