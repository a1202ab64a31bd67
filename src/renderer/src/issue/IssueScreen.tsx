import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/model/profile';
import { can } from '../../../shared/model/roles';
import { DayPicker } from '../components/DayPicker';
import { ErrorAlert } from '../components/ErrorAlert';
import { CreateIssueForm } from './CreateIssueForm';
import { IssueNumberField } from './IssueNumberField';
import { PageRow } from './PageRow';
import { useIssue } from './use-issue';

/** The day's issue: create it, its 总期号, and each page's name and editors. */
export function IssueScreen(props: {
  profile: Profile;
  date: string;
  onDateChange: (date: string) => void;
  onOpenBoard: () => void;
}) {
  const { t } = useTranslation();
  const { issue, error } = useIssue(props.date);
  const [actionError, setActionError] = useState<string | null>(null);
  const canEdit = can(props.profile.role, 'page.edit');
  const onError = useCallback((message: string | null) => setActionError(message), []);

  return (
    <main className="issue-screen" aria-labelledby="issue-heading">
      <div className="screen-bar">
        <h1 id="issue-heading">{t('issue.heading')}</h1>
        <DayPicker
          id="issue-date"
          label={t('issue.date')}
          date={props.date}
          onChange={props.onDateChange}
        />
        <span className="spacer" />
        {issue && (
          <button type="button" className="primary-button" onClick={props.onOpenBoard}>
            {t('board.open')}
          </button>
        )}
      </div>
      <ErrorAlert message={error ?? actionError} onDismiss={() => setActionError(null)} />
      {issue === undefined && !error && <p className="muted">{t('app.loading')}</p>}
      {issue === null && canEdit && <CreateIssueForm date={props.date} onError={onError} />}
      {issue === null && !canEdit && (
        <p className="empty">{t('issue.none', { date: props.date })}</p>
      )}
      {issue && (
        <>
          <IssueNumberField issue={issue} canEdit={canEdit} onError={onError} />
          <table className="page-table">
            <thead>
              <tr>
                <th scope="col">{t('issue.page')}</th>
                <th scope="col">{t('issue.field.name')}</th>
                <th scope="col">{t('issue.field.editor')}</th>
                <th scope="col">{t('issue.field.designer')}</th>
                <th scope="col">{t('issue.field.proofreader')}</th>
              </tr>
            </thead>
            <tbody>
              {issue.pages.map((page) => (
                <PageRow
                  key={page.number}
                  date={props.date}
                  page={page}
                  canEdit={canEdit}
                  onError={onError}
                />
              ))}
            </tbody>
          </table>
          <p className="muted">{t('issue.paperNote')}</p>
        </>
      )}
    </main>
  );
}
