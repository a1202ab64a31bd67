import { issue, type Rule } from './types';

/** A jump to a page the issue lacks loses the rest of the story. */
export const lostJumpsRule: Rule = ({ composed, stories, pageCount }) => {
  const lost = composed.lostJumps.map((j) =>
    issue(
      'error',
      'lost-jump',
      null,
      Number(j.storyId),
      `jumps to page ${j.toPage}, which the issue lacks`,
      { page: j.toPage },
    ),
  );
  const named = new Set(lost.map((l) => l.storyId));
  for (const s of stories) {
    if (s.jumpTo !== null && s.jumpTo > pageCount && !named.has(s.id)) {
      lost.push(
        issue(
          'error',
          'lost-jump',
          s.page,
          s.id,
          `jumps to page ${s.jumpTo}, which the issue lacks`,
          { page: s.jumpTo },
        ),
      );
    }
  }
  return lost;
};
