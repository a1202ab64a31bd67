// The screens beyond the first: each in its own chunk (the editor's Slate, the board, the
// admin screens), so the sign-in screen and the desk parse only what they show. Once the
// first screen is up, idle time fetches the rest, so opening one does not wait on the network.
import type { QueryClient } from '@tanstack/react-query';
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditScreen as AuditScreenType } from './audit/AuditScreen';
import type { BackupsScreen as BackupsScreenType } from './backups/BackupsScreen';
import type { BoardScreen as BoardScreenType } from './board/BoardScreen';
import { whenSettled } from './data/when-settled';
import { loadTextFonts } from './fonts/load-text-fonts';
import type { IssueScreen as IssueScreenType } from './issue/IssueScreen';
import type { ProfilesScreen as ProfilesScreenType } from './profiles/ProfilesScreen';
import type { SettingsScreen as SettingsScreenType } from './settings/SettingsScreen';
import type { StoryScreen as StoryScreenType } from './story/StoryScreen';

const withTextFonts = <T,>(load: Promise<T>) =>
  Promise.all([load, loadTextFonts()]).then(([m]) => m);
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

/**
 * A screen's chunk. Once it has loaded (the idle preload below, or an earlier visit) the
 * screen renders at once: through React.lazy alone it would suspend on its first render even
 * then, and React holds back what a Suspense boundary reveals for 300 ms after its fallback
 * showed — a third of a second added to opening the board.
 */
class ScreenChunk<P extends object> {
  loaded: ComponentType<P> | null = null;
  readonly lazy: LazyExoticComponent<ComponentType<P>>;

  constructor(private readonly load: () => Promise<ComponentType<P>>) {
    this.lazy = lazy(() => this.fetch().then((component) => ({ default: component })));
  }

  fetch(): Promise<ComponentType<P>> {
    return this.load().then((component) => {
      this.loaded = component;
      return component;
    });
  }
}

function ChunkScreen<P extends object>(props: { chunk: ScreenChunk<P>; props: P }) {
  const Ready = props.chunk.loaded;
  if (Ready) return <Ready {...props.props} />;
  const Lazy = props.chunk.lazy;
  return (
    <Suspense fallback={<Loading />}>
      <Lazy {...props.props} />
    </Suspense>
  );
}

type PropsOf<C> = C extends ComponentType<infer P> ? P & object : never;
const storyChunk = new ScreenChunk(() => story().then((m) => m.StoryScreen));
const boardChunk = new ScreenChunk(() => board().then((m) => m.BoardScreen));
const issueChunk = new ScreenChunk(() => issue().then((m) => m.IssueScreen));
const settingsChunk = new ScreenChunk(() => settings().then((m) => m.SettingsScreen));
const profilesChunk = new ScreenChunk(() => profiles().then((m) => m.ProfilesScreen));
const auditChunk = new ScreenChunk(() => audit().then((m) => m.AuditScreen));
const backupsChunk = new ScreenChunk(() => backups().then((m) => m.BackupsScreen));
/**
 * What the preload fetches, in steps: the story's and the board's chunks first (where an
 * editor goes next; they bring the serif faces with them), then the admin screens one each.
 */
const PRELOAD_STEPS: { fetch(): Promise<unknown> }[][] = [
  [storyChunk, boardChunk],
  [issueChunk],
  [settingsChunk],
  [profilesChunk],
  [auditChunk],
  [backupsChunk],
];

export const StoryScreen = (props: PropsOf<typeof StoryScreenType>) => (
  <ChunkScreen chunk={storyChunk} props={props} />
);
export const BoardScreen = (props: PropsOf<typeof BoardScreenType>) => (
  <ChunkScreen chunk={boardChunk} props={props} />
);
export const IssueScreen = (props: PropsOf<typeof IssueScreenType>) => (
  <ChunkScreen chunk={issueChunk} props={props} />
);
export const SettingsScreen = (props: PropsOf<typeof SettingsScreenType>) => (
  <ChunkScreen chunk={settingsChunk} props={props} />
);
export const ProfilesScreen = (props: PropsOf<typeof ProfilesScreenType>) => (
  <ChunkScreen chunk={profilesChunk} props={props} />
);
export const AuditScreen = (props: PropsOf<typeof AuditScreenType>) => (
  <ChunkScreen chunk={auditChunk} props={props} />
);
export const BackupsScreen = (props: PropsOf<typeof BackupsScreenType>) => (
  <ChunkScreen chunk={backupsChunk} props={props} />
);

let preloaded = false;

/**
 * Fetches every screen's chunk, once, in the steps above: each when the screen's data is in
 * and the browser idle. All at once, their compiling ran as one block of main-thread work
 * that an editor's first filter or click waited behind; in steps, a click waits for one.
 */
export function preloadScreens(client: QueryClient): void {
  if (preloaded) return;
  preloaded = true;
  const next = (index: number) => {
    const step = PRELOAD_STEPS[index];
    if (!step) return;
    whenSettled(client, () => {
      void Promise.allSettled(step.map((chunk) => chunk.fetch())).then(() => next(index + 1));
    });
  };
  next(0);
}
