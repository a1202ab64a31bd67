// What the renderer needs besides the composed pages: the font metrics (to place lines as
// the engine measured them), the font files and image bytes to embed, and print options.

import type { Language } from '../model/settings';
import type { FontSet } from '../typeset';

/** A font file to embed; subsetting is the caller's job. */
export interface FontFaceSource {
  family: string;
  weight: 400 | 700;
  /** One of the two: the file as base64, or its bytes. */
  dataBase64?: string;
  bytes?: Uint8Array;
  format?: 'truetype' | 'opentype' | 'woff' | 'woff2';
}

export interface ImageSource {
  /** image/jpeg, image/png, image/webp … */
  mime: string;
  dataBase64?: string;
  bytes?: Uint8Array;
}

export interface RenderInput {
  fonts: FontSet;
  fontFaces: FontFaceSource[];
  /** Image bytes by asset hash (logo and photos); a missing one paints a grey box. */
  images?: Record<string, ImageSource>;
  /** Bleed on each side in mm: the page box grows by 2 x bleed, the trim is centred. */
  bleedMm?: number;
  /** Extra room outside the bleed for marks, in mm on each side. */
  slugMm?: number;
  /** Crop marks at the corners (drawn only where there is bleed or slug to draw them in). */
  cropMarks?: boolean;
  title?: string;
  language?: Language;
}
