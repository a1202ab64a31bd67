// A photo is converted for print (the paper's colour, a JPEG sharp made) as it comes in,
// not at the first export: at deadline the export embeds it from the print cache at once.
// In the background, after the call: a failure here costs only the export the work again.

import type { PhotoColour } from '../../shared/model/settings';
import { printCacheFor } from './print-cache';

export function warmPrintPhoto(
  dbPath: string,
  hash: string,
  mime: string,
  bytes: Uint8Array,
  colour: PhotoColour,
): void {
  const disk = printCacheFor(dbPath);
  if (!disk) return;
  const copy = Buffer.from(bytes);
  void import('./pdf/pdf-images')
    .then(({ photoJpeg }) => photoJpeg(hash, { mime, bytes: copy }, colour, disk))
    .catch(() => undefined);
}
