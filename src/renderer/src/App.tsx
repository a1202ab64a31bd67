import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../shared/model/profile';
import { useTransport } from './api-context';
import { AppHeader } from './components/AppHeader';
import { DeskScreen } from './desk/DeskScreen';
import { todayDeskDate } from './lib/dates';
import { errorMessage } from './lib/error-message';
import { ProfilePicker } from './profile/ProfilePicker';
import { rememberedProfileId, rememberProfileId } from './session';
import { StoryScreen } from './story/StoryScreen';

type View = { kind: 'desk' } | { kind: 'story'; id: number | null };

/** Picks who is working, then shows the desk or one story. */
export function App() {
  const { t } = useTranslation();
  const transport = useTransport();
  const [profile, setProfile] = useState<Profile | null>(null);
  // Until a remembered profile is confirmed, show nothing rather than flash the picker.
  const [restoring, setRestoring] = useState(() => rememberedProfileId() !== null);
  const [pickError, setPickError] = useState<string | null>(null);
  const [view, setView] = useState<View>({ kind: 'desk' });
  const [deskDate, setDeskDate] = useState(todayDeskDate);

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
      <AppHeader profile={profile} onSwitchProfile={switchProfile} />
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
        />
      )}
      {profile && view.kind === 'story' && (
        <StoryScreen
          key={view.id ?? 'new'}
          storyId={view.id}
          profile={profile}
          deskDate={deskDate}
          onCreated={(story) => setView({ kind: 'story', id: story.id })}
          onBack={() => setView({ kind: 'desk' })}
        />
      )}
    </div>
  );
}
