import { beforeEach, describe, expect, it, vi } from 'vitest';
import { guardDownloads, isOwnExport, opensInViewer } from '../../src/main/electron/downloads';
import { fakeSession, fakeShell } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

/** A download item as Electron hands it to will-download. */
function item(url: string, savePath: string) {
  const done: ((event: unknown, state: string) => void)[] = [];
  return {
    getURL: () => url,
    getSavePath: () => savePath,
    once: (_name: string, listener: (event: unknown, state: string) => void) => done.push(listener),
    finish: (state: string) => {
      for (const listener of done) listener({}, state);
    },
  };
}

describe('downloads', () => {
  beforeEach(() => {
    fakeShell.opened.length = 0;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    guardDownloads(fakeSession as never);
  });

  it("lets the app's own export through and opens a finished PDF in the system viewer", () => {
    const pdf = item('blob:file:///4b1c-9e', '/home/editor/2026-11-28.pdf');
    const event = { preventDefault: vi.fn() };
    fakeSession.sessionListeners.get('will-download')?.(event, pdf);
    expect(event.preventDefault).not.toHaveBeenCalled();
    pdf.finish('completed');
    expect(fakeShell.opened).toEqual(['/home/editor/2026-11-28.pdf']);
  });

  it('refuses any other download and opens nothing that did not complete', () => {
    const foreign = item('https://example.com/x.exe', '/tmp/x.exe');
    const event = { preventDefault: vi.fn() };
    fakeSession.sessionListeners.get('will-download')?.(event, foreign);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    const cancelled = item('blob:file:///1', '/tmp/a.pdf');
    fakeSession.sessionListeners.get('will-download')?.({ preventDefault: vi.fn() }, cancelled);
    cancelled.finish('cancelled');
    expect(fakeShell.opened).toEqual([]);
  });

  it('says which URLs and states count', () => {
    expect(isOwnExport('blob:http://localhost:5173/abc')).toBe(true);
    expect(isOwnExport('file:///etc/passwd')).toBe(false);
    expect(opensInViewer('completed', '/a/issue.html')).toBe(false);
    expect(opensInViewer('interrupted', '/a/issue.pdf')).toBe(false);
  });
});
