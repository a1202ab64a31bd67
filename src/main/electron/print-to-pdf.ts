// The app's PDF path: the export HTML printed by Electron's own Chromium in a hidden,
// sandboxed window with script off, in a session of its own that fetches nothing but the
// document. The CLI prints the same HTML with playwright-core (src/main/export/print-pdf.ts).

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, type Session, session, shell, type WebContents } from 'electron';
import { DEFAULT_PDF_TIMEOUT_MS, withDeadline } from '../export/deadline';
import { assertFontsLoaded, FONTS_READY_EXPRESSION } from '../export/fonts-ready';
import { forPrinting } from '../export/print-document';

export interface ElectronPdfOptions {
  /** Page size where the document has no @page size (it always should: the CSS wins). */
  widthMm?: number;
  heightMm?: number;
  timeoutMs?: number;
}

/** In memory (no `persist:`): nothing of a print outlives the app. */
export const PRINT_PARTITION = 'newsdesk-print';
const MM_PER_INCH = 25.4;

/** The documents being printed right now: the only file:// URLs the print session loads. */
const printing = new Set<string>();
let printSession: Session | undefined;

function lockedPrintSession(): Session {
  if (printSession) return printSession;
  const locked = session.fromPartition(PRINT_PARTITION);
  locked.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  locked.setPermissionCheckHandler(() => false);
  // Fonts and images are inlined as data: URLs; anything else would be a leak or a
  // dependency on the network at deadline.
  locked.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith('data:') || printing.has(details.url);
    callback({ cancel: !allowed });
  });
  printSession = locked;
  return locked;
}

function hiddenPrintWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    width: 1024,
    height: 768,
    webPreferences: {
      session: lockedPrintSession(),
      // No preload, no Node, no script at all: the document is print-ready HTML.
      javascript: false,
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
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    },
  });
}

/** document.fonts.ready through the DevTools protocol, which evaluates with script off. */
async function waitForFonts(contents: WebContents): Promise<void> {
  contents.debugger.attach('1.3');
  try {
    const reply = (await contents.debugger.sendCommand('Runtime.evaluate', {
      expression: FONTS_READY_EXPRESSION,
      awaitPromise: true,
      returnByValue: true,
    })) as { result?: { value?: unknown } } | undefined;
    assertFontsLoaded(reply?.result?.value);
  } finally {
    if (contents.debugger.isAttached()) contents.debugger.detach();
  }
}

async function printLoaded(window: BrowserWindow, url: string, o: ElectronPdfOptions) {
  await window.loadURL(url);
  await waitForFonts(window.webContents);
  const pageSize =
    o.widthMm && o.heightMm
      ? { width: o.widthMm / MM_PER_INCH, height: o.heightMm / MM_PER_INCH }
      : undefined;
  const pdf = await window.webContents.printToPDF({
    preferCSSPageSize: true,
    printBackground: true,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    ...(pageSize ? { pageSize } : {}),
  });
  return Buffer.from(pdf);
}

/** Prints the export HTML to PDF bytes. The HTML goes through a temp file, not a data:
 * URL: with its fonts inlined it is megabytes, past Chromium's 2 MB URL limit. */
export async function printToPdf(html: string, options: ElectronPdfOptions = {}): Promise<Buffer> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  const dir = await mkdtemp(join(tmpdir(), 'newsdesk-print-'));
  const file = join(dir, 'issue.html');
  const url = pathToFileURL(file).href;
  let window: BrowserWindow | undefined;
  try {
    await writeFile(file, forPrinting(html), 'utf8');
    printing.add(url);
    const opened = hiddenPrintWindow();
    window = opened;
    // printToPDF cannot be cancelled: on timeout the window goes, and its print with it.
    return await withDeadline(printLoaded(opened, url, options), timeoutMs, () => opened.destroy());
  } finally {
    printing.delete(url);
    if (window && !window.isDestroyed()) window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Opens a written PDF in the system's viewer (Preview, Acrobat, Evince …). */
export async function openPdfInViewer(path: string): Promise<void> {
  const failure = await shell.openPath(path);
  if (failure) throw new Error(`could not open ${path} in the system viewer: ${failure}`);
}
