// Copyfit of a story while it is edited (story.copyfit): the editor's unsaved text set in
// the modules the board composed for it, by the shared copyfitPlaced, so the editor reads
// the board's numbers. Blocks are interned by content: a key press re-prepares one paragraph.

import { copyfitPlaced, storyKind } from '../../shared/compose';
import type { PlacedCopyfit } from '../../shared/contract/wire/story';
import type { Story, StoryFields } from '../../shared/model/story';
import type { StoryDocument } from '../../shared/story/elements';
import { storyToTypeset } from '../../shared/story/typeset-story';
import type { Store } from '../store/store';
import { composeStored } from './compose-stored';
import { layoutFonts } from './fonts';
import { internBlocks } from './intern-blocks';
import { pageGeometry, paperFurniture, typesetSettings } from './paper-furniture';
import { layoutCache, layoutSession } from './story-cache';

export function storyCopyfit(
  store: Store,
  story: Story,
  edit: { fields?: StoryFields | undefined; document?: StoryDocument | undefined },
): PlacedCopyfit | null {
  // The issue that places the story: its desk date's if that one does, else the latest.
  const date = store.issues.placingDate(story.id, story.deskDate);
  const issue = date === undefined ? undefined : store.issues.get(date);
  const placed = issue && store.issues.placementOf(issue.id, story.id);
  if (!issue || !placed) return null;
  const layout = composeStored(store, issue);
  const id = String(story.id);
  const parts = layout.composed.pages.flatMap((p) => p.modules).filter((m) => m.storyId === id);
  const first = parts.find((m) => m.part === 1);
  const info = layout.pages.find((p) => p.number === placed.page);
  // Placed but not set anywhere (no room on the page): the board reports it; no figure here.
  if (!first || !info) return null;

  const cache = layoutCache(store);
  const fields = { ...story, ...edit.fields };
  const typeset = internBlocks(
    cache,
    story.id,
    'edit',
    storyToTypeset(fields, edit.document ?? story.document),
  );
  const jumpInfo = layout.pages.find((p) => p.number === placed.jumpTo);
  const fit = copyfitPlaced(
    {
      geometry: pageGeometry(layout.paper, layout.settings),
      paper: paperFurniture(store, layout.settings, issue),
      settings: typesetSettings(layout.settings),
      page: info,
      story: {
        id,
        story: typeset,
        priority: placed.priority,
        kind: storyKind(placed.priority, fields.section, typeset),
        module: first.module,
        ...(placed.jumpTo !== null ? { jumpTo: placed.jumpTo } : {}),
      },
      ...(jumpInfo
        ? { jump: { page: jumpInfo, module: parts.find((m) => m.part === 2)?.module } }
        : {}),
    },
    layoutFonts(),
    { session: layoutSession(store, layout.settings) },
  );
  return { date: issue.date, page: placed.page, jumpTo: placed.jumpTo, ...fit };
}
