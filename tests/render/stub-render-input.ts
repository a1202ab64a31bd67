// The render tests' input: the real font metrics (the document's lines depend on them) with
// tiny stand-ins for the embedded faces and the one photo, since the tests look at the
// document, not at glyphs or pixels.

import { FONT_FILES } from '../../src/main/fonts/font-registry';
import { loadFontSet } from '../../src/main/fonts/load-font-metrics';
import type { RenderInput } from '../../src/shared/render/types';

export const fonts = loadFontSet();
/** The asset hash of the stand-in photo. */
export const PHOTO = 'cd'.repeat(32);

export function stubRenderInput(title: string): RenderInput {
  return {
    fonts,
    fontFaces: FONT_FILES.map((f) => ({
      family: f.family,
      weight: f.weight,
      bytes: new Uint8Array([0, 1, 0, 0, f.weight & 255]),
    })),
    images: { [PHOTO]: { mime: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]) } },
    title,
  };
}
