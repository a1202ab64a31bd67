import { ApiError, type Handlers } from '../../../shared/contract';
import type { HandlerContext } from '../context';

type LayoutNames =
  | 'layout.compose'
  | 'layout.auto'
  | 'layout.setModule'
  | 'layout.linkJump'
  | 'layout.unlinkJump'
  | 'preflight.run'
  | 'export.html'
  | 'export.pdf';

const pending = () => {
  throw new ApiError('internal', 'not ready yet');
};

export const layoutHandlers: Handlers<HandlerContext, LayoutNames> = {
  'layout.compose': pending,
  'layout.auto': pending,
  'layout.setModule': pending,
  'layout.linkJump': pending,
  'layout.unlinkJump': pending,
  'preflight.run': pending,
  'export.html': pending,
  'export.pdf': pending,
};
