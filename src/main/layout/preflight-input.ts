// The preflight rules' input from a stored layout: story status and pages, and the pixel
// size of every photo placed (from the asset store, without reading the bytes).

import type { PreflightInput } from '../../shared/preflight';
import type { Store } from '../store/store';
import type { StoredLayout } from './compose-stored';
import { layoutFonts } from './fonts';

export function preflightInput(store: Store, layout: StoredLayout): PreflightInput {
  const images: PreflightInput['images'] = {};
  for (const page of layout.composed.pages) {
    for (const m of page.modules) {
      for (const photo of m.photos) {
        const meta = store.assets.meta(photo.asset);
        if (meta) images[photo.asset] = { width: meta.width, height: meta.height };
      }
    }
  }
  return {
    pageCount: layout.summary.pageCount,
    composed: layout.composed,
    stories: layout.placements.map((p) => ({
      id: p.storyId,
      headline: p.headline,
      status: p.status,
      page: p.page,
      jumpTo: p.jumpTo,
    })),
    images,
    fonts: layoutFonts(),
    approval: {
      required: store.settings.all()['print.approval'] === 'required',
      approved: store.pageSignoff.approvedPages(layout.summary.id),
    },
  };
}
