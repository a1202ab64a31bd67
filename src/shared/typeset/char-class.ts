// Character classes for Chinese/Latin line breaking and spacing: a compact reading of
// UAX #14 classes (ID, AL, NU, OP, CL, IS, EX, B2, IN, PR, PO, SP) plus the clreq
// distinctions that matter for compression (where the ink of a full-width mark sits).

export const CharClass = {
  /** Ideographs, kana, full-width letters: break on either side (UAX #14 ID). */
  Han: 0,
  /** Latin, Greek, Cyrillic letters and other symbols (AL): no break inside a word. */
  Letter: 1,
  Digit: 2,
  Space: 3,
  /** No-break space: glue. */
  Glue: 4,
  /** Full-width opening bracket or quote: ink in the right half. */
  Open: 5,
  /** Full-width closing bracket or quote: ink in the left half. */
  Close: 6,
  /** Full-width 、，。；： ink in the left half. */
  Stop: 7,
  /** Full-width ！？ (ink centred: never compressed). */
  Exclaim: 8,
  /** Interpuncts · ・ */
  Interpunct: 9,
  /** — (a pair —— is one 2-em unit; a single one is a connector). */
  Dash: 10,
  /** … (a pair …… is one 2-em unit). */
  Ellipsis: 11,
  /** Connector marks: ～ ~ ‐ – and the ASCII hyphen. */
  Connector: 12,
  /** ASCII closing punctuation , . ; : ! ? ) ] } (no break before). */
  LatinClose: 13,
  /** ASCII ( [ { (no break after). */
  LatinOpen: 14,
  /** Units after numbers: % ℃ ‰ ° ％ (no break before). */
  Unit: 15,
  /** Currency prefixes $ ¥ ￥ € £ (no break after). */
  Prefix: 16,
  /** ／ and / (gb level: not at line end). */
  Solidus: 17,
  /** ASCII quotes " ' (ambiguous: glued on both sides). */
  Quote: 18,
} as const;

export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const SPECIAL = new Map<number, CharClass>();
function assign(chars: string, cls: CharClass): void {
  for (const ch of chars) SPECIAL.set(ch.codePointAt(0) ?? 0, cls);
}
assign('“‘（《〈「『【〔〖［｛｟', CharClass.Open);
assign('”’）》〉」』】〕〗］｝｠', CharClass.Close);
assign('、，。；：．｡､', CharClass.Stop);
assign('！？', CharClass.Exclaim);
assign('·・‧', CharClass.Interpunct);
assign('—', CharClass.Dash);
assign('…', CharClass.Ellipsis);
assign('～~‐–-', CharClass.Connector);
assign(',.;:!?)]}', CharClass.LatinClose);
assign('([{', CharClass.LatinOpen);
assign('%℃‰°％℉', CharClass.Unit);
assign('$¥￥€£', CharClass.Prefix);
assign('／/', CharClass.Solidus);
assign('"\'', CharClass.Quote);
assign(' \t', CharClass.Space);
assign('\u00a0\u202f\u2060', CharClass.Glue);

function isHanLike(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x3040 && cp <= 0x30ff) || // kana
    (cp >= 0x3000 && cp <= 0x3007) || // ideographic space, 々〆〇
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff10 && cp <= 0xff5a) || // full-width digits and letters
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    (cp >= 0x1f300 && cp <= 0x1faff) // emoji behave like ideographs
  );
}

function classifySlow(cp: number): CharClass {
  const special = SPECIAL.get(cp);
  if (special !== undefined) return special;
  if (cp >= 0x30 && cp <= 0x39) return CharClass.Digit;
  if (isHanLike(cp)) return CharClass.Han;
  return CharClass.Letter;
}

/** Latin letters and digits: the side of a Han–Latin boundary that gets ¼ em. */
export function isAlphanumeric(cls: number): boolean {
  return cls === CharClass.Letter || cls === CharClass.Digit;
}

export function isFullWidthBracketOrQuote(cls: number): boolean {
  return cls === CharClass.Open || cls === CharClass.Close;
}

// Classes of the whole BMP in one table: classify runs for every character of every page.
const BMP = new Uint8Array(0x10000);
for (let cp = 0; cp < 0x10000; cp++) BMP[cp] = classifySlow(cp);

export function classify(cp: number): CharClass {
  return (cp < 0x10000 ? BMP[cp] : classifySlow(cp)) as CharClass;
}
