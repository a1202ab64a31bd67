// A story's own hyphenation language over the paper's (stories.hyphenation, migration 12):
// an English story on a Chinese paper, or a story whose words must never break.

import { describe, expect, it } from 'vitest';
import { flowFrame, type Story } from './column-flow';
import { TypesetSession } from './session';
import { fonts } from './test-support';
import { DEFAULT_SETTINGS, type FrameSpec, type StoryBlock, type TypesetSettings } from './types';

const TEXT =
  'The assessment of construction of representatives internationally was debated by ' +
  'representatives of international organizations throughout the afternoon session.';
const block: StoryBlock = { kind: 'paragraph', style: 'body', runs: [{ text: TEXT }] };
const frame: FrameSpec = { columns: 1, columnWidth: 108, gutter: 9, heightLines: 40 };
const paper = (hyphenation: 'en-us' | 'off'): TypesetSettings => ({
  ...DEFAULT_SETTINGS,
  latin: { ...DEFAULT_SETTINGS.latin, hyphenation },
});

function hyphenated(story: Story, settings: TypesetSettings, session?: TypesetSession): number {
  const r = flowFrame(story, frame, settings, fonts, null, session ? { session } : {});
  return r.lines.filter((l) => l.line.hyphenated).length;
}

describe("a story's own hyphenation", () => {
  it('follows the paper when the story names none', () => {
    expect(hyphenated({ blocks: [block] }, paper('en-us'))).toBeGreaterThan(0);
    expect(hyphenated({ blocks: [block] }, paper('off'))).toBe(0);
  });

  it("overrides the paper's either way", () => {
    expect(hyphenated({ blocks: [block], hyphenation: 'off' }, paper('en-us'))).toBe(0);
    expect(hyphenated({ blocks: [block], hyphenation: 'en-us' }, paper('off'))).toBeGreaterThan(0);
  });

  it('never reuses a paragraph prepared under the other language (one session)', () => {
    const session = new TypesetSession(fonts);
    const on = hyphenated({ blocks: [block] }, paper('en-us'), session);
    expect(hyphenated({ blocks: [block], hyphenation: 'off' }, paper('en-us'), session)).toBe(0);
    expect(hyphenated({ blocks: [block] }, paper('en-us'), session)).toBe(on);
  });

  it('keeps every letter: lines joined (hyphens dropped) give the text back', () => {
    for (const hyphenation of ['en-us', 'en-gb', 'off'] as const) {
      const r = flowFrame({ blocks: [block], hyphenation }, frame, paper('en-us'), fonts);
      const joined = r.lines
        .map((l) => (l.line.hyphenated ? l.line.text.replace(/-$/, '') : l.line.text))
        .join('');
      expect(joined.replace(/\s+/g, ' ').trim()).toBe(TEXT);
    }
  });
});
