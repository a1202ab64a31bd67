import type { SnippetPart } from '../../../shared/contract/wire/story';

/** A search snippet from its parts: hits in <mark>, all as text (never as HTML). */
export function Snippet(props: { parts: SnippetPart[] }) {
  return (
    <span className="snippet">
      {props.parts.map((part, i) =>
        part.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a snippet's parts are fixed
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: a snippet's parts are fixed
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}
