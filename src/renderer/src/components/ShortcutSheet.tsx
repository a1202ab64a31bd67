import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../../../shared/model/shortcuts';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl+F or ⌘F, as this machine spells it. */
export function keyLabel(accelerator: string): string {
  return accelerator.replace('CmdOrCtrl', mac ? '⌘' : 'Ctrl');
}

/** The shortcut sheet (F1 or ?): every global key of the desk, as the menus list them. */
export function ShortcutSheet(props: { onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="shortcut-sheet"
      aria-labelledby="shortcut-sheet-heading"
      onClose={props.onClose}
    >
      <h2 id="shortcut-sheet-heading">{t('shortcuts.heading')}</h2>
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.id}>
              <th scope="row">{t(`shortcuts.${s.id}`)}</th>
              <td>
                <kbd>{keyLabel(s.accelerator)}</kbd>
                {s.id === 'shortcuts' && (
                  <>
                    {' '}
                    <kbd>?</kbd>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="quiet-button" onClick={() => ref.current?.close()}>
        {t('shortcuts.close')}
      </button>
    </dialog>
  );
}
