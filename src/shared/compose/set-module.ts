// One story part set in its module as the page prints it: flowed by the engine, then
// justified vertically (a spanning photo cropped taller or wider, the headline given air
// or set tight) and filled (a headline of more lines). Kept per story and module, so
// auto-layout can set several candidate arrangements and choose by the composed result at
// the cost of the modules they do not share.

import {
  type FontSet,
  measureFrame,
  type Story,
  type TypesetSession,
  type TypesetSettings,
} from '../typeset';
import { type PartNeed, tightSettings } from './estimate';
import { fillByHeadline } from './fill-headline';
import { fillByPullQuote } from './fill-pull-quote';
import {
  type CroppedPhoto,
  type FlowedPart,
  flowPart,
  type PartContext,
  type PartInput,
} from './flow-part';
import type { BodyGrid } from './geometry';
import { leadPhotoAcross } from './resolve-story';
import type { ModuleSpec, StoryKind } from './types';
import { justifyBy, justifyTarget } from './vertical-justify';

export interface ModuleStory extends Omit<PartInput, 'module'> {
  kind: StoryKind;
}

export interface ModuleContext {
  grid: BodyGrid;
  settings: TypesetSettings;
  fonts: FontSet;
  language: PartContext['language'];
  session: TypesetSession;
  needOf: (story: ModuleStory) => PartNeed;
}

export type ModuleSetter = (r: ModuleStory, m: ModuleSpec) => FlowedPart;

export function moduleSetter(ctx: ModuleContext): ModuleSetter {
  const { grid, settings } = ctx;
  /** A column as deep as any text: a pull quote measured alone in it. */
  const oneColumn = { columns: 1, columnWidth: grid.columnWidth, gutter: 0, heightLines: 1e4 };
  const cache = new Map<ModuleStory, Map<string, FlowedPart>>();
  return (r, m) => {
    let own = cache.get(r);
    if (!own) {
      own = new Map();
      cache.set(r, own);
    }
    const key = `${m.col},${m.line},${m.cols},${m.lines}`;
    let flowed = own.get(key);
    if (!flowed) {
      flowed = setModule(r, m);
      own.set(key, flowed);
    }
    return flowed;
  };

  function setModule(r: ModuleStory, m: ModuleSpec): FlowedPart {
    const footRows = m.line + m.lines < grid.rows ? 1 : 0;
    const story = r.continuation
      ? r.story
      : leadPhotoAcross(r.story, r.priority === 'lead' ? m.cols : 1);
    const part = (s: Story, set: TypesetSettings) =>
      flowPart(
        {
          id: r.id,
          story: s,
          priority: r.priority,
          module: m,
          jumpTo: r.jumpTo,
          continuation: r.continuation,
        },
        { ...ctx, settings: set, footRows },
      );
    let flowed = part(story, settings);
    let used = { story, settings };
    // Vertical justification (vertical-justify.ts): the photo cropped taller or wider, the
    // headline given air or set tight.
    if (!r.continuation && r.jumpTo === undefined) {
      const need = ctx.needOf(r);
      const full = justifyTarget(need, m.cols, m.lines - footRows);
      const step = full > 0 ? -1 : 1;
      for (
        let d = full;
        d !== 0 && (flowed.module.linesOver > 0 || flowed.module.linesUnder > 0);
        d += step
      ) {
        const { photo, air, tight } = justifyBy(need, m.cols, d);
        const s =
          photo === 0 ? story : cropped(story, grid, m.cols, need.spanPhotoRows(m.cols) + photo);
        const gap = { ...settings, headlineGapLines: settings.headlineGapLines + air };
        const set = tight ? tightSettings(gap) : gap;
        const tried = part(s, set);
        if (tried.module.linesOver > flowed.module.linesOver) continue;
        flowed = tried;
        used = { story: s, settings: set };
        break;
      }
    }
    // Fill: a module still deeper than its text gives its headline more lines (a brief too,
    // up to its own largest size: the last brief of a stack takes what the stack leaves),
    // then, other than a brief, takes a pull quote where many lines are still empty.
    if (!r.continuation && r.jumpTo === undefined) {
      const again = (s: Story) => part(s, used.settings);
      const filled = fillByHeadline(used.story, flowed, m.cols, again);
      flowed = filled.flowed;
      if (r.kind !== 'brief') {
        const rows = (s: Story) =>
          measureFrame(s, oneColumn, used.settings, ctx.fonts, null, { session: ctx.session })
            .linesUsed;
        flowed = fillByPullQuote(filled.story, flowed, again, rows).flowed;
      }
    }
    return flowed;
  }
}

/** The story with its opening (spanning) photo cropped to `rows` grid lines of image. */
function cropped(story: Story, grid: BodyGrid, cols: number, rows: number): Story {
  const first = story.blocks[0];
  if (first?.kind !== 'photo') return story;
  const width = cols * grid.columnWidth + (cols - 1) * grid.gutter;
  const photo: CroppedPhoto = {
    ...first,
    aspectRatio: width / (rows * grid.leading),
    imageAspect: (first as CroppedPhoto).imageAspect ?? first.aspectRatio,
  };
  return { ...story, blocks: [photo, ...story.blocks.slice(1)] };
}
