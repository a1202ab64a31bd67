// Typewriter quotes and double hyphens to what a typesetter sets: “ ” ‘ ’ by the
// character before the quote (an opening quote follows a space, an opening bracket or
// dash, or starts the text; anything else closes, so an apostrophe is ’), and -- to an en
// or em dash by the paper's style. In Chinese text (after a Han character or Chinese
// punctuation) a quote opens unless one is already open, and -- is the 破折号 ——. Used at
// import, on paste and, one keystroke at a time, in the editor.

export type DashStyle = 'en' | 'em';

/** The paper's choice (settings `type.smartQuotes`, `type.dash`). */
export interface TypingStyle {
  /** false keeps typewriter quotes and -- as typed. */
  smartQuotes: boolean;
  dash: DashStyle;
}

/** The paper's typing style from its settings. */
export function typingStyleOf(settings: {
  'type.smartQuotes': 'on' | 'off';
  'type.dash': DashStyle;
}): TypingStyle {
  return { smartQuotes: settings['type.smartQuotes'] !== 'off', dash: settings['type.dash'] };
}

/** Characters after which a quote opens. */
const OPENS_AFTER = /[\s([{<\u2014\u2013“‘（《「『【]/u;
/** Han: no space before a quote, so it opens unless one is open (他说“好”). */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;
/** Chinese punctuation a quote may follow either way (他说：“好。”), so it is balanced too. */
const CJK_PUNCTUATION = /[：，。、；！？…）》」』】\u3000-\u3003]/u;

/** Whether `ch` is Chinese context: a Han character or Chinese punctuation. */
function chinese(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || CJK_PUNCTUATION.test(ch));
}

/** The curly form of a straight quote typed after `before` (the text before it). */
export function curlQuote(quote: '"' | "'", before: string): string {
  const prev = before.at(-1);
  let opens = prev === undefined || OPENS_AFTER.test(prev);
  if (chinese(prev)) {
    const [open, close] = quote === '"' ? ['“', '”'] : ['‘', '’'];
    opens = before.split(open).length <= before.split(close).length;
  }
  if (quote === '"') return opens ? '“' : '”';
  // '90s and 'tis: an apostrophe before a figure is ’ even after a space.
  return opens ? '‘' : '’';
}

/** The dash that `--` becomes in a paper's style: an en dash spaced, or an em dash closed. */
export function dashFor(style: DashStyle): string {
  return style === 'em' ? '\u2014' : '\u2013';
}

/** The dash for -- typed after `before`: in Chinese text the 破折号 ——, else the paper's. */
export function dashAfter(before: string, style: DashStyle): string {
  return chinese(before.at(-1)) ? '\u2014\u2014' : dashFor(style);
}

/**
 * Curls every straight quote of `text` and turns -- into the paper's dash. `before` is the
 * text already in front of it (a paste into a paragraph), read for context only.
 */
export function smartenText(text: string, style: DashStyle = 'em', before = ''): string {
  let out = before;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"' || ch === "'") {
      out += curlQuote(ch, out);
    } else if (ch === '-' && text[i + 1] === '-') {
      out += dashAfter(out, style);
      i++;
    } else {
      out += ch;
    }
  }
  return out.slice(before.length);
}

/** Whether `text` has anything smartenText would change (most text has not). */
export function needsSmartening(text: string): boolean {
  return /["']|--/.test(text);
}
