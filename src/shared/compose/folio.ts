// The folio (报眉) of pages 2+: shrunken paper name left, 第N版 and page name centred, the
// date right; the page's editors under the date; a rule below. Whole grid lines tall.

import type { FontSet, TypesetSettings } from '../typeset';
import { folioText } from './furniture-text';
import { contentWidth } from './geometry';
import type { SetBand } from './masthead';
import { type FurnitureStyle, setFurniture } from './set-furniture';
import type { FurnitureBox, PageGeometry, PageInfo, PaperFurniture } from './types';

export function setFolio(
  g: PageGeometry,
  paper: PaperFurniture,
  page: PageInfo,
  settings: TypesetSettings,
  fonts: FontSet,
): SetBand {
  const text = folioText(paper, page);
  const W = contentWidth(g);
  const third = (W - 2 * g.gutter) / 3;
  const x0 = g.margins.left;
  const top = g.margins.top;
  const sep = paper.language === 'en' ? '  ' : '\u3000';
  const cells: [string, FurnitureStyle, number, number][] = [
    [text.name, { family: 'sans', bold: true, size: 14, align: 'left' }, x0, 0],
    [
      [text.page, text.pageName].filter((t) => t !== '').join(sep),
      { family: 'sans', bold: true, size: 12, align: 'center' },
      x0 + third + g.gutter,
      0,
    ],
    [text.date, { family: 'serif', bold: false, size: 9, align: 'right' }, x0 + W - third, 0],
  ];
  const boxes: FurnitureBox[] = [];
  const missing: string[] = [];
  let rowH = 0;
  for (const [t, style, x] of cells) {
    if (t === '') continue;
    const set = setFurniture(t, style, third, 0, settings, fonts, 'byline');
    missing.push(...set.missing);
    boxes.push({ kind: 'folio', x, y: top, width: third, height: set.height, lines: set.lines });
    rowH = Math.max(rowH, set.height);
  }
  // Align the smaller cells' baselines with the paper name's.
  const base = boxes[0]?.lines[0]?.baseline ?? 0;
  for (const box of boxes.slice(1)) {
    const shift = base - (box.lines[0]?.baseline ?? base);
    box.lines = box.lines.map((line) => ({ ...line, baseline: line.baseline + shift }));
  }
  let height = rowH;
  if (text.editors) {
    const style: FurnitureStyle = { family: 'serif', bold: false, size: 8, align: 'right' };
    const set = setFurniture(text.editors, style, W, 0, settings, fonts, 'byline');
    missing.push(...set.missing);
    boxes.push({
      kind: 'folio',
      x: x0,
      y: top + rowH,
      width: W,
      height: set.height,
      lines: set.lines,
    });
    height += set.height;
  }
  const contentRows = Math.ceil(height / g.leading - 1e-9);
  const ruleY = top + contentRows * g.leading + 2;
  return {
    boxes,
    images: [],
    rules: [{ x1: x0, y1: ruleY, x2: x0 + W, y2: ruleY, weight: 0.75 }],
    rows: contentRows + 1,
    missing,
  };
}
