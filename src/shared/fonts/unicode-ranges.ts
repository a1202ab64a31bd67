// CSS unicode-range lists as sorted, merged code point ranges: what the UI's font subsets
// cover, and what is left for the full font file to cover (scripts/vite-ui-fonts.ts).

/** Inclusive [first, last] code points, sorted, neither overlapping nor touching. */
export type CodeRanges = ReadonlyArray<readonly [number, number]>;

/** Sorts and merges ranges that overlap or touch. */
export function mergeRanges(ranges: Iterable<readonly [number, number]>): CodeRanges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [first, last] of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

/** Parses `U+4e00-9fff,U+3000` (no wildcards: the font packages do not use them). */
export function parseUnicodeRange(list: string): CodeRanges {
  return mergeRanges(
    list.split(',').map((item): [number, number] => {
      const match = /^\s*U\+([0-9a-f]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(item);
      if (!match?.[1]) throw new Error(`not a unicode-range item: ${item}`);
      const first = Number.parseInt(match[1], 16);
      return [first, match[2] ? Number.parseInt(match[2], 16) : first];
    }),
  );
}

export function formatUnicodeRange(ranges: CodeRanges): string {
  return ranges
    .map(([first, last]) =>
      first === last ? `U+${first.toString(16)}` : `U+${first.toString(16)}-${last.toString(16)}`,
    )
    .join(',');
}

export function inRanges(ranges: CodeRanges, codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [first, last] = ranges[mid] as readonly [number, number];
    if (codePoint < first) high = mid - 1;
    else if (codePoint > last) low = mid + 1;
    else return true;
  }
  return false;
}

/** The code points of `codePoints` that no range of `covered` holds, as ranges. */
export function uncovered(codePoints: Iterable<number>, covered: CodeRanges): CodeRanges {
  return mergeRanges(
    [...codePoints].filter((cp) => !inRanges(covered, cp)).map((cp): [number, number] => [cp, cp]),
  );
}
