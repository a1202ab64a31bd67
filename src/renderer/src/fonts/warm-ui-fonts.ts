/** The UI's CJK face (base.css --font-ui), whose slices load by unicode-range. */
const UI_FAMILY = "'Noto Sans SC'";

/**
 * Starts fetching the UI font slices for text about to be shown — a list's rows as the desk
 * sends them — so they load while React renders the rows rather than after the browser lays
 * them out and finds the slices missing (a filter's new rows waited some 40 ms for them).
 */
export function warmUiFonts(bold: string, regular: string): void {
  if (typeof document === 'undefined' || !document.fonts) return;
  for (const [weight, text] of [
    [700, bold],
    [400, regular],
  ] as const) {
    if (text) document.fonts.load(`${weight} 16px ${UI_FAMILY}`, text).catch(() => undefined);
  }
}
