import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/contract';
import { useTransport } from '../api-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { DiffView } from '../history/DiffView';
import { errorMessage } from '../lib/error-message';

/** What a story's trim changed, from the version the chief approved to the latest one. */
export function PageChangeDiff(props: { storyId: number; from: number; to: number }) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const [diff, setDiff] = useState<Result<'revision.diff'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    invoke('revision.diff', { storyId: props.storyId, from: props.from, to: props.to }).then(
      (found) => live && setDiff(found),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [invoke, props.storyId, props.from, props.to]);
  if (error) return <ErrorAlert message={error} />;
  if (!diff) return <p className="muted">{t('app.loading')}</p>;
  return <DiffView diff={diff} />;
}
