import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PdfTimeoutError } from '../export/deadline';

// Just enough of Electron for the print path; the binary cannot run here.
const fake = vi.hoisted(() => {
  type Callback = (response: { cancel: boolean }) => void;
  const state = {
    windows: [] as PrintWindow[],
    /** What printToPDF does: resolve with bytes, or hang (the timeout test). */
    print: (): Promise<Buffer> => Promise.resolve(Buffer.from('%PDF-1.4 fake')),
    fontsBroken: [] as string[],
    beforeRequest: undefined as
      | ((details: { url: string }, callback: Callback) => void)
      | undefined,
    permissionAsked: undefined as boolean | undefined,
    opened: [] as string[],
    openFailure: '',
  };
  class PrintWindow {
    destroyed = false;
    loadedUrl = '';
    htmlAtLoad = '';
    printOptions: unknown;
    readonly webContents = {
      debugger: {
        attached: false,
        attach: () => {
          this.webContents.debugger.attached = true;
        },
        isAttached: () => this.webContents.debugger.attached,
        detach: () => {
          this.webContents.debugger.attached = false;
        },
        sendCommand: async (method: string, params: { expression: string }) => {
          if (method !== 'Runtime.evaluate' || !params.expression.includes('document.fonts.ready'))
            throw new Error(`unexpected ${method}`);
          return { result: { value: state.fontsBroken } };
        },
      },
      printToPDF: (options: unknown) => {
        this.printOptions = options;
        return state.print();
      },
    };
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
      const { readFileSync } = await import('node:fs');
      const { fileURLToPath } = await import('node:url');
      this.htmlAtLoad = readFileSync(fileURLToPath(url), 'utf8');
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  const printSession = {
    setPermissionRequestHandler: (
      handler: (c: unknown, p: string, cb: (ok: boolean) => void) => void,
    ) =>
      handler(undefined, 'media', (ok) => {
        state.permissionAsked = ok;
      }),
    setPermissionCheckHandler: () => {},
    webRequest: {
      onBeforeRequest: (handler: typeof state.beforeRequest) => {
        state.beforeRequest = handler;
      },
    },
  };
  const electron = {
    BrowserWindow: PrintWindow,
    session: { fromPartition: vi.fn(() => printSession) },
    shell: {
      openPath: async (path: string) => {
        state.opened.push(path);
        return state.openFailure;
      },
    },
  };
  return { state, electron, printSession };
});

vi.mock('electron', () => fake.electron);

const { openPdfInViewer, PRINT_PARTITION, printToPdf } = await import('./print-to-pdf');

const HTML = '<!doctype html><html lang="zh-Hans"><body><p>本报讯</p></body></html>';

beforeEach(() => {
  fake.state.windows.length = 0;
  fake.state.print = () => Promise.resolve(Buffer.from('%PDF-1.4 fake'));
  fake.state.fontsBroken = [];
});

describe('printToPdf (Electron)', () => {
  it('prints in a hidden, sandboxed window with no script, no preload and its own session', async () => {
    const pdf = await printToPdf(HTML, { widthMm: 390, heightMm: 540 });
    expect(pdf.toString()).toBe('%PDF-1.4 fake');
    const window = fake.state.windows[0];
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({
      session: fake.printSession,
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      nodeIntegration: false,
      webviewTag: false,
      devTools: false,
    });
    expect(window?.options.webPreferences).not.toHaveProperty('preload');
    expect(fake.electron.session.fromPartition).toHaveBeenCalledWith(PRINT_PARTITION);
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
    expect(fake.state.permissionAsked).toBe(false);
  });

  it('loads the HTML from a temp file it removes, and prints at the CSS page size', async () => {
    await printToPdf(HTML, { widthMm: 390, heightMm: 540 });
    const window = fake.state.windows[0];
    expect(window?.loadedUrl).toMatch(/^file:\/\/.*newsdesk-print-.*\/issue\.html$/);
    expect(window?.htmlAtLoad).toBe(HTML);
    expect(existsSync(fileURLToPath(window?.loadedUrl ?? ''))).toBe(false);
    expect(window?.printOptions).toMatchObject({
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      pageSize: { width: 390 / 25.4, height: 540 / 25.4 },
    });
    expect(window?.destroyed).toBe(true);
    expect(window?.webContents.debugger.attached).toBe(false);
  });

  it('lets the print session load the document and data: URLs, nothing else', async () => {
    let url = '';
    const decisions: Record<string, boolean> = {};
    fake.state.print = async () => {
      url = fake.state.windows[0]?.loadedUrl ?? '';
      for (const asked of [
        url,
        'data:font/ttf;base64,AAEA',
        'https://example.com/x.png',
        'file:///etc/passwd',
      ])
        fake.state.beforeRequest?.({ url: asked }, ({ cancel }) => {
          decisions[asked] = !cancel;
        });
      return Buffer.from('%PDF');
    };
    await printToPdf(HTML);
    expect(decisions).toEqual({
      [url]: true,
      'data:font/ttf;base64,AAEA': true,
      'https://example.com/x.png': false,
      'file:///etc/passwd': false,
    });
    // Once printed, its own file is refused too.
    fake.state.beforeRequest?.({ url }, ({ cancel }) => expect(cancel).toBe(true));
  });

  it('times out with a clear error and destroys the window', async () => {
    fake.state.print = () => new Promise<Buffer>(() => {});
    const printing = printToPdf(HTML, { timeoutMs: 30 });
    await expect(printing).rejects.toBeInstanceOf(PdfTimeoutError);
    await expect(printing).rejects.toThrow('PDF export timed out after 30 ms');
    expect(fake.state.windows[0]?.destroyed).toBe(true);
  });

  it('refuses to print with a broken embedded font', async () => {
    fake.state.fontsBroken = ['Noto Serif SC'];
    await expect(printToPdf(HTML)).rejects.toThrow(
      'PDF export: font failed to load: Noto Serif SC',
    );
    expect(fake.state.windows[0]?.destroyed).toBe(true);
  });
});

describe('openPdfInViewer', () => {
  it('opens the file with the system viewer, and says so when it cannot', async () => {
    await openPdfInViewer('/tmp/2026-11-28.pdf');
    expect(fake.state.opened).toContain('/tmp/2026-11-28.pdf');
    fake.state.openFailure = 'no application for .pdf';
    await expect(openPdfInViewer('/tmp/x.pdf')).rejects.toThrow(
      'could not open /tmp/x.pdf in the system viewer: no application for .pdf',
    );
  });
});
