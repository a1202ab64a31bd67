import { app, BrowserWindow, Menu } from 'electron';
import { EVENT_CHANNEL } from '../../shared/contract/channels';
import { SHORTCUTS, type ShortcutId } from '../../shared/model/shortcuts';
import type { Desk } from '../desk/types';
import { pickShellLanguage } from './language';
import { buildMenuTemplate } from './menu-template';

export interface AppMenu {
  /** Builds the menu again (the app switched to or from a colleague's Newsdesk). */
  refresh(): void;
  dispose(): void;
}

/**
 * Sets the application menu in the newsroom's language (settings 'paper.language', else the
 * system locale) and sets it again when the settings change.
 */
export function installMenu(
  desk: Desk,
  isDev: boolean,
  lan: { connected(): boolean; onUseOwnPaper(): void } = {
    connected: () => false,
    onUseOwnPaper: () => {},
  },
): AppMenu {
  const apply = async (): Promise<void> => {
    const reply = await desk.call('settings.get', {}, { actorId: null });
    const setting = reply.ok
      ? (reply.result as Record<string, unknown>)['paper.language']
      : undefined;
    const language = pickShellLanguage(app.getLocale(), setting);
    const onImport = () =>
      BrowserWindow.getFocusedWindow()?.webContents.send(EVENT_CHANNEL, 'menu.import', {});
    // The shortcut goes as its index in SHORTCUTS (events carry only { id }).
    const onShortcut = (id: ShortcutId) =>
      BrowserWindow.getFocusedWindow()?.webContents.send(EVENT_CHANNEL, 'menu.shortcut', {
        id: SHORTCUTS.findIndex((s) => s.id === id),
      });
    const template = buildMenuTemplate({
      language,
      isDev,
      platform: process.platform,
      onImport,
      onShortcut,
      connected: lan.connected(),
      onUseOwnPaper: lan.onUseOwnPaper,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  void apply();
  const dispose = desk.subscribe((event) => {
    if (event === 'settings.changed') void apply();
  });
  return { refresh: () => void apply(), dispose };
}
