// One @font-face rule whose source is the font itself as a data: URL: the exported HTML
// must print the same on any machine and never fetch anything.

export interface FontFaceSource {
  family: string;
  weight: number;
  /** TrueType/OpenType bytes (sfnt). */
  data: Uint8Array;
}

/** Family names come from our registry, but quotes and backslashes would break the rule. */
function quotedFamily(family: string): string {
  return `'${family.replace(/['\\\n]/g, '')}'`;
}

export function fontFaceRule(face: FontFaceSource): string {
  const base64 = Buffer.from(face.data.buffer, face.data.byteOffset, face.data.byteLength).toString(
    'base64',
  );
  // font-display:block: a print must never be taken with a fallback face in place.
  return (
    `@font-face{font-family:${quotedFamily(face.family)};font-style:normal;` +
    `font-weight:${face.weight};font-display:block;` +
    `src:url(data:font/ttf;base64,${base64}) format('truetype')}`
  );
}
