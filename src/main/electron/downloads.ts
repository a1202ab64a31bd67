import { type Session, shell } from 'electron';

/**
 * The only downloads the app makes are its own exports: the renderer turns export.pdf and
 * export.html into a blob: URL and clicks a download link. Anything else is refused. No
 * save path is set, so Electron asks where to save; a finished PDF opens in the system
 * viewer, as the printing plant's proof is read there.
 */
export function guardDownloads(session: Session): void {
  session.on('will-download', (event, item) => {
    if (!isOwnExport(item.getURL())) {
      event.preventDefault();
      console.warn(`newsdesk: download refused: ${item.getURL().slice(0, 120)}`);
      return;
    }
    item.once('done', (_done, state) => {
      const path = item.getSavePath();
      if (opensInViewer(state, path)) void shell.openPath(path);
    });
  });
}

/** A blob: URL can only have been made by a page of ours: navigation elsewhere is refused. */
export function isOwnExport(url: string): boolean {
  return url.startsWith('blob:');
}

export function opensInViewer(state: string, path: string): boolean {
  return state === 'completed' && /\.pdf$/i.test(path);
}
