// Render: one static document with the page at the exact trim, data attributes for pages,
// lines, story parts and furniture, nothing executable or remote, and every story part's
// text (minus furniture) equal to the story's own text.

import { describe, expect, it } from 'vitest';
import type { ComposeIssueInput } from '../../src/shared/compose/compose-issue';
import { composeIssue } from '../../src/shared/compose/compose-issue';
import { composePage } from '../../src/shared/compose/compose-page';
import {
  BROADSHEET,
  PAPER,
  pageInfo,
  pageInput,
  paragraphs,
  SETTINGS,
  TABLOID,
} from '../../src/shared/compose/test-support';
import type { PageGeometry } from '../../src/shared/compose/types';
import { renderDocument } from '../../src/shared/render/render-document';
import { cover } from '../../src/shared/render/render-page';
import type { StoryDocument, StoryHead } from '../../src/shared/story/elements';
import { storyToPlainText } from '../../src/shared/story/plain-text';
import { fonts, PHOTO, stubRenderInput } from './stub-render-input';

const INPUT = stubRenderInput('城市日报 2022-11-28');

const HEAD: StoryHead = {
  kicker: '聚焦民生',
  headline: '全市老旧小区改造全面启动<script>alert(1)</script>',
  subhead: '首批涉及120个小区',
  byline: '记者 李四',
  dateline: '本报讯',
  section: '要闻',
  priority: 'lead',
};
const BODY = paragraphs(2600, 11);
const DOC: StoryDocument = {
  version: 1,
  body: [
    {
      type: 'paragraph',
      children: [{ text: `${BODY[0]}详见 https://example.com/a?b=1&c=<2> 。` }],
    },
    {
      type: 'photo',
      asset: PHOTO,
      width: 1200,
      height: 800,
      caption: '图为改造后的小区。',
      credit: '记者 王五 摄',
      children: [{ text: '' }],
    },
    ...BODY.slice(1, 6).map((text) => ({ type: 'paragraph' as const, children: [{ text }] })),
    { type: 'crosshead', children: [{ text: '资金从哪里来' }] },
    ...BODY.slice(6).map((text) => ({ type: 'paragraph' as const, children: [{ text }] })),
  ],
};

function issue(geometry: PageGeometry = BROADSHEET): ComposeIssueInput {
  return {
    geometry,
    paper: PAPER,
    settings: SETTINGS,
    pages: [
      {
        page: pageInfo(1, '要闻'),
        stories: [
          {
            id: 'lead-1',
            head: HEAD,
            document: DOC,
            priority: 'lead',
            module: { col: 0, line: 0, cols: 4, lines: 30 },
            jumpTo: 3,
          },
        ],
      },
      { page: pageInfo(2, '综合'), stories: [] },
      { page: pageInfo(3, '专题'), stories: [] },
      { page: pageInfo(4, '副刊'), stories: [] },
    ],
  };
}

const UNESCAPE: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const decodeEntities = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (m) => UNESCAPE[m] ?? m);

/** Each part's text units (a headline part, a paragraph, a caption), furniture skipped. */
function extractParts(html: string, storyId: string): Map<number, { key: string; text: string }[]> {
  const parts = new Map<number, { key: string; text: string }[]>();
  const article = new RegExp(
    `<article data-story="${storyId}" data-part="(\\d+)"[^>]*>(.*?)</article>`,
    'gs',
  );
  for (const [, part, inner] of html.matchAll(article)) {
    const units: { key: string; text: string }[] = [];
    const cleaned = (inner ?? '').replace(/<div data-furniture=.*?<\/div><\/div><\/div>/gs, '');
    for (const [, block, kind, content] of cleaned.matchAll(
      /<div data-line="\d+" lang="zh-Hans" data-block="(-?\d+)" data-kind="(\w+)"[^>]*>(.*?)<\/div>/gs,
    )) {
      const key = Number(block) >= 0 ? `b${block}` : `h${kind}`;
      const text = decodeEntities((content ?? '').replace(/<[^>]*>/g, ''));
      const last = units[units.length - 1];
      if (last?.key === key) last.text += text;
      else units.push({ key, text });
    }
    parts.set(Number(part), units);
  }
  return parts;
}

describe('render', () => {
  const composed = composeIssue(issue(), fonts);
  const html = renderDocument(composed.pages, INPUT);

  it('marks pages, lines, story parts and furniture', () => {
    for (const n of [1, 2, 3, 4]) expect(html).toContain(`data-page="${n}"`);
    expect(html.match(/<section class="page" data-page=/g)).toHaveLength(4);
    const lines = composed.pages.reduce(
      (n, p) => n + p.modules.reduce((m, x) => m + x.frame.lines.length, 0),
      0,
    );
    expect(html.match(/<div data-line=/g)?.length ?? 0).toBeGreaterThan(lines);
    expect(html).toContain('data-story="lead-1" data-part="1"');
    expect(html).toContain('data-story="lead-1" data-part="2"');
    for (const kind of ['masthead', 'folio', 'jump', 'continued-headline'])
      expect(html).toContain(`data-furniture="${kind}"`);
    expect(html).toContain('（下转第三版）');
    expect(html).toContain('（上接第一版）');
    expect(html).toContain('lang="zh-Hans"');
    expect(html).toContain("font-feature-settings:'kern' 0,'liga' 0,'palt' 0");
    expect(html).toContain(`data-asset="${PHOTO}"`);
  });

  it('has no script, no event handler, no remote or javascript: URL in its markup', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    // Markup and style only (the story's own text may mention a web address, escaped):
    const markup = [...html.matchAll(/<[^>]+>/g)].map((m) => m[0]).join('\n');
    const css = [...html.matchAll(/<style>(.*?)<\/style>/gs)].map((m) => m[1]).join('\n');
    expect(`${markup}\n${css}`).not.toMatch(/https?:/i);
    expect(markup).not.toMatch(/url\((?!data:)/);
    expect(css).not.toMatch(/url\((?!data:)/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain("@font-face{font-family:'Noto Serif SC';font-weight:400");
    expect(html).toContain('src="data:image/png;base64,iVBORw=="');
  });

  it('sets @page at the exact trim: broadsheet, tabloid, custom', () => {
    expect(html).toContain('@page{size:390mm 546mm;margin:0}');
    const tabloid = renderDocument([composePage(pageInput(2, [], TABLOID), fonts)], INPUT);
    expect(tabloid).toContain('@page{size:273mm 390mm;margin:0}');
    const custom: PageGeometry = {
      ...TABLOID,
      trimWidth: 600,
      trimHeight: 800,
      trimWidthMm: undefined,
      trimHeightMm: undefined,
    };
    const doc = renderDocument([composePage(pageInput(2, [], custom), fonts)], INPUT);
    expect(doc).toContain('@page{size:211.667mm 282.222mm;margin:0}');
    expect(doc).toContain('width:211.667mm;height:282.222mm');
  });

  it('grows the page box by the bleed, and by a slug where crop marks stand outside it', () => {
    const bledOnly = renderDocument(composed.pages.slice(0, 1), { ...INPUT, bleedMm: 3 });
    expect(bledOnly).toContain('@page{size:396mm 552mm;margin:0}');
    expect(bledOnly).not.toContain('class="mark"');
    const bled = renderDocument(composed.pages.slice(0, 1), {
      ...INPUT,
      bleedMm: 3,
      cropMarks: true,
    });
    // Marks from 4 to 9 mm out of the trim: a 6 mm slug beyond the 3 mm bleed.
    expect(bled).toContain('@page{size:408mm 564mm;margin:0}');
    expect(bled).toContain(
      'class="trim" data-trim style="left:9mm;top:9mm;width:390mm;height:546mm"',
    );
    const PT = 72 / 25.4;
    const marks = [
      ...bled.matchAll(
        /class="mark" style="left:([\d.]+)pt;top:([\d.]+)pt;width:([\d.]+)pt;height:([\d.]+)pt"/g,
      ),
    ].map(([, l, t, w, h]) => [Number(l), Number(t), Number(w), Number(h)].map((n) => n / PT));
    expect(marks).toHaveLength(8);
    for (const [x = 0, y = 0, w = 0, h = 0] of marks) {
      // Wholly outside the bleed box (6–402 x 6–558 mm), inside the page box.
      const outsideBleed = x + w <= 6.01 || x >= 401.99 || y + h <= 6.01 || y >= 557.99;
      expect(outsideBleed).toBe(true);
      expect(x >= -0.01 && y >= -0.01 && x + w <= 408.01 && y + h <= 564.01).toBe(true);
    }
  });

  it('loses nothing: the parts hold the story text exactly, furniture aside', () => {
    const parts = extractParts(html, 'lead-1');
    expect([...parts.keys()]).toEqual([1, 2]);
    const units = [...(parts.get(1) ?? []), ...(parts.get(2) ?? [])];
    // A paragraph split by the jump is one unit again.
    const joined: { key: string; text: string }[] = [];
    for (const u of units) {
      const last = joined[joined.length - 1];
      if (last && last.key === u.key) last.text += u.text;
      else joined.push({ ...u });
    }
    const expected = storyToPlainText(HEAD, DOC)
      .split(/\n+/)
      .filter((s) => s !== '');
    expect(joined.map((u) => u.text)).toEqual(expected);
    expect(parts.get(2)?.some((u) => u.key === 'hheadline')).toBe(false);
  });
});

describe('photos', () => {
  it('scale the whole image to cover the box, centred, for the box to crop', () => {
    // 3:2 into a square: full height, the sides cut evenly.
    expect(cover({ x: 0, y: 0, width: 100, height: 100 }, 1.5)).toEqual({
      x: -25,
      y: 0,
      width: 150,
      height: 100,
    });
    // 1:2 into 2:1: full width, top and bottom cut.
    expect(cover({ x: 0, y: 0, width: 200, height: 100 }, 0.5)).toEqual({
      x: 0,
      y: -150,
      width: 200,
      height: 400,
    });
    expect(cover({ x: 0, y: 0, width: 10, height: 10 }, 0)).toEqual({
      x: 0,
      y: 0,
      width: 10,
      height: 10,
    });
  });
});
