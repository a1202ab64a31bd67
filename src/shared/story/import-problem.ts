// Why a story file was refused, as a code the UI words in its own language. The English
// message beside it stays what the CLI prints and the inbox writes into failed/*.txt.

/** One example of the parameters of every problem, so a test can word each in every language. */
export const IMPORT_PROBLEM_EXAMPLES = {
  'no-front-matter': {},
  'front-matter-open': {},
  'not-key-value': {},
  'unknown-key': { key: 'autor' },
  'duplicate-key': { key: 'headline', first: 2 },
  'unclosed-value': { key: 'headline' },
  'bad-value': { key: 'priority' },
  'no-headline': {},
  'binary-content': {},
  'empty-file': {},
  'body-too-long': { max: 2_000_000 },
  'bad-encoding': {},
  'not-docx': {},
  'unzips-too-large': {},
  'too-many-paragraphs': { count: 12_000, max: 10_000 },
  'not-story-file': {},
  'file-too-large': { size: '80.0', max: 50 },
  'author-not-you': { author: '李晓芸' },
  'unknown-author': { author: '李晓芸' },
  'image-missing': { src: 'photo.jpg' },
  'image-unreadable': { src: 'photo.jpg' },
} as const satisfies Record<string, Record<string, string | number>>;

export type ImportProblemCode = keyof typeof IMPORT_PROBLEM_EXAMPLES;

/** A problem code with the parameters its wording needs. */
export interface ImportWhy {
  problem: ImportProblemCode;
  params?: Record<string, string | number>;
}

export function importWhy(
  problem: ImportProblemCode,
  params?: Record<string, string | number>,
): ImportWhy {
  return params ? { problem, params } : { problem };
}
