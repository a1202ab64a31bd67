import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTransport } from '../api-context';
import { errorMessage } from '../lib/error-message';
import { fileBase64 } from '../lib/file-base64';
import type { SettingInputProps } from './setting-fields';

/**
 * The masthead image: uploaded with asset.put, the setting keeps its hash; shown from
 * asset.get. An upload refusal (not an image, too large) is reported like a save refusal.
 */
export function LogoSetting(
  props: SettingInputProps & { onError: (message: string | null) => void },
) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const [src, setSrc] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { value } = props;

  useEffect(() => {
    setSrc(null);
    if (!/^[0-9a-f]{64}$/.test(value)) return;
    let live = true;
    invoke('asset.get', { hash: value }).then(
      (image) => live && setSrc(`data:${image.mime};base64,${image.dataBase64}`),
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [invoke, value]);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const dataBase64 = await fileBase64(file);
      const stored = await invoke('asset.put', { name: file.name, mime: file.type, dataBase64 });
      props.onError(null);
      props.onChange(stored.hash);
    } catch (error) {
      props.onError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="logo-setting">
      {src ? (
        <img className="logo-preview" src={src} alt={t('settings.logoAlt')} />
      ) : (
        <span className="muted">{value || t('settings.logoNone')}</span>
      )}
      {!props.readOnly && (
        <>
          <label className="quiet-button file-button" htmlFor={props.id}>
            {t('settings.logoUpload')}
          </label>
          <input
            id={props.id}
            className="visually-hidden"
            type="file"
            accept="image/png,image/jpeg,image/gif,image/webp"
            disabled={busy}
            aria-describedby={props.describedBy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void upload(file);
            }}
          />
          {value && (
            <button type="button" className="link-button" onClick={() => props.onChange('')}>
              {t('settings.logoRemove')}
            </button>
          )}
        </>
      )}
    </span>
  );
}
