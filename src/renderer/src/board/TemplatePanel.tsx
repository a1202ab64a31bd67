import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageTemplate } from '../../../shared/contract/domains/template';
import { TEMPLATE_NAME_MAX_LENGTH } from '../../../shared/model/limits';
import { useTransport } from '../api-context';
import { errorMessage } from '../lib/error-message';
import type { BoardActions } from './use-board-actions';

/**
 * 版式模板: apply a built-in or saved template to the page shown large (its slots pinned
 * unless unticked), save this page's arrangement under a name, rename or delete one's own.
 */
export function TemplatePanel(props: { date: string; page: number; actions: BoardActions }) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const [templates, setTemplates] = useState<PageTemplate[]>([]);
  const [chosen, setChosen] = useState('');
  const [pin, setPin] = useState(true);
  const [name, setName] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const load = useCallback(
    () =>
      invoke('template.list', {}).then(
        (list) => {
          setTemplates(list);
          setChosen((c) => (list.some((x) => x.name === c) ? c : (list[0]?.name ?? '')));
        },
        (e: unknown) => setNote(errorMessage(e)),
      ),
    [invoke],
  );
  useEffect(() => void load(), [load]);
  const current = templates.find((x) => x.name === chosen);
  const busy = props.actions.busy;
  const act = (work: Promise<unknown>, done?: string) =>
    work.then(
      () => {
        setNote(done ?? null);
        return load();
      },
      (e: unknown) => setNote(errorMessage(e)),
    );

  return (
    <details className="template-panel">
      <summary>{t('pageMaking.templates')}</summary>
      <span className="field-inline">
        <label htmlFor="template-choice">{t('pageMaking.template')}</label>
        <select id="template-choice" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {templates.map((x) => (
            <option key={x.name} value={x.name}>
              {x.builtIn ? t('pageMaking.builtIn', { name: x.name }) : x.name}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={pin} onChange={(e) => setPin(e.target.checked)} />{' '}
          {t('pageMaking.keepPinned')}
        </label>
        <button
          type="button"
          className="quiet-button"
          disabled={busy || !current}
          onClick={() => void props.actions.applyTemplate(props.page, chosen, pin)}
        >
          {t('pageMaking.apply')}
        </button>
        {current && !current.builtIn && (
          <>
            <button
              type="button"
              className="quiet-button"
              disabled={name.trim() === ''}
              onClick={() =>
                void act(invoke('template.rename', { name: chosen, newName: name.trim() }))
              }
            >
              {t('pageMaking.rename')}
            </button>
            <button
              type="button"
              className="quiet-button"
              onClick={() => void act(invoke('template.delete', { name: chosen }))}
            >
              {t('pageMaking.delete')}
            </button>
          </>
        )}
      </span>
      <span className="field-inline">
        <label htmlFor="template-name">{t('pageMaking.newName')}</label>
        <input
          id="template-name"
          value={name}
          maxLength={TEMPLATE_NAME_MAX_LENGTH}
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="button"
          className="quiet-button"
          disabled={name.trim() === ''}
          title={t('pageMaking.saveAs')}
          onClick={() =>
            void act(
              invoke('template.save', { date: props.date, page: props.page, name: name.trim() }),
              t('pageMaking.saved', { name: name.trim() }),
            )
          }
        >
          {t('pageMaking.save')}
        </button>
      </span>
      {note && (
        <p className="muted" role="status">
          {note}
        </p>
      )}
    </details>
  );
}
