import { describe, expect, it } from 'vitest';
import type { ImportedBlock, StoryHead } from './elements';
import { smartenBlocks, smartenHead, smartenLeaves } from './smarten-story';

const ON = { smartQuotes: true, dash: 'em' } as const;
const OFF = { smartQuotes: false, dash: 'em' } as const;

const HEAD: StoryHead = {
  kicker: "Mayor's plan",
  headline: '"A bridge too far" -- or not',
  subhead: '',
  byline: "By Ann O'Brien",
  dateline: '',
  section: "it's",
  priority: 'normal',
};

describe('smartening a story', () => {
  it('curls the headline stack and byline, not the section', () => {
    expect(smartenHead(HEAD, ON)).toEqual({
      ...HEAD,
      kicker: 'Mayor’s plan',
      headline: '“A bridge too far” — or not',
      byline: 'By Ann O’Brien',
    });
    expect(smartenHead(HEAD, OFF)).toBe(HEAD);
  });

  it('reads the leaves of a paragraph as one text, marks kept', () => {
    const leaves = smartenLeaves(
      [{ text: 'He said "' }, { text: 'no', bold: true }, { text: '" -- twice.' }],
      ON,
    );
    expect(leaves).toEqual([
      { text: 'He said “' },
      { text: 'no', bold: true },
      { text: '” — twice.' },
    ]);
  });

  it('curls every text unit: paragraphs, quotes, lists, captions and credits', () => {
    const body: ImportedBlock[] = [
      { type: 'crosshead', children: [{ text: "'Tis done" }] },
      { type: 'block-quote', children: [{ type: 'paragraph', children: [{ text: '他说"好"' }] }] },
      {
        type: 'bulleted-list',
        children: [{ type: 'list-item', children: [{ text: 'pages 3--5' }] }],
      },
      {
        type: 'photo',
        src: 'a.png',
        caption: 'The "new" bridge',
        credit: "O'Neil",
        children: [{ text: '' }],
      },
    ];
    expect(smartenBlocks(body, { smartQuotes: true, dash: 'en' })).toEqual([
      { type: 'crosshead', children: [{ text: '‘Tis done' }] },
      { type: 'block-quote', children: [{ type: 'paragraph', children: [{ text: '他说“好”' }] }] },
      {
        type: 'bulleted-list',
        children: [{ type: 'list-item', children: [{ text: 'pages 3–5' }] }],
      },
      {
        type: 'photo',
        src: 'a.png',
        caption: 'The “new” bridge',
        credit: 'O’Neil',
        children: [{ text: '' }],
      },
    ]);
    expect(smartenBlocks(body, OFF)).toEqual(body);
  });
});
