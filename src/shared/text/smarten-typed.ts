// One edit of a plain text field (a headline input) made smart as the editor's body is: the
// quote just typed curls, a second hyphen turns the pair into the paper's dash, pasted text
// is smartened in the context before it. Only the inserted text changes, and the caret
// stays right after it.

import { curlQuote, dashAfter, smartenText, type TypingStyle } from './smart-quotes';

export interface TypedText {
  value: string;
  /** Where the caret belongs after the edit. */
  caret: number;
}

/** `next` is the field after the edit, `caret` where the browser put the caret in it. */
export function smartenTyped(
  prev: string,
  next: string,
  caret: number,
  style: TypingStyle,
): TypedText {
  const unchanged = { value: next, caret };
  if (!style.smartQuotes) return unchanged;
  const inserted = next.length - prev.length;
  const start = caret - inserted;
  // Only a pure insertion before the caret (typing, pasting): not a deletion or a replacement.
  if (inserted <= 0 || start < 0) return unchanged;
  if (next.slice(0, start) !== prev.slice(0, start) || next.slice(caret) !== prev.slice(start))
    return unchanged;
  const before = next.slice(0, start);
  const text = next.slice(start, caret);
  const after = next.slice(caret);
  if (text === '-' && before.endsWith('-')) {
    const head = before.slice(0, -1);
    const dash = dashAfter(head, style.dash);
    return { value: head + dash + after, caret: head.length + dash.length };
  }
  if (text === '"' || text === "'") {
    const curled = curlQuote(text, before);
    return { value: before + curled + after, caret };
  }
  const smart = smartenText(text, style.dash, before);
  return { value: before + smart + after, caret: before.length + smart.length };
}
