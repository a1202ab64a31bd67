import type { Handlers } from '../../shared/contract';
import { appHandlers } from './app/handlers';
import { assetHandlers } from './assets/handlers';
import { auditHandlers } from './audit/handlers';
import type { HandlerContext } from './context';
import { importHandlers } from './import/handlers';
import { issueHandlers } from './issues/handlers';
import { placementHandlers } from './issues/placements';
import { layoutHandlers } from './layout/handlers';
import { lockHandlers } from './locks/handlers';
import { profileHandlers } from './profiles/handlers';
import { revisionHandlers } from './revisions/handlers';
import { searchHandlers } from './search/handlers';
import { settingsHandlers } from './settings/handlers';
import { storyHandlers } from './stories/handlers';
import { workflowHandlers } from './workflow/handlers';

/** Every domain's handlers in one map; `satisfies` makes a missing handler a type error. */
export const handlers = {
  ...appHandlers,
  ...profileHandlers,
  ...settingsHandlers,
  ...storyHandlers,
  ...auditHandlers,
  ...searchHandlers,
  ...workflowHandlers,
  ...revisionHandlers,
  ...lockHandlers,
  ...assetHandlers,
  ...importHandlers,
  ...issueHandlers,
  ...placementHandlers,
  ...layoutHandlers,
} satisfies Handlers<HandlerContext>;
