// Reads a story's text back out of the exported HTML: its `data-part` articles in order
// (furniture, jump lines and repeated headlines sit outside them and are skipped), each
// line's text (in the line or its spans). Lines of one block join directly (Chinese has
// no spaces to restore); blocks join as storyToPlainText joins them: the headline stack
// by a newline, the rest by a blank line.

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const unescapeHtml = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

interface Line {
  block: string;
  kind: string;
  text: string;
}

const STACK = new Set(['kicker', 'headline', 'subhead']);

function linesOf(article: string): Line[] {
  const out: Line[] = [];
  const re =
    /<div data-line="\d+"[^>]*data-block="(-?\d+)" data-kind="([a-z]+)"[^>]*>(.*?)<\/div>/g;
  for (const m of article.matchAll(re)) {
    // The line's text: held by the line itself or by its spans, tags dropped.
    out.push({
      block: m[1] ?? '',
      kind: m[2] ?? '',
      text: unescapeHtml((m[3] ?? '').replace(/<[^>]*>/g, '')),
    });
  }
  return out;
}

/** Each story's parts in document order: story id -> [part number, its lines' text]. */
export function storyParts(html: string): Map<string, { part: number; text: string }[]> {
  const out = new Map<string, { part: number; text: string }[]>();
  const re = /<article data-story="([^"]+)" data-part="(\d+)"[^>]*>(.*?)<\/article>/g;
  for (const m of html.matchAll(re)) {
    const id = m[1] ?? '';
    const list = out.get(id) ?? [];
    list.push({ part: Number(m[2]), text: joinLines(linesOf(m[3] ?? '')) });
    out.set(id, list);
  }
  return out;
}

/** A story's text from all its parts, formatted as storyToPlainText formats it. */
export function storyTextFromHtml(html: string, storyId: number): string {
  const re = /<article data-story="([^"]+)" data-part="(\d+)"[^>]*>(.*?)<\/article>/g;
  const lines = [...html.matchAll(re)]
    .filter((m) => m[1] === String(storyId))
    .sort((a, b) => Number(a[2]) - Number(b[2]))
    .flatMap((m) => linesOf(m[3] ?? ''));
  return lines.length === 0 ? '' : `${joinLines(lines)}\n`;
}

function joinLines(lines: Line[]): string {
  let text = '';
  let prev: Line | undefined;
  for (const line of lines) {
    if (prev) {
      const sameBlock = prev.block === line.block && prev.kind === line.kind;
      if (!sameBlock) text += STACK.has(prev.kind) && STACK.has(line.kind) ? '\n' : '\n\n';
    }
    text += line.text;
    prev = line;
  }
  return text;
}
