import type { Handlers } from '../../shared/contract';
import { appHandlers } from './app/handlers';
import { assetHandlers } from './asset/handlers';
import { auditHandlers } from './audit/handlers';
import { backupHandlers } from './backup/handlers';
import type { HandlerContext } from './context';
import { exportHandlers } from './export/handlers';
import { issueHandlers } from './issue/handlers';
import { lanHandlers } from './lan/handlers';
import { layoutHandlers } from './layout/handlers';
import { lockHandlers } from './lock/handlers';
import { pageHandlers } from './page/handlers';
import { placementHandlers } from './placement/handlers';
import { preflightHandlers } from './preflight/handlers';
import { profileHandlers } from './profile/handlers';
import { revisionHandlers } from './revision/handlers';
import { sessionHandlers } from './session/handlers';
import { settingsHandlers } from './settings/handlers';
import { storyHandlers } from './story/handlers';
import { templateHandlers } from './template/handlers';

/**
 * Every domain's handlers in one map, one folder per domain: `story.save` is in
 * ./story/handlers.ts (or a file of ./story that it spreads). `satisfies` makes a missing
 * handler a type error; tests/contract/domain-files.test.ts, one in the wrong folder.
 */
export const handlers = {
  ...appHandlers,
  ...assetHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...exportHandlers,
  ...issueHandlers,
  ...lanHandlers,
  ...layoutHandlers,
  ...lockHandlers,
  ...pageHandlers,
  ...placementHandlers,
  ...preflightHandlers,
  ...profileHandlers,
  ...revisionHandlers,
  ...sessionHandlers,
  ...settingsHandlers,
  ...storyHandlers,
  ...templateHandlers,
} satisfies Handlers<HandlerContext>;
