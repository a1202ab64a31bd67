// Composed pages -> static HTML + print CSS (preview and export print the same document).

export { toBase64 } from './base64';
export { renderDocument } from './render-document';
export { renderPage, trimMm } from './render-page';
export type { FontFaceSource, ImageSource, RenderInput } from './types';
