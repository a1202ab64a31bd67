// Both print paths wait for the embedded faces before printing: a page printed while a face
// is still decoding comes out in a fallback font. The page's own script is off, so this
// runs through the DevTools protocol (Playwright's evaluate, Electron's debugger), which
// still evaluates. An iterator, not forEach: Chromium refuses callbacks into a page whose
// script is off.

/** Evaluates to the families of faces that failed to load, once all loads are settled. */
export const FONTS_READY_EXPRESSION = `(async () => {
  await document.fonts.ready;
  return Array.from(document.fonts.values())
    .filter((face) => face.status === 'error')
    .map((face) => face.family);
})()`;

/** Throws when the evaluation reports broken faces; anything unexpected counts as none. */
export function assertFontsLoaded(broken: unknown): void {
  if (!Array.isArray(broken) || broken.length === 0) return;
  throw new Error(`PDF export: font failed to load: ${broken.map(String).join(', ')}`);
}
