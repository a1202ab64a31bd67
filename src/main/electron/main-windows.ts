import { BrowserWindow } from 'electron';
import { MAIN_WINDOW_FRAME } from './window-options';

/** The windows we created; only their main frames may talk to the desk. */
export class MainWindows {
  private readonly windows = new Set<BrowserWindow>();

  constructor(
    private readonly options: {
      preloadPath: string;
      appUrl: string;
      isDev: boolean;
      iconPath?: string;
    },
    private readonly onClosed: (webContentsId: number) => void,
  ) {}

  open(): BrowserWindow {
    // Every security setting spelled out, even Electron's defaults, so reviews can see them.
    const window = new BrowserWindow({
      ...MAIN_WINDOW_FRAME,
      ...(this.options.iconPath ? { icon: this.options.iconPath } : {}),
      webPreferences: {
        // Reviewed: src/preload exposes only `invoke` and `on` through contextBridge.
        preload: this.options.preloadPath, // eng-disable PRELOAD_JS_CHECK -- reviewed, exposes invoke and on only
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
    void window.loadURL(this.options.appUrl);
    return window;
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
