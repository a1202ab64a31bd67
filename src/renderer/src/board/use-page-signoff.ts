import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArgsIn, Result } from '../../../shared/contract';
import type { Role } from '../../../shared/model/roles';
import { useApiEvents, useTransport } from '../api-context';
import { errorMessage } from '../lib/error-message';

type SignoffCall = 'page.proof' | 'page.approve' | 'page.withdraw';

export interface PageSignoffState {
  signoff: Result<'page.signoff'> | null;
  /** The signed-in role, for the buttons it may use (the handlers check again). */
  role: Role | null;
  error: string | null;
  clearError: () => void;
  busy: boolean;
  act: <K extends SignoffCall>(name: K, args: ArgsIn<K>) => Promise<void>;
}

/** Every page's proof and approval state of a date, loaded again on any issue or story change. */
export function usePageSignoff(date: string): PageSignoffState {
  const { invoke } = useTransport();
  const [signoff, setSignoff] = useState<Result<'page.signoff'> | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);

  const reload = useCallback(() => {
    const mine = ++latest.current;
    invoke('page.signoff', { date }).then(
      (loaded) => mine === latest.current && setSignoff(loaded),
      () => mine === latest.current && setSignoff(null),
    );
  }, [invoke, date]);
  useEffect(() => {
    setSignoff(null);
    reload();
  }, [reload]);
  useEffect(() => {
    invoke('session.me', {}).then(
      (me) => setRole(me?.profile.role ?? null),
      () => setRole(null),
    );
  }, [invoke]);
  useApiEvents(['issue.changed', 'story.changed'], reload);

  const act = useCallback(
    async <K extends SignoffCall>(name: K, args: ArgsIn<K>) => {
      setBusy(true);
      try {
        await invoke(name, args);
        setError(null);
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setBusy(false);
        reload();
      }
    },
    [invoke, reload],
  );
  return { signoff, role, error, clearError: () => setError(null), busy, act };
}
