import { issue, type Rule } from './types';

/** Quoted start of a loose line, so the editor can find it on the page. */
function excerpt(text: string): string {
  const t = text.trim();
  return t.length > 30 ? `${t.slice(0, 30)}…` : t;
}

/**
 * A Latin line that could not be justified within the word-space bounds (and the bounded
 * letter-spacing) is set loose rather than spread letter by letter: a warning per story
 * that names the lines, so the editor can cut, rewrite or hyphenate by hand.
 */
export const looseLinesRule: Rule = ({ composed }) =>
  composed.pages.flatMap((page) =>
    page.modules.flatMap((m) => {
      const loose = m.frame.lines.filter((l) => l.line.loose === true);
      if (loose.length === 0) return [];
      const first = excerpt(loose[0]?.line.text ?? '');
      return [
        issue(
          'warning',
          'loose-lines',
          page.number,
          Number(m.storyId),
          `${loose.length} loose line${loose.length === 1 ? '' : 's'} (first: “${first}”)`,
          { count: loose.length, first },
        ),
      ];
    }),
  );
