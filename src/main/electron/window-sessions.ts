import type { Session } from '../desk/session';

/**
 * Who is working at each window: one Session per webContents id. A window starts signed out
 * (or as `initial` says: the first start of a new paper); 'session.login' signs it in;
 * closing the window forgets it.
 */
export class WindowSessions {
  private readonly byWebContents = new Map<number, Session>();

  constructor(private readonly initial: () => Session = () => ({ actorId: null, from: 'app' })) {}

  get(webContentsId: number): Session {
    let session = this.byWebContents.get(webContentsId);
    if (!session) {
      session = this.initial();
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
