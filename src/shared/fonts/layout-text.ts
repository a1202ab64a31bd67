// What text a composed issue sets in each face: the board asks the browser for exactly the
// font slices of these characters as soon as the layout arrives, before painting it.
import type { DisplayFaceWire } from '../contract/wire/display';
import type { LayoutIssue } from '../contract/wire/layout-page';
import type { FontKey } from '../typeset/font-metrics';

export interface FaceText {
  /** How a browser names the face (the family the engine measured, and its weight). */
  face: DisplayFaceWire;
  /** Every distinct character set in it, in first-seen order. */
  chars: string;
}

/** Each face used on the pages' display lists, with the characters set in it. */
export function charactersByFace(layout: LayoutIssue): Map<FontKey, FaceText> {
  const seen = new Map<FontKey, { face: DisplayFaceWire; chars: Set<string> }>();
  for (const page of layout.pages) {
    const { faces, items } = page.display;
    for (const item of items) {
      if (item.kind !== 'line') continue;
      for (const run of item.runs) {
        const face = faces[run.face];
        if (!face) continue;
        let entry = seen.get(run.face);
        if (!entry) {
          entry = { face, chars: new Set() };
          seen.set(run.face, entry);
        }
        for (const text of run.text) for (const char of text) entry.chars.add(char);
      }
    }
  }
  return new Map(
    [...seen].map(([key, { face, chars }]) => [key, { face, chars: [...chars].join('') }]),
  );
}
