// The space between a run-in line and what follows it: the dateline before the first
// paragraph, the credit after a caption. After a closing bracket (本报讯（记者 某某）) the
// text follows directly; after Chinese text a full-width space; after Latin a space.

const CLOSING = /[)）】〕」』》〉]$/u;
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60\u2018-\u201f]$/u;

export function runInSeparator(lead: string): string {
  if (lead === '' || CLOSING.test(lead)) return '';
  return WIDE.test(lead) ? '\u3000' : ' ';
}
