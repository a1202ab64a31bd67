// The HTML painter takes the page box, photo placement and crop marks from the display
// list. This proves the document unchanged by that move — byte for byte, as a hash taken
// before it — except where the old painter was wrong: crop marks used to sit inside the
// bleed; they now stand outside it, in the slug the display list adds for them.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { composeIssue } from '../../src/shared/compose/compose-issue';
import {
  BROADSHEET,
  PAPER,
  pageInfo,
  paragraphs,
  SETTINGS,
} from '../../src/shared/compose/test-support';
import { renderDocument } from '../../src/shared/render/render-document';
import { fonts, PHOTO, stubRenderInput } from './stub-render-input';

const INPUT = stubRenderInput('hash');

const composed = composeIssue(
  {
    geometry: BROADSHEET,
    paper: PAPER,
    settings: SETTINGS,
    pages: [1, 2].map((n) => ({
      page: pageInfo(n, n === 1 ? '要闻' : '综合'),
      stories: [
        {
          id: `s${n}`,
          head: {
            headline: `第${n}版头条`,
            kicker: '',
            subhead: '',
            byline: '',
            dateline: '本报讯',
            section: '',
            priority: 'lead' as const,
          },
          document: {
            version: 1 as const,
            body: [
              {
                type: 'photo' as const,
                asset: PHOTO,
                width: 1200,
                height: 800,
                caption: '图片说明。',
                credit: '',
                children: [{ text: '' }],
              },
              ...paragraphs(1800, n).map((text) => ({
                type: 'paragraph' as const,
                children: [{ text }],
              })),
            ],
          },
          priority: 'lead' as const,
          module: { col: 0, line: 0, cols: 4, lines: 40 },
        },
      ],
    })),
  },
  fonts,
);

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('HTML painted from the display list', () => {
  it('is byte for byte the document it was, without marks', () => {
    const plain = renderDocument(composed.pages, INPUT);
    const bled = renderDocument(composed.pages, { ...INPUT, bleedMm: 3 });
    expect([sha(plain), sha(bled)]).toEqual([
      'ec33ff882277684b878b998f04233f539b278a849916ad14db9c381831fe0f9a',
      '5d0dde60e43a5684fe30bc62c16a489f5babaa03d277996d51c9b34c8f1177e5',
    ]);
  });
});
