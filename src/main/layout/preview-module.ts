// Copyfit of one story part in a module the editor is still dragging: nothing is saved.
// A part's lines depend only on its own text, priority, module, jump and the break token it
// starts from (compose-page flows each module on its own), so the page is composed with that
// one story in the hypothetical module, the continuation taken from the cached issue, and
// the engine's prepared-text cache shared: a few ms once the board has composed the issue.

import { composePage, type ModuleSpec, type PlacedStoryInput } from '../../shared/compose';
import type { ModulePreview } from '../../shared/contract/wire/layout-page';
import type { IssueSummary } from '../../shared/model/issue';
import type { StoredPlacement } from '../store/repos/issues';
import type { Store } from '../store/store';
import { composeStored } from './compose-stored';
import { composedPage, overlapping, pageOfPart, requireInBody } from './edit-modules';
import { layoutFonts } from './fonts';
import { pageGeometry, paperFurniture, typesetSettings } from './paper-furniture';
import { layoutSession } from './story-cache';

export function previewModule(
  store: Store,
  issue: IssueSummary,
  placed: StoredPlacement,
  part: number,
  module: ModuleSpec,
): ModulePreview {
  const pageNumber = pageOfPart(placed, part);
  const layout = composeStored(store, issue);
  const page = composedPage(layout, pageNumber);
  requireInBody(page, module);
  const other = overlapping(layout, page, placed.storyId, part, module);
  const overlapsStoryId = other ? Number(other.storyId) : null;
  const id = String(placed.storyId);
  const story = layout.stories.get(placed.storyId)?.typeset;

  let input: PlacedStoryInput;
  if (part === 1) {
    input = {
      id,
      story,
      priority: placed.priority,
      module,
      ...(placed.jumpTo !== null ? { jumpTo: placed.jumpTo } : {}),
    };
  } else {
    const arriving = layout.composed.pages
      .flatMap((p) => p.outgoing)
      .find((o) => o.storyId === id && o.toPage === pageNumber);
    // The whole story fits in part 1: nothing continues, the module would stay empty.
    if (!arriving) {
      const linesUnder = module.cols * module.lines;
      return {
        linesOver: 0,
        charsOver: 0,
        linesUnder,
        fits: overlapsStoryId === null,
        overlapsStoryId,
      };
    }
    input = {
      id,
      story,
      priority: placed.priority,
      module,
      continuation: arriving.continuation,
    };
  }

  const info = layout.pages.find((p) => p.number === pageNumber);
  if (!info) throw new Error(`page ${pageNumber} is not in issue ${issue.date}`);
  const composed = composePage(
    {
      geometry: pageGeometry(layout.paper, layout.settings),
      paper: paperFurniture(store, layout.settings, issue),
      settings: typesetSettings(layout.settings),
      page: info,
      stories: [input],
    },
    layoutFonts(),
    { session: layoutSession(store, layout.settings) },
  );
  const m = composed.modules.find((x) => x.storyId === id);
  if (!m) {
    const reason = composed.report.notPlaced.find((x) => x.storyId === id)?.reason ?? '';
    throw new Error(`story ${id} could not be set in the module: ${reason}`);
  }
  return {
    linesOver: m.linesOver,
    charsOver: m.charsOver,
    linesUnder: m.linesUnder,
    fits: overlapsStoryId === null && m.linesOver === 0,
    overlapsStoryId,
  };
}
