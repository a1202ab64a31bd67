import type { Db } from './open-database';
import { createAssetsRepo } from './repos/assets';
import { createAuditRepo } from './repos/audit';
import { createIssuesRepo } from './repos/issues';
import { createLocksRepo } from './repos/locks';
import { createProfilesRepo } from './repos/profiles';
import { createRevisionsRepo } from './repos/revisions';
import { createSearchRepo } from './repos/search';
import { createSettingsRepo } from './repos/settings';
import { createStoriesRepo } from './repos/stories';

/** The repositories over one open database. */
export function createStore(db: Db) {
  return {
    db,
    profiles: createProfilesRepo(db),
    settings: createSettingsRepo(db),
    stories: createStoriesRepo(db),
    audit: createAuditRepo(db),
    search: createSearchRepo(db),
    locks: createLocksRepo(db),
    assets: createAssetsRepo(db),
    revisions: createRevisionsRepo(db),
    issues: createIssuesRepo(db),
  };
}
export type Store = ReturnType<typeof createStore>;
