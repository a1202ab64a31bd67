import type { Session } from '../desk/session';

/**
 * Who is working at each window: one Session per webContents id. A window starts with no
 * actor; 'session.select' sets it; closing the window forgets it.
 */
export class WindowSessions {
  private readonly byWebContents = new Map<number, Session>();

  get(webContentsId: number): Session {
    let session = this.byWebContents.get(webContentsId);
    if (!session) {
      session = { actorId: null };
      this.byWebContents.set(webContentsId, session);
    }
    return session;
  }

  forget(webContentsId: number): void {
    this.byWebContents.delete(webContentsId);
  }

  get size(): number {
    return this.byWebContents.size;
  }
}
