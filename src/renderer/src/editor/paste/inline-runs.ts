import type { StoryText } from '../../../../shared/story/elements';

export interface Marks {
  bold: boolean;
  italic: boolean;
}

export const NO_MARKS: Marks = { bold: false, italic: false };

/** Marks of an inline element: b/strong/i/em, or Word's and Google Docs' inline styles. */
export function marksOf(element: Element, outer: Marks): Marks {
  const tag = element.tagName.toLowerCase();
  const style = (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  let { bold, italic } = outer;
  if (tag === 'b' || tag === 'strong') bold = true;
  if (tag === 'i' || tag === 'em') italic = true;
  const weight = /(?:^|;)font-weight:([a-z0-9]+)/.exec(style)?.[1];
  if (weight) bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  const fontStyle = /(?:^|;)font-style:([a-z]+)/.exec(style)?.[1];
  if (fontStyle) italic = fontStyle === 'italic' || fontStyle === 'oblique';
  return { bold, italic };
}

export function leaf(text: string, marks: Marks): StoryText {
  const node: StoryText = { text };
  if (marks.bold) node.bold = true;
  if (marks.italic) node.italic = true;
  return node;
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2014\u2026]/u;

/**
 * HTML whitespace as a browser shows it: a run is one space. A run with a line break next to
 * Chinese text is nothing (Word and editors wrap the source lines inside Chinese sentences).
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f\u00a0]+/g, (run, offset: number, whole: string) => {
    if (/[\n\r]/.test(run)) {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + run.length] ?? '';
      if (CJK.test(before) || CJK.test(after)) return '';
    }
    return ' ';
  });
}

/** Leaves with their outer spaces trimmed, empty ones dropped. */
export function trimLeaves(leaves: StoryText[]): StoryText[] {
  const out = leaves.map((l) => ({ ...l }));
  const first = out[0];
  if (first) first.text = first.text.replace(/^ +/, '');
  const last = out.at(-1);
  if (last) last.text = last.text.replace(/ +$/, '');
  return out.filter((l) => l.text.length > 0);
}
