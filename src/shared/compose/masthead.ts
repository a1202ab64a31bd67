// The masthead (报头) of page 1: the paper's name in a display face (or its logo) with the
// organ line under it on the left; date, lunar date, issue number and page count, publisher
// and serial number right-aligned on the right; a rule below. Whole grid lines tall.

import {
  type FontSet,
  prepareText,
  setParagraph,
  type TypesetSettings,
  textStyle,
} from '../typeset';
import { mastheadText } from './furniture-text';
import { contentWidth } from './geometry';
import { type FurnitureStyle, setFurniture } from './set-furniture';
import type { FurnitureBox, ImageBox, PageGeometry, PaperFurniture, RuleBox } from './types';

export interface SetBand {
  boxes: FurnitureBox[];
  images: ImageBox[];
  rules: RuleBox[];
  /** Grid lines the band takes above the body grid (rule and gap included). */
  rows: number;
  missing: string[];
}

const NAME_SHARE = 0.5;

/** Natural width of `text` at 100 pt in a face, to size the display name to its room. */
function widthAt100(text: string, style: FurnitureStyle, s: TypesetSettings, fonts: FontSet) {
  const p = prepareText([{ text }], textStyle({ ...style, size: 100 }, s), fonts);
  const lines = setParagraph(p, { measure: 1e6, indent: 0, justify: false, align: 'left' });
  return lines[0]?.width ?? 100;
}

export function setMasthead(
  g: PageGeometry,
  paper: PaperFurniture,
  settings: TypesetSettings,
  fonts: FontSet,
): SetBand {
  const text = mastheadText(paper);
  const W = contentWidth(g);
  const left = g.margins.left;
  const top = g.margins.top;
  const leftW = W * NAME_SHARE;
  const rightW = W - leftW - g.gutter;
  const missing: string[] = [];
  const boxes: FurnitureBox[] = [];
  const images: ImageBox[] = [];

  const nameStyle: FurnitureStyle = { family: 'sans', bold: true, size: 0, align: 'left' };
  const natural = widthAt100(text.name, nameStyle, settings, fonts);
  nameStyle.size = Math.floor(Math.min(W / 12, (leftW * 100) / natural) * 2) / 2;
  const nameBand = nameStyle.size * 1.2;
  let leftH: number;
  if (paper.logo) {
    const height = Math.min(nameBand, leftW / paper.logo.aspectRatio);
    const width = height * paper.logo.aspectRatio;
    images.push({
      x: left,
      y: top,
      width,
      height,
      asset: paper.logo.asset,
      role: 'logo',
      aspectRatio: paper.logo.aspectRatio,
    });
    leftH = height;
  } else {
    const name = setFurniture(text.name, nameStyle, leftW, 0, settings, fonts, 'headline');
    missing.push(...name.missing);
    boxes.push({
      kind: 'masthead',
      x: left,
      y: top,
      width: leftW,
      height: name.height,
      lines: name.lines,
    });
    leftH = name.height;
  }
  if (text.organ) {
    const style: FurnitureStyle = { family: 'sans', bold: false, size: 12, align: 'left' };
    const organ = setFurniture(text.organ, style, leftW, 0, settings, fonts, 'kicker');
    missing.push(...organ.missing);
    boxes.push({
      kind: 'masthead',
      x: left,
      y: top + leftH,
      width: leftW,
      height: organ.height,
      lines: organ.lines,
    });
    leftH += organ.height;
  }

  const rightLines = [
    text.date,
    text.lunar,
    `${text.issue}${paper.language === 'en' ? ' \u00b7 ' : '\u3000'}${text.pageCount}`,
    text.edition,
    text.publisher,
    text.serial,
  ].filter((t) => t.trim() !== '');
  const small: FurnitureStyle = { family: 'serif', bold: false, size: 10, align: 'right' };
  let rightH = 0;
  const rightX = left + W - rightW;
  for (const line of rightLines) {
    const set = setFurniture(line, small, rightW, 0, settings, fonts, 'byline');
    missing.push(...set.missing);
    boxes.push({
      kind: 'masthead',
      x: rightX,
      y: top + rightH,
      width: rightW,
      height: set.height,
      lines: set.lines,
    });
    rightH += set.height;
  }

  // The rule sits in the middle of the grid line after the taller side.
  const contentRows = Math.ceil(Math.max(leftH, rightH) / g.leading - 1e-9);
  const ruleY = top + (contentRows + 0.5) * g.leading;
  const rules: RuleBox[] = [{ x1: left, y1: ruleY, x2: left + W, y2: ruleY, weight: 1.5 }];
  return { boxes, images, rules, rows: contentRows + 2, missing };
}
