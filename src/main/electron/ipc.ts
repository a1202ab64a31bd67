import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/contract/channels';
import type { Desk } from '../desk/types';
import type { ShellCall } from '../lan/shell-calls';
import { createInvokeHandler, type InvokeFacts } from './invoke-handler';
import type { MainWindows } from './main-windows';
import type { WindowSessions } from './window-sessions';

/**
 * The IPC transport: one invoke channel in, one event channel out. Returns the function
 * that takes it down again (on quit).
 */
export function registerIpc(options: {
  desk: Desk;
  appUrl: string;
  windows: MainWindows;
  sessions: WindowSessions;
  shellCalls?: Record<string, ShellCall>;
}): () => void {
  const { desk, windows } = options;
  const handle = createInvokeHandler({
    desk,
    appUrl: options.appUrl,
    sessions: options.sessions,
    ownMainFrame: (id) => windows.mainFrameOf(id),
    warn: (message) => console.warn(message),
    ...(options.shellCalls ? { shellCalls: options.shellCalls } : {}),
  });
  ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, args: unknown, call: unknown) =>
    handle(invokeFacts(event), name, args, call),
  );
  const unsubscribe = desk.subscribe((name, payload) => {
    for (const window of windows.all()) window.webContents.send(EVENT_CHANNEL, name, payload);
  });
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    unsubscribe();
  };
}

function invokeFacts(event: IpcMainInvokeEvent): InvokeFacts {
  let senderFrame: object | null = null;
  let url = '';
  try {
    // A frame that navigated away or was disposed throws on access: treat it as gone.
    senderFrame = event.senderFrame;
    url = event.senderFrame?.url ?? '';
  } catch {
    senderFrame = null;
  }
  return { webContentsId: event.sender.id, senderFrame, url };
}
