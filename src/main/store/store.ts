import type { Db } from './open-database';
import { createAccessLogRepo } from './repos/access-log';
import { createAssetsRepo } from './repos/assets';
import { createAuditRepo } from './repos/audit';
import { createAuditSearch } from './repos/audit-search';
import { createIssuesRepo } from './repos/issues';
import { createLocksRepo } from './repos/locks';
import { createModuleControlsRepo } from './repos/module-controls';
import { createPageSignoffRepo } from './repos/page-signoff';
import { createPageTemplatesRepo } from './repos/page-templates';
import { createPlacedModulesRepo } from './repos/placed-modules';
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
    access: createAccessLogRepo(db),
    auditSearch: createAuditSearch(db),
    search: createSearchRepo(db),
    locks: createLocksRepo(db),
    assets: createAssetsRepo(db),
    revisions: createRevisionsRepo(db),
    issues: createIssuesRepo(db),
    pageSignoff: createPageSignoffRepo(db),
    /** Saved modules of placements (placements.module), which layout decides. */
    modules: createPlacedModulesRepo(db),
    /** The editor's module controls of placements (placements.controls). */
    controls: createModuleControlsRepo(db),
    templates: createPageTemplatesRepo(db),
  };
}
export type Store = ReturnType<typeof createStore>;
