import type { TextBox } from '../compose/types';
import { issue, type Rule } from './types';

/** Characters of the set lines that the font they are set in lacks. */
function missingIn(boxes: TextBox[], fonts: Parameters<Rule>[0]['fonts']): string[] {
  const out = new Set<string>();
  for (const box of boxes) {
    for (const placed of box.lines) {
      for (const g of placed.line.glyphs) {
        const cp = g.text.codePointAt(0);
        if (cp === undefined || /\s/u.test(g.text)) continue;
        if (!fonts.font(g.font).hasGlyph(cp)) out.add(g.text);
      }
    }
  }
  return [...out];
}

/**
 * Rare characters (often in names) that the fonts lack print as a fallback face or tofu:
 * an error in a story (naming the characters), a warning in page furniture.
 */
export const missingGlyphsRule: Rule = ({ composed, fonts }) =>
  composed.pages.flatMap((page) => {
    const issues = page.modules.flatMap((m) => {
      const chars = missingIn([m.frame, ...m.furniture], fonts);
      return chars.length === 0
        ? []
        : [
            issue(
              'error',
              'missing-glyphs',
              page.number,
              Number(m.storyId),
              `the fonts lack ${chars.join(' ')} (${chars.map(codePoint).join(' ')})`,
              { chars: chars.join(' '), count: chars.length },
            ),
          ];
    });
    const furniture = missingIn(page.furniture, fonts);
    if (furniture.length > 0) {
      issues.push(
        issue(
          'warning',
          'missing-glyphs',
          page.number,
          null,
          `the masthead or folio uses ${furniture.join(' ')}, which the fonts lack`,
          { chars: furniture.join(' '), count: furniture.length, where: 'furniture' },
        ),
      );
    }
    return issues;
  });

const codePoint = (ch: string) =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
