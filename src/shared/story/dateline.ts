// A Chinese dateline takes full-width brackets: 本报讯(记者 李晓芸) → 本报讯（记者 李晓芸）.
// Half-width ones are set as Latin (letter-spaced, and ")" may start a line alone).

const HAN = /\p{Script=Han}/u;

/** Full-width brackets in a dateline that holds Han text; an English dateline is kept. */
export function fullWidthDateline(dateline: string): string {
  if (!HAN.test(dateline) || !/[()]/.test(dateline)) return dateline;
  return dateline.replace(/\s*\(\s*/g, '（').replace(/\s*\)/g, '）');
}
