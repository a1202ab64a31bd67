// A small stand-in for the 'electron' module (the binary cannot run here). Tests install it
// with: vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron)
type Listener = (...args: unknown[]) => unknown;

/** Just enough of an EventEmitter to record handlers and fire them. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  emit(name: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(name) ?? []).map((listener) => listener(...args));
  }
}

let nextId = 1;

export class FakeWebContents extends FakeEmitter {
  readonly id = nextId++;
  readonly mainFrame = { processId: 1, routingId: this.id, url: '' };
  readonly sent: unknown[][] = [];
  url = '';
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  getURL(): string {
    return this.url;
  }
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl = '';
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.url = url;
    this.webContents.mainFrame.url = url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
  show(): void {}
  focus(): void {}
}

export const ipcMainHandlers = new Map<string, Listener>();

export const fakeSession = {
  permissionRequestHandler: undefined as Listener | undefined,
  permissionCheckHandler: undefined as Listener | undefined,
  headersReceived: undefined as Listener | undefined,
  sessionListeners: new Map<string, Listener>(),
  on(name: string, handler: Listener) {
    fakeSession.sessionListeners.set(name, handler);
  },
  setPermissionRequestHandler(handler: Listener) {
    this.permissionRequestHandler = handler;
  },
  setPermissionCheckHandler(handler: Listener) {
    this.permissionCheckHandler = handler;
  },
  webRequest: {
    onHeadersReceived(handler: Listener) {
      fakeSession.headersReceived = handler;
    },
  },
};

type VerifyProc = (
  request: { hostname: string; certificate: { data: string } },
  done: (verdict: number) => void,
) => void;

/** A partition's session (session.fromPartition): the lock-down plus a certificate verify proc. */
export const fakePartition = {
  ...fakeSession,
  partition: '',
  verifyProc: undefined as VerifyProc | undefined,
  cleared: 0,
  setCertificateVerifyProc(proc: VerifyProc | undefined) {
    fakePartition.verifyProc = proc;
  },
  async clearStorageData() {
    fakePartition.cleared += 1;
  },
  async closeAllConnections() {},
  webRequest: { onHeadersReceived(_handler: Listener) {} },
};

export const fakeShell = {
  opened: [] as string[],
  async openPath(path: string) {
    fakeShell.opened.push(path);
    return '';
  },
};

export const fakeApp = Object.assign(new FakeEmitter(), {
  isPackaged: false,
  hasLock: true,
  quitCalls: 0,
  userData: '/nonexistent',
  getLocale: () => 'zh-CN',
  getAppPath: () => '/nonexistent',
  getPath: () => fakeApp.userData,
  enableSandbox: () => {},
  requestSingleInstanceLock: () => fakeApp.hasLock,
  whenReady: () => Promise.resolve(),
  quit: () => {
    fakeApp.quitCalls += 1;
  },
});

/** The renderer side, for the preload. */
export const fakeIpcRenderer = Object.assign(new FakeEmitter(), {
  invocations: [] as unknown[][],
  async invoke(...args: unknown[]): Promise<unknown> {
    fakeIpcRenderer.invocations.push(args);
    return { ok: true, result: null };
  },
  removeListener(name: string, listener: Listener) {
    const list = fakeIpcRenderer.listeners.get(name) ?? [];
    fakeIpcRenderer.listeners.set(
      name,
      list.filter((l) => l !== listener),
    );
  },
});

export const fakeContextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown) {
    fakeContextBridge.exposed.set(key, api);
  },
};

export const fakeMenu = {
  template: undefined as unknown,
  buildFromTemplate(template: unknown) {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown }) {
    fakeMenu.template = menu.template;
  },
};

/** protocol: the schemes registered as privileged, and the handlers installed. */
export const fakeProtocol = {
  privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
  handlers: new Map<string, (request: { url: string }) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]) {
    fakeProtocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: { url: string }) => Response | Promise<Response>) {
    fakeProtocol.handlers.set(scheme, handler);
  },
};

export const fakeElectron = {
  app: fakeApp,
  BrowserWindow: FakeBrowserWindow,
  Menu: fakeMenu,
  ipcMain: {
    handle(channel: string, handler: Listener) {
      ipcMainHandlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      ipcMainHandlers.delete(channel);
    },
  },
  session: {
    defaultSession: fakeSession,
    fromPartition(partition: string) {
      fakePartition.partition = partition;
      return fakePartition;
    },
  },
  dialog: { showErrorBox: (_title: string, _content: string) => {} },
  shell: fakeShell,
  contextBridge: fakeContextBridge,
  ipcRenderer: fakeIpcRenderer,
  protocol: fakeProtocol,
};
