// The export HTML as the print paths load it. Chromium lays a document out for the screen
// as it loads (once in fallback fonts, again when the embedded faces arrive) and then once
// more for print; only the last one reaches the PDF. Holding the screen layout back
// (display:none for screen media only) leaves one layout, with the faces already loaded
// (fonts-ready.ts): on a four-page issue that is about half a second of a PDF export.
// The exported .html file itself is never changed: it must show on screen.

const HOLD_SCREEN = '<style>@media screen{html{display:none}}</style>';

/** The document with screen layout held back; unchanged when it has no <head> to hold it
 * in (a style before <html> would put the page in quirks mode). */
export function forPrinting(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + HOLD_SCREEN + html.slice(at);
}
