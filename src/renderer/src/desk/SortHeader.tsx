import { useTranslation } from 'react-i18next';
import type { StorySort } from '../../../shared/contract/wire/story';

/**
 * A column heading that sorts the list by its column (on the server); a second click turns
 * the order round. aria-sort tells which column sorts and which way.
 */
export function SortHeader(props: {
  className: string;
  label: string;
  sort: StorySort;
  current: StorySort;
  descending: boolean;
  onSort: (sort: StorySort, descending: boolean) => void;
}) {
  const { t } = useTranslation();
  const active = props.current === props.sort;
  const ariaSort = active ? (props.descending ? 'descending' : 'ascending') : 'none';
  return (
    <th scope="col" className={props.className} aria-sort={ariaSort}>
      <button
        type="button"
        className="sort-button"
        title={t('desk.sortBy', { column: props.label })}
        onClick={() => props.onSort(props.sort, active ? !props.descending : false)}
      >
        {props.label}
        {active && <span aria-hidden="true">{props.descending ? ' ▼' : ' ▲'}</span>}
      </button>
    </th>
  );
}
