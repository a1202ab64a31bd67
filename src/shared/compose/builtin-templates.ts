// The front-page templates every paper starts with, three for 对开 (8 columns) and three for
// 四开 (6 columns), on a grid of 100 lines that applying scales to the page's own: the
// common arrangements of Chinese dailies' 要闻版 (a lead across the top under the masthead,
// a lead beside a tall commentary, a lead on the left with a story beside it), with the briefs'
// stack where it usually stands.

import { PAGE_SIZE_PRESETS, type PageSizePreset } from '../model/issue';
import type { PageTemplateData, TemplateSlot } from './page-template';
import type { Priority, StoryKind } from './types';

const slot = (
  col: number,
  line: number,
  cols: number,
  lines: number,
  priority: Priority,
  kind: StoryKind,
  photo = false,
): TemplateSlot => ({ module: { col, line, cols, lines }, priority, kind, photo });

const front = (name: string, paper: PageSizePreset, slots: TemplateSlot[]): PageTemplateData => ({
  name,
  paper,
  columns: PAGE_SIZE_PRESETS[paper].columns,
  rows: 100,
  front: true,
  slots,
});

export const BUILTIN_TEMPLATES: readonly PageTemplateData[] = [
  front('对开·头条通栏', 'broadsheet', [
    slot(0, 0, 8, 42, 'lead', 'news', true),
    slot(0, 42, 3, 58, 'normal', 'news'),
    slot(3, 42, 3, 58, 'normal', 'news'),
    slot(6, 42, 2, 36, 'normal', 'commentary'),
    slot(6, 78, 2, 22, 'brief', 'brief'),
  ]),
  front('对开·头条加评论', 'broadsheet', [
    slot(0, 0, 6, 58, 'lead', 'news', true),
    slot(6, 0, 2, 58, 'normal', 'commentary'),
    slot(0, 58, 4, 42, 'normal', 'news'),
    slot(4, 58, 2, 42, 'normal', 'news'),
    slot(6, 58, 2, 42, 'brief', 'brief'),
  ]),
  front('对开·头条偏左', 'broadsheet', [
    slot(0, 0, 5, 50, 'lead', 'news', true),
    slot(5, 0, 3, 50, 'normal', 'news'),
    slot(0, 50, 2, 50, 'normal', 'commentary'),
    slot(2, 50, 4, 50, 'normal', 'news'),
    slot(6, 50, 2, 50, 'brief', 'brief'),
  ]),
  front('四开·头条通栏', 'tabloid', [
    slot(0, 0, 6, 50, 'lead', 'news', true),
    slot(0, 50, 4, 50, 'normal', 'news'),
    slot(4, 50, 2, 50, 'brief', 'brief'),
  ]),
  front('四开·头条加评论', 'tabloid', [
    slot(0, 0, 4, 60, 'lead', 'news', true),
    slot(4, 0, 2, 60, 'normal', 'commentary'),
    slot(0, 60, 4, 40, 'normal', 'news'),
    slot(4, 60, 2, 40, 'brief', 'brief'),
  ]),
  front('四开·导读', 'tabloid', [
    slot(0, 0, 6, 40, 'lead', 'news', true),
    slot(0, 40, 3, 35, 'normal', 'news'),
    slot(3, 40, 3, 35, 'normal', 'news'),
    slot(0, 75, 6, 25, 'brief', 'brief'),
  ]),
];

export function builtinTemplate(name: string): PageTemplateData | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.name === name);
}
