import type { ImportWhy } from '../../shared/story/import-problem';

/** What is wrong with a file, and where when a line can be named. */
export interface FileProblem {
  /** 1-based line in the file; absent for the file as a whole (too large, not a .docx). */
  line?: number;
  message: string;
  /** The same, as a code the UI words in its language. */
  why?: ImportWhy;
}

/** `FILE:LINE: message`, or `FILE: message` when no line applies: what the CLI prints. */
export function formatProblem(file: string, problem: FileProblem): string {
  const where = problem.line === undefined ? file : `${file}:${problem.line}`;
  return `${where}: ${problem.message}`;
}

/** A file refused for import, with the one line a person needs to fix it. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly file: string,
    readonly problem: FileProblem,
  ) {
    super(formatProblem(file, problem));
  }
}
