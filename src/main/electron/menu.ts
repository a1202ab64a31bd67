import { app, BrowserWindow, Menu } from 'electron';
import { EVENT_CHANNEL } from '../../preload/channels';
import type { Desk } from '../desk/types';
import { pickShellLanguage } from './language';
import { buildMenuTemplate } from './menu-template';

/**
 * Sets the application menu in the newsroom's language (settings 'paper.language', else the
 * system locale) and sets it again when the settings change.
 */
export function installMenu(desk: Desk, isDev: boolean): () => void {
  const apply = async (): Promise<void> => {
    const reply = await desk.call('settings.get', {}, { actorId: null });
    const setting = reply.ok
      ? (reply.result as Record<string, unknown>)['paper.language']
      : undefined;
    const language = pickShellLanguage(app.getLocale(), setting);
    const onImport = () =>
      BrowserWindow.getFocusedWindow()?.webContents.send(EVENT_CHANNEL, 'menu.import', {});
    const template = buildMenuTemplate({ language, isDev, platform: process.platform, onImport });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  void apply();
  return desk.subscribe((event) => {
    if (event === 'settings.changed') void apply();
  });
}
