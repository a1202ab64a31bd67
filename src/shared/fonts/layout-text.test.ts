import { describe, expect, it } from 'vitest';
import type { DisplayItemWire } from '../contract/wire/display';
import type { LayoutIssue } from '../contract/wire/layout-page';
import { charactersByFace } from './layout-text';

type Face = 'sans-700' | 'serif-700' | 'serif-400' | 'latin-serif-400';
const line = (runs: Array<[Face, string]>): DisplayItemWire => ({
  kind: 'line',
  index: 0,
  runs: runs.map(([face, text]) => ({
    face,
    size: 9,
    baseline: 0,
    text: [...text],
    x: [...text].map((_, i) => i),
    advance: [...text].map(() => 1),
  })),
});
const FACES = {
  'sans-700': { family: 'Noto Sans SC', weight: 700 },
  'serif-700': { family: 'Noto Serif SC', weight: 700 },
  'serif-400': { family: 'Noto Serif SC', weight: 400 },
  'latin-serif-400': { family: 'Source Serif 4', weight: 400 },
};

describe('charactersByFace', () => {
  it('gathers each face’s distinct characters from every page’s display list, with its family', () => {
    const layout = {
      pages: [
        {
          display: {
            faces: FACES,
            items: [
              line([['sans-700', '晨报 第一版']]),
              { kind: 'rule', x1: 0, y1: 0, x2: 1, y2: 0, weight: 0.5 },
              line([['serif-700', '老旧小区改造']]),
              line([
                ['serif-400', '本报讯 小区'],
                ['latin-serif-400', 'Python Pyt'],
              ]),
              line([['serif-400', '（下转第三版）']]),
            ],
          },
        },
        { display: { faces: FACES, items: [line([['serif-400', '改造工程']])] } },
      ],
    } as unknown as LayoutIssue;
    const chars = Object.fromEntries(
      [...charactersByFace(layout)].map(([key, v]) => [key, v.chars]),
    );
    expect(chars).toEqual({
      'sans-700': '晨报 第一版',
      'serif-700': '老旧小区改造',
      'serif-400': '本报讯 小区（下转第三版）改造工程',
      'latin-serif-400': 'Python ',
    });
    expect(charactersByFace(layout).get('latin-serif-400')?.face).toEqual({
      family: 'Source Serif 4',
      weight: 400,
    });
  });
});
