// The running issue number (总期号) only ever counts up from 1.
function checkIssue(n: number): void {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`Issue number must be a positive integer, got ${n}`);
  }
}

/** The previous issue's number + 1; 1 for a paper's first issue. Editors may override it. */
export function nextIssueNumber(previous?: number): number {
  if (previous === undefined) return 1;
  checkIssue(previous);
  return previous + 1;
}

/** 第8607期: papers print the issue number in Arabic digits. */
export function formatIssueNumberZh(n: number): string {
  checkIssue(n);
  return `第${n}期`;
}

export function formatIssueNumberEn(n: number): string {
  checkIssue(n);
  return `No. ${n}`;
}
