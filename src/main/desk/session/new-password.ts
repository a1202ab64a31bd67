import { ApiError } from '../../../shared/contract';
import { passwordProblem } from '../../../shared/model/password';
import type { HandlerContext } from '../context';

/** Refuses a new password (or PIN) the paper's rule does not allow; the message never quotes it. */
export function checkNewPassword(ctx: HandlerContext, password: string, field: string): void {
  const problem = passwordProblem(password, ctx.store.settings.all()['signin.kind']);
  if (problem) throw new ApiError('bad-argument', `${field}: ${problem}`, field);
}
