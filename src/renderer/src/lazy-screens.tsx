// The screens beyond the first: each in its own chunk (the editor's Slate, the board, the
// admin screens), so the sign-in screen and the desk parse only what they show. Once the
// first screen is up, idle time fetches the rest, so opening one does not wait on the network.
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

/** The serif faces: the story and the board set text in them. */
const textFonts = () => import('./fonts/text-fonts');
const withTextFonts = <T,>(load: Promise<T>) => Promise.all([load, textFonts()]).then(([m]) => m);
const story = () => withTextFonts(import('./story/StoryScreen'));
const board = () => withTextFonts(import('./board/BoardScreen'));
const issue = () => import('./issue/IssueScreen');
const settings = () => import('./settings/SettingsScreen');
const profiles = () => import('./profiles/ProfilesScreen');
const audit = () => import('./audit/AuditScreen');
const backups = () => import('./backups/BackupsScreen');

function Loading() {
  const { t } = useTranslation();
  return <p className="muted page-note">{t('app.loading')}</p>;
}

/** The lazy screen with its own fallback, so the app lays out its screens as before. */
function suspended<P extends object>(Screen: LazyExoticComponent<ComponentType<P>>) {
  return (props: P) => (
    <Suspense fallback={<Loading />}>
      <Screen {...props} />
    </Suspense>
  );
}

export const StoryScreen = suspended(lazy(() => story().then((m) => ({ default: m.StoryScreen }))));
export const BoardScreen = suspended(lazy(() => board().then((m) => ({ default: m.BoardScreen }))));
export const IssueScreen = suspended(lazy(() => issue().then((m) => ({ default: m.IssueScreen }))));
export const SettingsScreen = suspended(
  lazy(() => settings().then((m) => ({ default: m.SettingsScreen }))),
);
export const ProfilesScreen = suspended(
  lazy(() => profiles().then((m) => ({ default: m.ProfilesScreen }))),
);
export const AuditScreen = suspended(lazy(() => audit().then((m) => ({ default: m.AuditScreen }))));
export const BackupsScreen = suspended(
  lazy(() => backups().then((m) => ({ default: m.BackupsScreen }))),
);

let preloaded = false;

/** Fetches every screen's chunk when the browser is next idle (once). */
export function preloadScreens(): void {
  if (preloaded) return;
  preloaded = true;
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
  idle(() => {
    for (const load of [textFonts, story, board, issue, settings, profiles, audit, backups])
      void load();
  });
}
