// What reading one story file may cost. A story is a few hundred KB of text; these ceilings
// are far above any real file and far below what would hurt the desk (issue: a 1.2 MB .docx
// that inflated to 300 MB stopped every user and then the server).

const MB = 1024 * 1024;

export interface ReadLimits {
  /** Bytes all parts of a .docx may inflate to together; inflating stops once past it. */
  inflatedBytes: number;
  /** Paragraphs in one story file (a long feature has a few hundred). */
  paragraphs: number;
  /** Heap of the reader (worker resourceLimits), in MB. */
  memoryMb: number;
  /** Milliseconds one file may take once the reader is running. */
  timeMs: number;
}

export const READ_LIMITS: ReadLimits = {
  inflatedBytes: 64 * MB,
  paragraphs: 10_000,
  memoryMb: 384,
  timeMs: 30_000,
};

export const megabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`;
