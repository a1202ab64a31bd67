// A tokenizer for the HTML mammoth writes, which is regular: lowercase tags, attributes in
// double quotes, text escaped with &amp; &lt; &gt; &quot;. Not a general HTML parser.

export type HtmlToken =
  | { kind: 'open'; tag: string; attributes: Record<string, string> }
  | { kind: 'close'; tag: string }
  | { kind: 'text'; text: string };

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=]+)(?:="([^"]*)")?/g;

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    if (match.index > last)
      tokens.push({ kind: 'text', text: decode(html.slice(last, match.index)) });
    const [, slash, name = '', rawAttributes = '', selfClosing] = match;
    const tag = name.toLowerCase();
    if (slash) tokens.push({ kind: 'close', tag });
    else {
      tokens.push({ kind: 'open', tag, attributes: attributesOf(rawAttributes) });
      if (selfClosing) tokens.push({ kind: 'close', tag });
    }
    last = match.index + match[0].length;
  }
  if (last < html.length) tokens.push({ kind: 'text', text: decode(html.slice(last)) });
  return tokens;
}

function attributesOf(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name = '', value = ''] of raw.matchAll(ATTRIBUTE)) {
    attributes[name.toLowerCase()] = decode(value);
  }
  return attributes;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X'))
      return fromCode(parseInt(body.slice(2), 16), entity);
    if (body.startsWith('#')) return fromCode(parseInt(body.slice(1), 10), entity);
    return NAMED[body.toLowerCase()] ?? entity;
  });
}

function fromCode(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : fallback;
}
