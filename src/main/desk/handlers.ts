import type { Handlers } from '../../shared/contract';
import { appHandlers } from './app/handlers';
import { assetHandlers } from './assets/handlers';
import { auditHandlers } from './audit/handlers';
import { backupHandlers } from './backup/handlers';
import type { HandlerContext } from './context';
import { importHandlers } from './import/handlers';
import { issueHandlers } from './issues/handlers';
import { placementHandlers } from './issues/placements';
import { lanHandlers } from './lan/handlers';
import { moduleControlsHandlers } from './layout/controls-handlers';
import { layoutHandlers } from './layout/handlers';
import { jumpHandlers } from './layout/jump-handlers';
import { lockHandlers } from './locks/handlers';
import { pageSignoffHandlers } from './page-signoff/handlers';
import { profileHandlers } from './profiles/handlers';
import { revisionHandlers } from './revisions/handlers';
import { searchHandlers } from './search/handlers';
import { sessionHandlers } from './sessions/handlers';
import { settingsHandlers } from './settings/handlers';
import { copyfitHandlers } from './stories/copyfit-handlers';
import { storyHandlers } from './stories/handlers';
import { templateHandlers } from './templates/handlers';
import { workflowHandlers } from './workflow/handlers';

/** Every domain's handlers in one map; `satisfies` makes a missing handler a type error. */
export const handlers = {
  ...appHandlers,
  ...profileHandlers,
  ...sessionHandlers,
  ...settingsHandlers,
  ...storyHandlers,
  ...auditHandlers,
  ...searchHandlers,
  ...workflowHandlers,
  ...revisionHandlers,
  ...lanHandlers,
  ...lockHandlers,
  ...assetHandlers,
  ...importHandlers,
  ...issueHandlers,
  ...placementHandlers,
  ...layoutHandlers,
  ...moduleControlsHandlers,
  ...jumpHandlers,
  ...templateHandlers,
  ...pageSignoffHandlers,
  ...backupHandlers,
  ...copyfitHandlers,
} satisfies Handlers<HandlerContext>;
