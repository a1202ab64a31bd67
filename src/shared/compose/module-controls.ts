// The editor's controls of a module (issue 12, point 6) applied to the story composition
// sets: the headline's size, weight and lines, the first photo's columns, place and crop,
// and a box or rules round the module. Applied once to the story, so the estimate that
// auto-layout searches on, the flow of every part and the break tokens all see the same.

import type { ModuleControls, ModuleFrame } from '../model/module-controls';
import type { Story } from '../typeset';
import type { QuotableStory } from './fill-pull-quote';
import type { CroppedPhoto } from './flow-part';
import type { BodyGrid } from './geometry';
import type { HeadlineControl } from './headline-sizes';
import type { ModuleSpec, RuleBox, StoryKind } from './types';

/** A story with the size or lines the editor gave its headline, or no pull quote. */
export interface ControlledStory extends QuotableStory {
  headlineControl?: HeadlineControl;
}

/** Columns an inset photo takes when the editor moved it into the text but chose no width. */
const INSET_COLUMNS = 2;
/** The weight of a module's box, rules and a pull quote's rules, in pt. */
export const HAIRLINE = 0.5;

/** The headline control a (controlled) story carries, if any. */
export function headlineControlOf(story: Story): HeadlineControl {
  return (story as ControlledStory).headlineControl ?? {};
}

/** The story as the controls set it; the same story when there are none. */
export function controlledStory(story: Story, controls: ModuleControls | undefined): Story {
  if (!controls) return story;
  let out: ControlledStory = story;
  const { headlineSize, headlineLines, headlineWeight } = controls;
  if (out.headline && (headlineSize !== undefined || headlineLines !== undefined)) {
    out = {
      ...out,
      headlineControl: {
        ...(headlineSize !== undefined ? { size: headlineSize } : {}),
        ...(headlineLines !== undefined ? { lines: headlineLines } : {}),
      },
    };
  }
  if (out.headline && headlineWeight === 'regular') {
    out = { ...out, headline: { ...out.headline, regular: true } };
  }
  if (controls.pullQuote === 'off') out = { ...out, noPullQuote: true };
  // The story's first photo: moved to the top of the module when the editor places it.
  const at = out.blocks.findIndex((b) => b.kind === 'photo');
  const first = out.blocks[at];
  if (first?.kind !== 'photo') return out;
  const { photoColumns, photoPlace, crop } = controls;
  if (photoColumns === undefined && photoPlace === undefined && crop === undefined) return out;
  const photo: CroppedPhoto = { ...first };
  const columns = photoColumns ?? (photoPlace === 'inset' ? INSET_COLUMNS : undefined);
  if (columns !== undefined) {
    photo.columns = columns;
    photo.side = photoPlace === 'inset' ? 'end' : 'start';
    delete photo.span;
  }
  if (crop) {
    // The frame takes the crop's shape; the image keeps its own (the painters scale it).
    const image = (first as CroppedPhoto).imageAspect ?? first.aspectRatio;
    photo.imageAspect = image;
    photo.aspectRatio = (image * crop.width) / crop.height;
    photo.crop = crop;
  }
  const rest = out.blocks.filter((_, i) => i !== at);
  const blocks =
    columns !== undefined ? [photo, ...rest] : out.blocks.map((b, i) => (i === at ? photo : b));
  return { ...out, blocks };
}

/** The frame round a module: what the editor chose, else a commentary ruled, others none. */
export function frameOf(controls: ModuleControls | undefined, kind: StoryKind): ModuleFrame {
  return controls?.frame ?? (kind === 'commentary' ? 'rule' : 'none');
}

/**
 * Hairlines round a module in the middle of the gutters and of the foot line: a box all
 * round (its top where the module above has its foot rule, its bottom on its own foot
 * line, or just below the body at the page foot), or rules down the gutters beside it
 * (not at the page edge).
 */
export function frameRules(
  grid: BodyGrid,
  m: ModuleSpec,
  frame: ModuleFrame,
  footRows: number,
): RuleBox[] {
  if (frame === 'none') return [];
  const top = grid.top + m.line * grid.leading;
  const x = (col: number) => grid.left + col * (grid.columnWidth + grid.gutter) - grid.gutter / 2;
  const rule = (x1: number, y1: number, x2: number, y2: number): RuleBox => ({
    x1,
    y1,
    x2,
    y2,
    weight: HAIRLINE,
  });
  if (frame === 'rule') {
    const bottom = top + m.lines * grid.leading - grid.leading / 2;
    const out: RuleBox[] = [];
    if (m.col > 0) out.push(rule(x(m.col), top, x(m.col), bottom));
    if (m.col + m.cols < grid.columns)
      out.push(rule(x(m.col + m.cols), top, x(m.col + m.cols), bottom));
    return out;
  }
  const y1 = m.line === 0 ? top - grid.leading / 4 : top - grid.leading / 2;
  const y2 =
    footRows > 0
      ? top + m.lines * grid.leading - grid.leading / 2
      : top + m.lines * grid.leading + grid.leading / 4;
  const x1 = x(m.col);
  const x2 = x(m.col + m.cols);
  return [rule(x1, y1, x2, y1), rule(x2, y1, x2, y2), rule(x2, y2, x1, y2), rule(x1, y2, x1, y1)];
}
