import type { Handlers } from '../../../shared/contract';
import { APP_VERSION } from '../../../shared/version';
import { SCHEMA_VERSION } from '../../store/migrations';
import type { HandlerContext } from '../context';

export const appHandlers: Handlers<HandlerContext, 'app.info'> = {
  'app.info': (_args, ctx) => ({
    schemaVersion: SCHEMA_VERSION,
    dbPath: ctx.dbPath,
    version: APP_VERSION,
  }),
};
