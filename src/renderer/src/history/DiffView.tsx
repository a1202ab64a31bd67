import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/contract';
import { DIFF_FIELDS, type DiffPart } from '../../../shared/contract/domains/revision';

type Diff = Result<'revision.diff'>;

/** Changes per field: added parts in <ins>, removed in <del>, built from the parts (text). */
export function DiffView(props: { diff: Diff }) {
  const { t } = useTranslation();
  const changed = DIFF_FIELDS.filter((field) =>
    props.diff.fields[field].some((part) => part.kind !== 'same'),
  );
  if (changed.length === 0) return <p className="muted">{t('history.noChanges')}</p>;
  return (
    <dl className="diff-view" data-testid="diff-view">
      {changed.map((field) => (
        <div key={field} className="diff-field">
          <dt>{t(`history.fields.${field}`)}</dt>
          <dd>
            {props.diff.fields[field].map((part, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a diff's parts are fixed, never reordered
              <DiffPartView key={`${i}-${part.kind}`} part={part} />
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function DiffPartView(props: { part: DiffPart }) {
  const { t } = useTranslation();
  const { part } = props;
  if (part.kind === 'added') {
    return (
      <ins className="diff-added" title={t('history.added')}>
        {part.text}
      </ins>
    );
  }
  if (part.kind === 'removed') {
    return (
      <del className="diff-removed" title={t('history.removed')}>
        {part.text}
      </del>
    );
  }
  return <span>{part.text}</span>;
}
