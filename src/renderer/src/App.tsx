import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../shared/model/profile';
import { can } from '../../shared/model/roles';
import { SHORTCUTS, type ShortcutId, shortcutFor } from '../../shared/model/shortcuts';
import { useApiEvents, useTransport } from './api-context';
import { PageDropStrip } from './board/PageDropStrip';
import { AppHeader } from './components/AppHeader';
import { ShortcutSheet } from './components/ShortcutSheet';
import { useCacheOf } from './data/DataProvider';
import { issueQuery } from './data/issue-query';
import { usePrefetchLayout } from './data/layout-query';
import { deskFilter, prefetchDesk } from './data/story-pages';
import { DeskScreen } from './desk/DeskScreen';
import { DropOverlay } from './import/DropOverlay';
import { ImportInput } from './import/ImportInput';
import { ImportResults } from './import/ImportResults';
import { useImport } from './import/use-import';
import {
  AuditScreen,
  BackupsScreen,
  BoardScreen,
  IssueScreen,
  ProfilesScreen,
  preloadScreens,
  SettingsScreen,
  StoryScreen,
} from './lazy-screens';
import { inTextField, sendCommand } from './lib/commands';
import { todayDeskDate } from './lib/dates';
import type { Route, Screen } from './lib/route';
import { useRoute } from './lib/use-route';
import { ChangePasswordScreen } from './signin/ChangePasswordScreen';
import { SignInScreen } from './signin/SignInScreen';
import { useSignedIn } from './signin/use-signed-in';

/** The screens a role is offered: 本期 and 版面 only to those who may edit pages. */
function mayOpen(role: Profile['role'], screen: Screen): boolean {
  if (screen === 'issue' || screen === 'board') return can(role, 'page.edit');
  if (screen === 'profiles') return can(role, 'profiles.write');
  if (screen === 'audit') return can(role, 'story.sign-off');
  if (screen === 'backups') return can(role, 'settings.write');
  return true;
}

/**
 * Signs in, then shows the desk, one story, the issue, the board, the settings
 * or the profiles: the screen, its day and its story or page live in the URL's hash.
 */
export function App() {
  const { t } = useTranslation();
  const transport = useTransport();
  const queryClient = useQueryClient();
  const [route, go] = useRoute();
  const [lastDate, setLastDate] = useState(todayDeskDate);
  const routeDate = 'date' in route ? route.date : undefined;
  const deskDate = routeDate ?? lastDate;
  const session = useSignedIn(
    () => go({ screen: 'desk', date: todayDeskDate() }),
    (signed) => {
      if (signed.mustChangePassword || route.screen !== 'desk') return;
      prefetchDesk(queryClient, transport.invoke, deskDate);
      // The page strip's issue (editors only).
      if (can(signed.profile.role, 'page.edit'))
        void queryClient.prefetchQuery(issueQuery(transport.invoke, deskDate));
    },
  );
  const profile: Profile | null =
    session.state.kind === 'signed-in' ? session.state.signed.profile : null;
  useCacheOf(profile?.id ?? null);
  useEffect(() => {
    if (routeDate) setLastDate(routeDate);
  }, [routeDate]);
  // A screen that holds a day keeps it in the URL; changing it replaces the entry.
  const setDeskDate = (date: string) => {
    setLastDate(date);
    if (route.screen === 'desk' || route.screen === 'issue')
      go({ screen: route.screen, date }, true);
    if (route.screen === 'board') go({ screen: 'board', date, page: 1 }, true);
  };
  const view =
    profile && !mayOpen(profile.role, route.screen) ? ({ screen: 'desk' } as Route) : route;
  const openStory = (id: number | null) => go({ screen: 'story', id });
  // An empty hash (first start) becomes the desk's own place, so the URL always holds one.
  useEffect(() => {
    if (profile && !window.location.hash) go({ screen: 'desk', date: lastDate }, true);
  }, [profile, go, lastDate]);
  const [deskLoads, setDeskLoads] = useState(0);
  const importer = useImport(deskDate, () => setDeskLoads((n) => n + 1));
  const toDesk = () => go({ screen: 'desk', date: deskDate });
  // Import (menu item, toolbar button, a drop on the window) shows its results on the desk.
  const importFiles = (files: File[]) => {
    toDesk();
    void importer.run(files);
  };
  const [sheetOpen, setSheetOpen] = useState(false);
  const runShortcut = (id: ShortcutId) => {
    if (!profile) return;
    if (id === 'shortcuts') setSheetOpen(true);
    else if (id === 'new-story') openStory(null);
    else if (id === 'search') {
      if (view.screen !== 'desk') toDesk();
      focusWhenShown('desk-search');
    } else if (id === 'next-story' || id === 'previous-story') {
      void neighbour(id === 'next-story' ? 1 : -1);
    } else sendCommand(id);
  };
  // The next or previous story of the day, in the desk's order.
  // Three rows around the story, not the whole day (10,000 rows on a big desk).
  const neighbour = async (step: 1 | -1) => {
    const current = view.screen === 'story' ? (view.id ?? undefined) : undefined;
    const filter = { ...deskFilter(deskDate), limit: 3 };
    const around = await transport.invoke('story.page', { ...filter, near: current });
    const at = around.rows.findIndex((r) => r.id === current);
    let next = at === -1 ? around.rows[0] : around.rows[at + step];
    if (at === -1 && step === -1 && around.total > 0) {
      const last = { ...filter, offset: around.total - 1, limit: 1 };
      next = (await transport.invoke('story.page', last)).rows[0];
    }
    if (next) openStory(next.id);
  };
  const shortcutRef = useRef(runShortcut);
  shortcutRef.current = runShortcut;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing) return;
      const id = shortcutFor(event, inTextField(event.target));
      if (!id) return;
      event.preventDefault();
      shortcutRef.current(id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useApiEvents(['menu.shortcut'], (_event, payload) => {
    const id = SHORTCUTS[payload.id ?? -1]?.id;
    if (id) runShortcut(id);
  });
  useApiEvents(['menu.import'], () => {
    if (!profile) return;
    toDesk();
    importer.pick();
  });

  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  // The other screens' code, fetched while the editor looks at the desk.
  useEffect(() => {
    if (profile) preloadScreens(queryClient);
  }, [profile, queryClient]);
  usePrefetchLayout(deskDate, profile !== null && can(profile.role, 'page.edit'));

  return (
    <div className="app">
      <AppHeader
        profile={profile}
        onSwitchProfile={() => void session.signOut()}
        current={view.screen}
        onNavigate={(screen) =>
          go(
            screen === 'desk' || screen === 'issue' || screen === 'board'
              ? { screen, date: deskDate }
              : { screen },
          )
        }
      />
      {session.state.kind === 'loading' && <p className="muted page-note">{t('app.loading')}</p>}
      {session.state.kind === 'signed-out' && (
        <SignInScreen
          onSignedIn={session.signedIn}
          notice={session.state.expired ? t('signIn.expired') : undefined}
        />
      )}
      {session.state.kind === 'must-change' && (
        <ChangePasswordScreen onChanged={session.signedIn} />
      )}
      {profile && view.screen === 'desk' && (
        <DeskScreen
          deskDate={deskDate}
          onDeskDateChange={setDeskDate}
          onOpen={openStory}
          onNew={() => openStory(null)}
          onImport={importer.pick}
          reloadToken={deskLoads}
          aside={can(profile.role, 'page.edit') && <PageDropStrip date={deskDate} />}
          notice={
            importer.batch && (
              <ImportResults
                batch={importer.batch}
                busy={importer.busy}
                onOpen={openStory}
                onDismiss={importer.dismiss}
              />
            )
          }
        />
      )}
      {profile && view.screen === 'story' && (
        <StoryScreen
          key={view.id ?? 'new'}
          storyId={view.id}
          profile={profile}
          deskDate={deskDate}
          onCreated={(story) => go({ screen: 'story', id: story.id }, true)}
          onBack={toDesk}
        />
      )}
      {profile && view.screen === 'issue' && (
        <IssueScreen
          profile={profile}
          date={deskDate}
          onDateChange={setDeskDate}
          onOpenBoard={() => go({ screen: 'board', date: deskDate })}
        />
      )}
      {profile && view.screen === 'board' && (
        <BoardScreen
          date={deskDate}
          onDateChange={setDeskDate}
          onOpenIssue={() => go({ screen: 'issue', date: deskDate })}
          page={view.page ?? 1}
          onPageChange={(page) => go({ screen: 'board', date: deskDate, page }, true)}
        />
      )}
      {profile && view.screen === 'settings' && (
        <SettingsScreen profile={profile} onBack={toDesk} />
      )}
      {profile && view.screen === 'profiles' && <ProfilesScreen onBack={toDesk} />}
      {profile && view.screen === 'audit' && <AuditScreen />}
      {profile && view.screen === 'backups' && <BackupsScreen />}
      {profile && <ImportInput importer={importer} />}
      {sheetOpen && <ShortcutSheet onClose={() => setSheetOpen(false)} />}
      <DropOverlay enabled={profile !== null} onFiles={importFiles} />
    </div>
  );
}

/** Focuses an element once the screen that holds it has rendered (a few frames at most). */
function focusWhenShown(id: string, tries = 20): void {
  const element = document.getElementById(id);
  if (element) {
    element.focus();
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusWhenShown(id, tries - 1));
}
