import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTransport } from '../api-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/error-message';

/**
 * 连接到同事的采编平台 (desktop app only): the address and the fingerprint the colleague's
 * host shows. Main checks the certificate against it, remembers the host for this machine,
 * and opens it in place of this paper; people then sign in there.
 */
export function ConnectRemote() {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const [open, setOpen] = useState(false);
  const [address, setAddress] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void invoke('lan.connection', {})
      .then((saved) => {
        if (!live || !saved) return;
        setAddress(saved.origin);
        setFingerprint(saved.fingerprint);
        if (saved.failure) {
          setOpen(true);
          setFailure(t(`lan.connect.failure.${saved.failure}`, { origin: saved.origin }));
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [invoke, t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await invoke('lan.connect', { address, fingerprint });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <button type="button" className="quiet-button" onClick={() => setOpen(true)}>
        {t('lan.connect.open')}
      </button>
    );
  }
  return (
    <form className="sign-in-form connect-remote" onSubmit={(event) => void submit(event)}>
      <h2>{t('lan.connect.heading')}</h2>
      <p className="muted">{t('lan.connect.intro')}</p>
      {failure && <p className="notice">{failure}</p>}
      <ErrorAlert message={error} />
      <label htmlFor="connect-address">{t('lan.connect.address')}</label>
      <input
        id="connect-address"
        type="text"
        value={address}
        placeholder="https://192.168.1.20:8443"
        maxLength={300}
        required
        onChange={(event) => setAddress(event.target.value)}
      />
      <label htmlFor="connect-fingerprint">{t('lan.connect.fingerprint')}</label>
      <input
        id="connect-fingerprint"
        type="text"
        value={fingerprint}
        maxLength={200}
        required
        onChange={(event) => setFingerprint(event.target.value)}
      />
      <button type="submit" className="primary-button" disabled={busy}>
        {busy ? t('lan.connect.busy') : t('lan.connect.submit')}
      </button>
    </form>
  );
}
