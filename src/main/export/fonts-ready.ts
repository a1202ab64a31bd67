// Both print paths load every embedded face before printing: the document is held out of
// screen layout (print-document.ts), so nothing would ask for a face before the print, and
// a page printed while a face is still decoding comes out in a fallback font. The page's
// own script is off, so this runs through the DevTools protocol (Playwright's evaluate,
// Electron's debugger), which still evaluates. Plain array methods, not FontFaceSet's
// forEach: Chromium refuses callbacks from its own bindings into a page whose script is off.

/** Evaluates to the families of faces that failed to load, once every face has settled. */
export const FONTS_READY_EXPRESSION = `(async () => {
  const faces = Array.from(document.fonts.values());
  const failed = await Promise.all(
    faces.map((face) => face.load().then(() => null, () => face.family)),
  );
  await document.fonts.ready;
  return failed.filter((family) => family !== null);
})()`;

/** Throws when the evaluation reports broken faces; anything unexpected counts as none. */
export function assertFontsLoaded(broken: unknown): void {
  if (!Array.isArray(broken) || broken.length === 0) return;
  throw new Error(`PDF export: font failed to load: ${broken.map(String).join(', ')}`);
}
