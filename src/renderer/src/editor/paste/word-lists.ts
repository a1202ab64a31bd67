// Word does not paste <ul>/<ol>: each item is a paragraph of class MsoListParagraph… (or
// any class) with `mso-list: l0 level1 lfo1` in its style, and the bullet or number as text
// in a span styled `mso-list: Ignore`. The marker's text tells a numbered list from a
// bulleted one.

const NUMBERED_MARKER = /^\s*(?:\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|[一二三四五六七八九十]+)[.．)）、]/;

export function wordListKind(el: Element): 'bulleted-list' | 'numbered-list' | null {
  const tag = el.tagName.toLowerCase();
  if (tag !== 'p' && tag !== 'div') return null;
  const style = el.getAttribute('style') ?? '';
  if (!/mso-list:\s*l\d+/i.test(style)) return null;
  const marker = Array.from(el.querySelectorAll('span')).find((span) =>
    /mso-list:\s*ignore/i.test(span.getAttribute('style') ?? ''),
  );
  return NUMBERED_MARKER.test(marker?.textContent ?? '') ? 'numbered-list' : 'bulleted-list';
}
