import { useTranslation } from 'react-i18next';
import type { PreflightIssue } from '../../../shared/contract/domains/preflight';
import { findingMessage } from '../lib/finding-message';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The preflight's findings, errors first, each with its severity, page and story. */
export function PreflightPanel(props: {
  issues: PreflightIssue[];
  headlineOf: (id: number) => string;
}) {
  const { t } = useTranslation();
  const sorted = [...props.issues].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const count = (s: PreflightIssue['severity']) =>
    props.issues.filter((i) => i.severity === s).length;
  return (
    <div className="preflight">
      <p aria-live="polite">
        {props.issues.length === 0
          ? t('preflight.clean')
          : t('preflight.summary', {
              errors: t('preflight.errors', { count: count('error') }),
              warnings: t('preflight.warnings', { count: count('warning') }),
              infos: t('preflight.infos', { count: count('info') }),
            })}
      </p>
      {sorted.length > 0 && (
        <ul className="preflight-list">
          {sorted.map((issue, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id
            <li key={k} className={`preflight-${issue.severity}`} data-severity={issue.severity}>
              <span className={`severity severity-${issue.severity}`}>
                {t(`preflight.${issue.severity}`)}
              </span>
              {issue.page !== null && <span>{t('board.pageN', { page: issue.page })}</span>}
              {issue.storyId !== null && (
                <span className="preflight-story">{props.headlineOf(issue.storyId)}</span>
              )}
              <span>{findingMessage(issue.code, issue.params)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
