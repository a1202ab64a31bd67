import type { LayoutIssue } from '../../../shared/contract/wire/layout-page';
import { charactersByFace } from '../../../shared/fonts/layout-text';

/**
 * Starts fetching the font slices a composed issue needs (the browser picks them by
 * unicode-range from the characters), so they load while React builds the pages rather than
 * after the browser first lays the pages out and finds them missing.
 */
export function warmLayoutFonts(layout: LayoutIssue): void {
  for (const { face, chars } of charactersByFace(layout).values()) {
    const css = `${face.weight} 16px '${face.family}'`;
    document.fonts.load(css, chars).catch((error: unknown) => {
      console.error('font slices failed to load', error);
    });
  }
}
