// Notices: what a reader did to a file that the person importing it should know.

export function invisibleNotice(removed: number): string {
  const s = removed === 1 ? '' : 's';
  return `removed ${removed} invisible formatting character${s} (such as right-to-left overrides)`;
}

export const FIRST_PARAGRAPH_HEADLINE =
  'no paragraph has the Word style "Title": the first paragraph became the headline';
