import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/contract';
import type { Story } from '../../../shared/model/story';
import { useTransport } from '../api-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatUpdated } from '../lib/dates';
import { errorMessage } from '../lib/error-message';
import { DiffView } from './DiffView';

type Revisions = Result<'revision.list'>;
type Diff = Result<'revision.diff'>;

/**
 * Every saved version of the story (revision.list), the changes between two chosen ones
 * (revision.diff), and restoring one as a new version (revision.restore).
 */
export function HistoryPanel(props: {
  story: Story;
  canRestore: boolean;
  onRestored: (story: Story) => void;
}) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const id = useId();
  const [revisions, setRevisions] = useState<Revisions | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [diff, setDiff] = useState<Diff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const storyId = props.story.id;
  const latest = props.story.version;

  const load = useCallback(() => {
    invoke('revision.list', { storyId }).then(
      (list) => {
        setRevisions(list);
        const last = list.at(-1)?.version ?? null;
        setTo((current) => current ?? last);
        setFrom((current) => current ?? list.at(-2)?.version ?? last);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [invoke, storyId]);
  // Again after each new version (a save or a restore).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `latest` is the trigger
  useEffect(load, [load, latest]);

  const compare = async () => {
    if (from === null || to === null) return;
    setError(null);
    try {
      setDiff(await invoke('revision.diff', { storyId, from, to }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const restore = async (version: number) => {
    if (!window.confirm(t('history.confirmRestore', { version }))) return;
    setError(null);
    try {
      props.onRestored(await invoke('revision.restore', { storyId, version }));
      setDiff(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const picker = (label: string, value: number | null, set: (v: number) => void, key: string) => (
    <span className="field-inline">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={value ?? ''} onChange={(e) => set(Number(e.target.value))}>
        {revisions?.map((r) => (
          <option key={r.version} value={r.version}>
            {t('history.version', { version: r.version })}
          </option>
        ))}
      </select>
    </span>
  );

  return (
    <section className="history-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('history.heading')}</h2>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {revisions?.length === 0 && <p className="muted">{t('history.empty')}</p>}
      <ol className="revision-list">
        {revisions
          ?.slice()
          .reverse()
          .map((r) => (
            <li key={r.version}>
              <strong>{t('history.version', { version: r.version })}</strong>
              <span className="muted">
                {t('history.row', {
                  author: r.authorName,
                  time: formatUpdated(r.createdAt),
                  status: t(`status.${r.status}`),
                  chars: r.chars,
                })}
              </span>
              {props.canRestore && r.version !== latest && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void restore(r.version)}
                >
                  {t('history.restore', { version: r.version })}
                </button>
              )}
            </li>
          ))}
      </ol>
      {revisions && revisions.length > 1 && (
        <div className="diff-controls">
          {picker(t('history.from'), from, setFrom, 'from')}
          {picker(t('history.to'), to, setTo, 'to')}
          <button type="button" className="quiet-button" onClick={() => void compare()}>
            {t('history.compare')}
          </button>
        </div>
      )}
      {diff && <DiffView diff={diff} />}
    </section>
  );
}
