import type { StoryDocument } from '../../src/shared/story/elements';

const HAN = '城市广场今日开放市民游客逾万人次晚上有灯光秀交通管制地铁加开班次天气晴朗气温回升';

/**
 * `count` paragraphs of `size` Han characters, deterministic and varied so the trigrams are not
 * all alike: the long story of the contract test and of `bench:long`.
 */
export function longDocument(count: number, size: number): StoryDocument {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const body = Array.from({ length: count }, () => ({
    type: 'paragraph' as const,
    children: [{ text: Array.from({ length: size }, () => HAN[next() % HAN.length]).join('') }],
  }));
  return { version: 1, body };
}

/** The document with paragraph `index` replaced by one of `text` (the rest the same objects). */
export function withText(document: StoryDocument, index: number, text: string): StoryDocument {
  const body = document.body.map((block, i) =>
    i === index ? { type: 'paragraph' as const, children: [{ text }] } : block,
  );
  return { version: 1, body };
}
