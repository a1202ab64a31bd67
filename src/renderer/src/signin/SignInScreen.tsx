import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/contract';
import type { SignedIn } from '../../../shared/contract/domains/session';
import { useTransport } from '../api-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { ConnectRemote } from '../lan/ConnectRemote';
import { formatDay, todayDeskDate } from '../lib/dates';
import { errorMessage } from '../lib/error-message';
import { whenIdle } from '../lib/when-idle';

/** Name and password (or PIN); the session the desk answers with says who works here. */
export function SignInScreen(props: { onSignedIn: (signed: SignedIn) => void; notice?: string }) {
  const { t, i18n } = useTranslation();
  // While a name and password are typed: the desk's day format made once (its first use
  // loads the locale's calendar data, some 50 ms of the desk's first render).
  useEffect(() => whenIdle(() => void formatDay(todayDeskDate(), i18n.language)), [i18n.language]);
  const { invoke, kind } = useTransport();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const signed = await invoke('session.login', { name, password });
      setError(null);
      props.onSignedIn(signed);
    } catch (e) {
      setPassword('');
      setError(refusalText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="picker sign-in" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">{t('signIn.heading')}</h1>
      {props.notice && <p className="notice">{props.notice}</p>}
      <ErrorAlert message={error} />
      <form data-sign-in className="sign-in-form" onSubmit={(event) => void submit(event)}>
        <p className="muted">{t('signIn.intro')}</p>
        <label htmlFor="sign-in-name">{t('signIn.name')}</label>
        <input
          id="sign-in-name"
          name="name"
          type="text"
          autoComplete="username"
          value={name}
          maxLength={40}
          required
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor="sign-in-password">{t('signIn.password')}</label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          maxLength={200}
          required
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" className="primary-button" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
      {/* Only the desktop app: a browser is already on the host it should use. */}
      {kind === 'ipc' && <ConnectRemote />}
    </main>
  );
}

function refusalText(error: unknown, t: ReturnType<typeof useTranslation>['t']): string {
  if (error instanceof ApiError && error.code === 'unauthorized') return t('signIn.wrong');
  if (error instanceof ApiError && error.code === 'refused') return t('signIn.tooMany');
  return errorMessage(error);
}
