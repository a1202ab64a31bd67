// An issue as the store holds it -> composeIssue's input -> the composed pages, cached per
// issue by a signature of everything that changes the result (settings, pages, placements,
// saved modules, story versions), so the board's repeated calls cost a lookup.

import {
  type ComposedIssue,
  type ComposedPage,
  composeIssue,
  type PageReuse,
  type PlacedStoryInput,
  storyKind,
} from '../../shared/compose';
import type { IssueSummary, Page, PaperSize } from '../../shared/model/issue';
import type { ModuleControls } from '../../shared/model/module-controls';
import { paperSize } from '../../shared/model/paper-size';
import type { Settings } from '../../shared/model/settings';
import type { StoredPlacement } from '../store/repos/issues';
import type { SavedModules } from '../store/repos/placed-modules';
import type { Store } from '../store/store';
import { layoutFonts } from './fonts';
import { pageGeometry, paperFurniture, typesetSettings } from './paper-furniture';
import {
  type CachedStory,
  cachedStory,
  type LayoutCache,
  layoutCache,
  layoutSession,
} from './story-cache';

export interface StoredLayout {
  summary: IssueSummary;
  pages: Page[];
  placements: StoredPlacement[];
  saved: Map<number, SavedModules>;
  /** The editor's module controls by story id. */
  controls: Map<number, ModuleControls>;
  stories: Map<number, CachedStory>;
  settings: Settings;
  paper: PaperSize;
  composed: ComposedIssue;
}

/**
 * Composes the issue; `saved` replaces the stored modules (auto-layout composes with some
 * cleared). Throws RangeError from paperSize when the settings leave no room.
 */
export function composeStored(
  store: Store,
  summary: IssueSummary,
  saved = store.modules.all(summary.id),
  /** The composition these modules are known to give (auto-layout just made it). */
  known?: ComposedIssue,
): StoredLayout {
  const cache = layoutCache(store);
  const settings = store.settings.all();
  const paper = paperSize(store.issues.paperSettings());
  const pages = store.issues.pages(summary.id);
  const placements = store.issues.placements(summary.id);
  const versions = store.issues.placedVersions(summary.id);
  const controls = store.controls.all(summary.id);
  const signature = JSON.stringify([
    summary,
    settings,
    paper,
    pages,
    placements.map((p) => [p.storyId, p.page, p.priority, p.jumpTo, p.status]),
    [...saved],
    [...controls],
    [...versions],
  ]);
  const stories = new Map<number, CachedStory>();
  for (const [id, version] of versions) stories.set(id, cachedStory(store, cache, id, version));
  const hit = cache.composed.get(summary.id);
  const base = { summary, pages, placements, saved, controls, stories, settings, paper };
  if (hit && hit.signature === signature) return { ...base, composed: hit.value as ComposedIssue };

  if (known) {
    cache.composed.set(summary.id, { signature, value: known });
    return { ...base, composed: known };
  }
  // What every page's composition reads besides its own stories, written out once.
  const shared = JSON.stringify([summary, settings, paper]);
  const reuse = pageReuse(cache, summary.id, (number) => {
    const own = placements.filter((p) => p.page === number);
    return JSON.stringify([
      shared,
      pages.find((p) => p.number === number),
      own.map((p) => [p.storyId, p.priority, p.jumpTo, p.status]),
      own.map((p) => [saved.get(p.storyId) ?? null, controls.get(p.storyId) ?? null]),
      own.map((p) => versions.get(p.storyId) ?? null),
    ]);
  });
  const composed = composeIssue(
    {
      geometry: pageGeometry(paper, settings),
      paper: paperFurniture(store, settings, summary),
      settings: typesetSettings(settings),
      pages: pages.map((page) => ({
        page,
        stories: pageStories(page.number, placements, saved, controls, stories),
      })),
    },
    layoutFonts(),
    { session: layoutSession(store, settings), reuse },
  );
  cache.composed.set(summary.id, { signature, value: composed });
  return { ...base, composed };
}

/**
 * Pages whose input (its own stories' versions, modules and controls, the page, the
 * settings) is as when last composed are taken as they were: auto-layout of page 1, or
 * a story placed there, composes page 1 and not the issue's other pages again. Which pages
 * may be reused at all (none that receives a continuation) is composeIssue's to say; each
 * page's signature is made once per compose, for the lookup and the keeping both.
 */
function pageReuse(
  cache: LayoutCache,
  issueId: number,
  signatureOf: (page: number) => string,
): PageReuse {
  const signatures = new Map<number, string>();
  const signature = (page: number) => {
    let known = signatures.get(page);
    if (known === undefined) {
      known = signatureOf(page);
      signatures.set(page, known);
    }
    return known;
  };
  return {
    get: (page) => {
      const hit = cache.pages.get(`${issueId}:${page}`);
      return hit?.signature === signature(page) ? (hit.value as ComposedPage) : undefined;
    },
    put: (page, composed) => {
      cache.pages.set(`${issueId}:${page}`, { signature: signature(page), value: composed });
    },
  };
}

/** A page's own placements, plus a placeholder for each continuation it receives: the
 * placeholder carries the saved module; compose drops it when nothing jumps here. */
function pageStories(
  page: number,
  placements: StoredPlacement[],
  saved: Map<number, SavedModules>,
  controls: Map<number, ModuleControls>,
  stories: Map<number, CachedStory>,
): PlacedStoryInput[] {
  const own = placements
    .filter((p) => p.page === page)
    .map((p): PlacedStoryInput => {
      const module = saved.get(p.storyId)?.module;
      const set = controls.get(p.storyId);
      const cached = stories.get(p.storyId);
      return {
        id: String(p.storyId),
        story: cached?.typeset,
        priority: p.priority,
        ...(cached
          ? { kind: storyKind(p.priority, cached.story.section ?? '', cached.typeset) }
          : {}),
        ...(module ? { module } : {}),
        ...(set ? { controls: set } : {}),
        ...(p.jumpTo !== null ? { jumpTo: p.jumpTo } : {}),
      };
    });
  const arriving = placements
    .filter((p) => p.jumpTo === page)
    .map((p): PlacedStoryInput => {
      const module = saved.get(p.storyId)?.continuation;
      return {
        id: String(p.storyId),
        priority: p.priority,
        ...(module ? { module } : {}),
        continuation: { token: { block: 0, offset: 0 }, fromPage: p.page, part: 2 },
      };
    });
  return [...own, ...arriving];
}
