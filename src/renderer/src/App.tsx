import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../shared/model/profile';
import { can } from '../../shared/model/roles';
import { useApiEvents, useTransport } from './api-context';
import { BoardScreen } from './board/BoardScreen';
import { PageDropStrip } from './board/PageDropStrip';
import { AppHeader } from './components/AppHeader';
import { DeskScreen } from './desk/DeskScreen';
import { DropOverlay } from './import/DropOverlay';
import { ImportInput } from './import/ImportInput';
import { ImportResults } from './import/ImportResults';
import { useImport } from './import/use-import';
import { IssueScreen } from './issue/IssueScreen';
import { todayDeskDate } from './lib/dates';
import { errorMessage } from './lib/error-message';
import { ProfilePicker } from './profile/ProfilePicker';
import { ProfilesScreen } from './profiles/ProfilesScreen';
import { rememberedProfileId, rememberProfileId } from './session';
import { SettingsScreen } from './settings/SettingsScreen';
import { StoryScreen } from './story/StoryScreen';

type View =
  | { kind: 'desk' }
  | { kind: 'story'; id: number | null }
  | { kind: 'settings' }
  | { kind: 'issue' }
  | { kind: 'board' }
  | { kind: 'profiles' };

/** Picks who is working, then shows the desk, one story, the settings or the profiles. */
export function App() {
  const { t } = useTranslation();
  const transport = useTransport();
  const [profile, setProfile] = useState<Profile | null>(null);
  // Until a remembered profile is confirmed, show nothing rather than flash the picker.
  const [restoring, setRestoring] = useState(() => rememberedProfileId() !== null);
  const [pickError, setPickError] = useState<string | null>(null);
  const [view, setView] = useState<View>({ kind: 'desk' });
  const [deskDate, setDeskDate] = useState(todayDeskDate);
  const [deskLoads, setDeskLoads] = useState(0);
  const importer = useImport(deskDate, () => setDeskLoads((n) => n + 1));
  const toDesk = () => setView({ kind: 'desk' });
  // Import (menu item, toolbar button, a drop on the window) shows its results on the desk.
  const importFiles = (files: File[]) => {
    toDesk();
    void importer.run(files);
  };
  useApiEvents(['menu.import'], () => {
    if (!profile) return;
    toDesk();
    importer.pick();
  });

  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  const select = useCallback(
    async (profileId: number) => {
      // Set first: over HTTP the host checks the header on session.select itself.
      transport.setActor(profileId);
      try {
        const selected = await transport.invoke('session.select', { profileId });
        rememberProfileId(selected.id);
        setProfile(selected);
        setPickError(null);
      } catch (error) {
        transport.setActor(null);
        rememberProfileId(null);
        setPickError(errorMessage(error));
      }
    },
    [transport],
  );

  useEffect(() => {
    const remembered = rememberedProfileId();
    if (remembered === null) return;
    void select(remembered).finally(() => setRestoring(false));
  }, [select]);

  const switchProfile = () => {
    transport.setActor(null);
    rememberProfileId(null);
    setProfile(null);
    setView({ kind: 'desk' });
  };

  return (
    <div className="app">
      <AppHeader
        profile={profile}
        onSwitchProfile={switchProfile}
        current={view.kind}
        onNavigate={(kind) => setView({ kind })}
      />
      {restoring && <p className="muted page-note">{t('app.loading')}</p>}
      {!restoring && !profile && (
        <ProfilePicker onPick={(picked) => void select(picked.id)} error={pickError} />
      )}
      {profile && view.kind === 'desk' && (
        <DeskScreen
          deskDate={deskDate}
          onDeskDateChange={setDeskDate}
          onOpen={(id) => setView({ kind: 'story', id })}
          onNew={() => setView({ kind: 'story', id: null })}
          onImport={importer.pick}
          reloadToken={deskLoads}
          aside={can(profile.role, 'page.edit') && <PageDropStrip date={deskDate} />}
          notice={
            importer.batch && (
              <ImportResults
                batch={importer.batch}
                busy={importer.busy}
                onOpen={(id) => setView({ kind: 'story', id })}
                onDismiss={importer.dismiss}
              />
            )
          }
        />
      )}
      {profile && view.kind === 'story' && (
        <StoryScreen
          key={view.id ?? 'new'}
          storyId={view.id}
          profile={profile}
          deskDate={deskDate}
          onCreated={(story) => setView({ kind: 'story', id: story.id })}
          onBack={toDesk}
        />
      )}
      {profile && view.kind === 'issue' && (
        <IssueScreen
          profile={profile}
          date={deskDate}
          onDateChange={setDeskDate}
          onOpenBoard={() => setView({ kind: 'board' })}
        />
      )}
      {profile && view.kind === 'board' && (
        <BoardScreen
          date={deskDate}
          onDateChange={setDeskDate}
          onOpenIssue={() => setView({ kind: 'issue' })}
        />
      )}
      {profile && view.kind === 'settings' && <SettingsScreen profile={profile} onBack={toDesk} />}
      {profile && view.kind === 'profiles' && <ProfilesScreen onBack={toDesk} />}
      {profile && <ImportInput importer={importer} />}
      <DropOverlay enabled={profile !== null} onFiles={importFiles} />
    </div>
  );
}
