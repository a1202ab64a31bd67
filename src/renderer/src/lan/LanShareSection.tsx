import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanStatus } from '../../../shared/contract/domains/lan';
import { SETTING_LIMITS } from '../../../shared/model/limits';
import { useApiEvents, useTransport } from '../api-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { useSettingsQuery } from '../data/settings-query';
import { errorMessage } from '../lib/error-message';

/** While the host starts (a certificate is made on first use) the state is asked again. */
const POLL_MS = 1500;

/**
 * 在局域网共享本报: the admin's switch for the LAN host the desktop app runs (the paper's
 * `lan.share` and `lan.port` settings), and what colleagues need: the address(es) and the
 * certificate's fingerprint to check in their browsers.
 */
export function LanShareSection(props: { canChange: boolean }) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const [status, setStatus] = useState<LanStatus | null>(null);
  const [port, setPort] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const next = await invoke('lan.status', {});
    setStatus(next);
    return next;
  }, [invoke]);

  // The port box starts at the stored port; what the admin types then stays until saved.
  const { settings, stored } = useSettingsQuery();
  const seeded = useRef(false);
  useEffect(() => {
    if (!settings || seeded.current) return;
    seeded.current = true;
    setPort(String(settings['lan.port']));
  }, [settings]);

  useEffect(() => {
    let timer = 0;
    let live = true;
    const tick = () => {
      load()
        .then((next) => {
          if (live && next.state === 'starting') timer = window.setTimeout(tick, POLL_MS);
        })
        .catch((e: unknown) => live && setError(errorMessage(e)));
    };
    tick();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [load]);
  useApiEvents(['settings.changed'], () => {
    window.setTimeout(() => void load().catch(() => undefined), 300);
  });

  const set = async (key: 'lan.share' | 'lan.port', value: string | number) => {
    setError(null);
    try {
      stored(await invoke('settings.set', { key, value }));
      setStatus((await load()) ?? null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (!status) return null;
  const on = status.state !== 'off' && status.state !== 'unavailable';
  return (
    <section className="settings-group lan-share" aria-labelledby="lan-share-heading">
      <h2 id="lan-share-heading">{t('lan.share.heading')}</h2>
      <ErrorAlert message={error} />
      {status.state === 'unavailable' ? (
        <>
          <p className="muted">{t('lan.share.desktopOnly')}</p>
          <code className="command-line">newsdesk serve --lan</code>
        </>
      ) : (
        <>
          <label className="lan-switch">
            <input
              type="checkbox"
              checked={on}
              disabled={!props.canChange}
              onChange={(event) => void set('lan.share', event.target.checked ? 'on' : 'off')}
            />
            {t('lan.share.switch')}
          </label>
          <div className="lan-port">
            <label htmlFor="lan-port">{t('lan.share.port')}</label>
            <input
              id="lan-port"
              type="number"
              min={SETTING_LIMITS['lan.port'].min}
              max={SETTING_LIMITS['lan.port'].max}
              value={port}
              readOnly={!props.canChange}
              onChange={(event) => setPort(event.target.value)}
            />
            {props.canChange && (
              <button
                type="button"
                className="quiet-button"
                onClick={() => void set('lan.port', port)}
              >
                {t('lan.share.savePort')}
              </button>
            )}
          </div>
          <p data-testid="lan-state">{t(`lan.share.state.${status.state}`)}</p>
          {status.failure && <p className="notice">{t(`lan.share.failure.${status.failure}`)}</p>}
          {status.state === 'on' && (
            <dl className="lan-facts">
              <dt>{t('lan.share.addresses')}</dt>
              {status.urls.map((url) => (
                <dd key={url}>
                  <code>{url}</code>
                </dd>
              ))}
              <dt>{t('lan.share.fingerprint')}</dt>
              <dd>
                <code data-testid="lan-fingerprint">{status.fingerprint}</code>
              </dd>
            </dl>
          )}
          <p className="muted">{t('lan.share.howTo', { port: status.port })}</p>
        </>
      )}
    </section>
  );
}
