import { useLayoutEffect, useRef } from 'react';
import type { TypingStyle } from '../../../shared/text/smart-quotes';
import { smartenTyped } from '../../../shared/text/smarten-typed';

/**
 * A one-line field of the head whose typed quotes curl and `--` becomes the paper's dash, as
 * in the body. A controlled input loses its caret when the value is changed under it, so the
 * caret the edit left is put back once React has written the value.
 */
export function HeadInput(props: {
  id: string;
  name: string;
  value: string;
  required: boolean;
  readOnly: boolean;
  typing: TypingStyle;
  /** After smartening: e.g. a dateline's brackets made full-width (spaces around them go). */
  transform?: (value: string) => string;
  onChange: (value: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const at = caret.current;
    if (at === null || !input.current || document.activeElement !== input.current) return;
    caret.current = null;
    input.current.setSelectionRange(at, at);
  });
  return (
    <input
      ref={input}
      id={props.id}
      name={props.name}
      type="text"
      value={props.value}
      aria-required={props.required || undefined}
      autoComplete="off"
      readOnly={props.readOnly}
      onChange={(event) => {
        const field = event.target;
        // Composing (IME): the candidate is not text yet; it arrives once committed.
        const composing = (event.nativeEvent as InputEvent).isComposing === true;
        const at = field.selectionStart ?? field.value.length;
        const typed = composing
          ? { value: field.value, caret: at }
          : smartenTyped(props.value, field.value, at, props.typing);
        const { transform } = props;
        const value = transform ? transform(typed.value) : typed.value;
        if (value !== field.value) {
          // What the transform made of the text before the caret is where the caret belongs.
          const before = typed.value.slice(0, typed.caret);
          caret.current =
            transform && value !== typed.value ? transform(before).length : typed.caret;
        }
        props.onChange(value);
      }}
    />
  );
}
