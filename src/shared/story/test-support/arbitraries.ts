// Test-only: fast-check generators of story documents. Not imported by product code.

import fc from 'fast-check';
import type {
  ImportedBlock,
  ImportedDocument,
  ListItemElement,
  ParagraphElement,
  PhotoRef,
  StoryText,
} from '../elements';

const HAN = '新闻报道记者本市今日上午会议经济发展人民城市建设';
const PUNCT = '，。、；：！？“”（）《》——…';
const LATIN = 'abcXYZ 019.,-';
/** Characters that Markdown gives meaning to, to prove the writer escapes them. */
const MARKUP = '*\\#>-+![]()"_`1.';

const char = fc.constantFrom(...[...HAN, ...PUNCT, ...LATIN, ...MARKUP]);

/** Text without leading or trailing space (a .md line is trimmed when read). */
const words = fc
  .array(char, { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join('').trim())
  .filter((s) => s.length > 0);

const leaf: fc.Arbitrary<StoryText> = fc
  .record({ text: words, bold: fc.boolean(), italic: fc.boolean() })
  .map(({ text, bold, italic }) => ({
    text,
    ...(bold ? { bold: true as const } : {}),
    ...(italic ? { italic: true as const } : {}),
  }));

/** Neighbours with equal marks are allowed: normalization merges them. */
const leaves = fc.array(leaf, { minLength: 1, maxLength: 4 });

const paragraph: fc.Arbitrary<ParagraphElement> = leaves.map((children) => ({
  type: 'paragraph',
  children,
}));
const item: fc.Arbitrary<ListItemElement> = leaves.map((children) => ({
  type: 'list-item',
  children,
}));

const caption = fc.array(fc.constantFrom(...HAN, ...PUNCT, ...'ab []()\\"'), { maxLength: 10 });

export const photoRef: fc.Arbitrary<PhotoRef> = fc
  .record({
    src: fc.constantFrom('photo.jpg', 'img/a b.png', '图片/现场.jpg', 'x(1).jpg'),
    caption: caption.map((c) => c.join('').trim()),
    credit: caption.map((c) => c.join('').trim()),
  })
  .map((p) => ({ type: 'photo', ...p, children: [{ text: '' }] }));

export const importedBlock: fc.Arbitrary<ImportedBlock> = fc.oneof(
  paragraph,
  leaves.map((children) => ({ type: 'crosshead' as const, children })),
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((children) => ({
    type: 'block-quote' as const,
    children,
  })),
  fc.array(item, { minLength: 1, maxLength: 3 }).map((children) => ({
    type: 'bulleted-list' as const,
    children,
  })),
  fc.array(item, { minLength: 1, maxLength: 3 }).map((children) => ({
    type: 'numbered-list' as const,
    children,
  })),
  photoRef,
);

/** Documents as the writer sees them: well formed, but not yet normalized. */
export const importedDocument: fc.Arbitrary<ImportedDocument> = fc
  .array(importedBlock, { minLength: 1, maxLength: 6 })
  .map((body) => ({ version: 1, body }));

const messyText = fc
  .array(
    fc.constantFrom(...HAN, 'a', ' ', '\r\n', '\n', '\r', '\t', '\u0000', '\u0085', '\u2028'),
    {
      maxLength: 8,
    },
  )
  .map((c) => c.join(''));

const messyLeaf = fc.record(
  {
    text: messyText,
    bold: fc.constantFrom(true, false),
    italic: fc.constantFrom(true, false),
    underline: fc.constant(true),
  },
  { requiredKeys: ['text'] },
);

const TYPES = [
  'paragraph',
  'crosshead',
  'block-quote',
  'bulleted-list',
  'numbered-list',
  'list-item',
  'table',
] as const;

/** Anything shaped like Slate nodes: wrong nesting, stray text, bad marks, control chars. */
export const messyNode: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    messyLeaf,
    fc.record({
      type: fc.constantFrom(...TYPES),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
    fc.record({
      type: fc.constant('photo'),
      asset: fc.constant('ab'.repeat(32)),
      width: fc.constant(800),
      height: fc.constant(600),
      caption: messyText,
      credit: messyText,
      children: fc.array(messyLeaf, { maxLength: 2 }),
    }),
  ),
})).node;

export const messyDocument = fc
  .array(messyNode, { maxLength: 5 })
  .map((body) => ({ version: 1 as const, body }));
