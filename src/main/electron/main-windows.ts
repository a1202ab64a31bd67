import { BrowserWindow, type Session } from 'electron';
import { MAIN_WINDOW_FRAME } from './window-options';

/** A colleague's Newsdesk shown instead of our own page (连接到同事的采编平台). */
export interface RemotePage {
  url: string;
  /** Its own session: the pinned certificate, its cookies, our CSP and permission rules. */
  session: Session;
}

/** The windows we created; only their main frames may talk to the desk. */
export class MainWindows {
  private readonly windows = new Set<BrowserWindow>();

  constructor(
    private readonly options: {
      preloadPath: string;
      appUrl: string;
      isDev: boolean;
      iconPath?: string;
      /** The colleague's page while connected, else null (our own app page). */
      remotePage?: () => RemotePage | null;
      /** The colleague's page did not load (Chromium's net error code). */
      onRemoteFailed?: (errorCode: number) => void;
    },
    private readonly onClosed: (webContentsId: number) => void,
  ) {}

  open(): BrowserWindow {
    const remote = this.options.remotePage?.() ?? null;
    // A colleague's page gets no preload at all (no IPC: it talks HTTP to its own host) and
    // the session that pins that host's certificate.
    const bridge = remote ? { session: remote.session } : { preload: this.options.preloadPath };
    // Every security setting spelled out, even Electron's defaults, so reviews can see them.
    const window = new BrowserWindow({
      ...MAIN_WINDOW_FRAME,
      ...(this.options.iconPath ? { icon: this.options.iconPath } : {}),
      webPreferences: {
        // Reviewed: src/preload exposes only `invoke` and `on` through contextBridge.
        ...bridge, // eng-disable PRELOAD_JS_CHECK -- reviewed, exposes invoke and on only
        contextIsolation: true,
        sandbox: true,
        webSecurity: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        // Middle-click would open links in a new window; window.open is denied anyway.
        disableBlinkFeatures: 'Auxclick',
        devTools: this.options.isDev,
      },
    });
    const webContentsId = window.webContents.id;
    this.windows.add(window);
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      this.windows.delete(window);
      this.onClosed(webContentsId);
    });
    if (remote) {
      window.webContents.on('did-fail-load', (_event, errorCode, _text, _url, isMainFrame) => {
        if (isMainFrame) this.options.onRemoteFailed?.(errorCode);
      });
    }
    void window.loadURL(remote ? remote.url : this.options.appUrl);
    return window;
  }

  /**
   * Shows the page the options now name (our own, or the colleague's) in a fresh window and
   * closes the others: a window's preload and session are fixed when it is made. The new one
   * opens first, so the app never has no window (which would quit it).
   */
  reopen(): BrowserWindow {
    const old = this.all();
    const fresh = this.open();
    for (const window of old) window.close();
    return fresh;
  }

  all(): BrowserWindow[] {
    return [...this.windows].filter((window) => !window.isDestroyed());
  }

  /** The main frame of our window with this webContents id, or null when it is not ours. */
  mainFrameOf(webContentsId: number): object | null {
    const window = this.all().find((w) => w.webContents.id === webContentsId);
    return window ? window.webContents.mainFrame : null;
  }

  /** Brings the first window to the front (a second `npm start` lands here). */
  focus(): void {
    const window = this.all()[0];
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }
}
