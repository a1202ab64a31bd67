import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/contract';
import type { SignedIn } from '../../../shared/contract/domains/session';
import { useTransport } from '../api-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/error-message';

/**
 * Shown after a sign-in with a one-time password (and at a new paper's first start): nothing
 * else opens until the person has chosen their own password.
 */
export function ChangePasswordScreen(props: { onChanged: (signed: SignedIn) => void }) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeat) return setError(t('password.mismatch'));
    try {
      const signed = await invoke('session.changePassword', {
        current: current === '' ? undefined : current,
        password,
      });
      props.onChanged(signed);
    } catch (e) {
      setError(
        e instanceof ApiError && e.field === 'current'
          ? t('password.wrongCurrent')
          : errorMessage(e),
      );
    }
  };

  const field = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    auto: string,
  ) => (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={auto}
        value={value}
        maxLength={200}
        onChange={(event) => set(event.target.value)}
      />
    </>
  );

  return (
    <main className="picker sign-in" aria-labelledby="password-heading">
      <h1 id="password-heading">{t('password.heading')}</h1>
      <p className="muted">{t('password.intro')}</p>
      <ErrorAlert message={error} />
      <form className="sign-in-form" onSubmit={(event) => void submit(event)}>
        {field('password-current', t('password.current'), current, setCurrent, 'current-password')}
        {field('password-new', t('password.next'), password, setPassword, 'new-password')}
        {field('password-repeat', t('password.repeat'), repeat, setRepeat, 'new-password')}
        <button type="submit" className="primary-button">
          {t('password.save')}
        </button>
      </form>
    </main>
  );
}
