// A template laid onto a page from the store: the page's stories go into its slots (pinned,
// unless the editor says not), every other module of the page is cleared, and auto-layout
// sets the briefs and the stories without a slot around them, all in the call's transaction.

import {
  type PageTemplateData,
  planTemplateOnPage,
  storyKind,
  type TemplateStory,
} from '../../shared/compose';
import type { IssueSummary } from '../../shared/model/issue';
import type { Store } from '../store/store';
import { autoLayout } from './auto-layout';
import { composeStored, type StoredLayout } from './compose-stored';
import { composedPage } from './edit-modules';
import { layoutFonts } from './fonts';
import { typesetSettings } from './paper-furniture';
import { layoutSession } from './story-cache';

export function applyTemplate(
  store: Store,
  summary: IssueSummary,
  page: number,
  template: PageTemplateData,
  pin: boolean,
): StoredLayout {
  const before = composeStored(store, summary);
  const settings = typesetSettings(before.settings);
  const stories: TemplateStory[] = before.placements
    .filter((p) => p.page === page)
    .flatMap((p) => {
      const cached = before.stories.get(p.storyId);
      if (!cached) return [];
      const kind = storyKind(p.priority, cached.story.section ?? '', cached.typeset);
      return [{ id: String(p.storyId), story: cached.typeset, priority: p.priority, kind }];
    });
  const plan = planTemplateOnPage(
    template,
    composedPage(before, page),
    stories,
    settings,
    layoutFonts(),
    layoutSession(store, before.settings),
  );
  const modules = store.modules;
  for (const p of before.placements) {
    const saved = { ...(before.saved.get(p.storyId) ?? {}) };
    if (p.page === page) {
      delete saved.module;
      delete saved.pinned;
      const slot = plan.modules.get(String(p.storyId));
      // Pinned for auto-layout to keep; unpinned again below when the editor asked so.
      if (slot) Object.assign(saved, { module: slot, pinned: true });
    } else if (p.jumpTo === page) {
      delete saved.continuation;
      delete saved.continuationPinned;
    } else continue;
    modules.save(summary.id, p.storyId, saved);
  }
  const laid = autoLayout(store, summary, page);
  if (pin) return laid;
  const next = new Map(laid.saved);
  for (const id of plan.modules.keys()) {
    const saved = { ...(next.get(Number(id)) ?? {}) };
    delete saved.pinned;
    next.set(Number(id), saved);
    modules.save(summary.id, Number(id), saved);
  }
  // Pinning changes no module: the composition auto-layout returned still holds.
  return composeStored(store, summary, next, laid.composed);
}
