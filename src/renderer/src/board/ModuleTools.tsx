import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayoutModule } from '../../../shared/contract/wire/layout-page';

/**
 * What can be done to the selected module: pin it (auto-layout keeps it), 转版 (jump to a
 * later page), take it off the page.
 */
export function ModuleTools(props: {
  module: LayoutModule;
  headline: string;
  page: number;
  pageCount: number;
  onJump: (toPage: number) => void;
  onUnjump: () => void;
  onRemove: () => void;
  onPin: (pinned: boolean) => void;
}) {
  const { t } = useTranslation();
  const later = Array.from({ length: props.pageCount - props.page }, (_, k) => props.page + 1 + k);
  const [target, setTarget] = useState<number>(later[0] ?? 0);
  const m = props.module;
  const chosen = later.includes(target) ? target : (later[0] ?? 0);
  return (
    <div className="module-tools" role="toolbar" aria-label={t('board.moduleTools')}>
      <strong className="module-tools-title">{props.headline}</strong>
      <span className="muted">
        {t('board.moduleSpec', {
          col: m.module.col + 1,
          line: m.module.line + 1,
          cols: m.module.cols,
          lines: m.module.lines,
        })}
      </span>
      <button
        type="button"
        className="quiet-button"
        aria-pressed={m.pinned}
        title={t('board.pinKey')}
        onClick={() => props.onPin(!m.pinned)}
      >
        {m.pinned ? t('board.unpin') : t('board.pin')}
      </button>
      {m.part === 1 && later.length > 0 && (
        <span className="field-inline">
          <label htmlFor="jump-target">{t('board.jumpTo')}</label>
          <select
            id="jump-target"
            value={chosen}
            onChange={(event) => setTarget(Number(event.target.value))}
          >
            {later.map((n) => (
              <option key={n} value={n}>
                {t('board.pageN', { page: n })}
              </option>
            ))}
          </select>
          <button type="button" className="quiet-button" onClick={() => props.onJump(chosen)}>
            {t('board.makeJump')}
          </button>
        </span>
      )}
      {m.jumpTo !== null && (
        <button type="button" className="quiet-button" onClick={props.onUnjump}>
          {t('board.unjump', { page: m.jumpTo })}
        </button>
      )}
      {m.part === 1 && (
        <button type="button" className="quiet-button" onClick={props.onRemove}>
          {t('board.remove')}
        </button>
      )}
    </div>
  );
}
