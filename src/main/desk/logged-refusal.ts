import { ApiError, type ErrorCode } from '../../shared/contract';
import type { AccessEntry } from '../store/repos/access-log';

/**
 * A refusal that must leave a trace although the call writes nothing (a failed sign-in):
 * the desk rolls the call back, then appends this access-log row on its own.
 */
export class LoggedRefusal extends ApiError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly entry: Omit<AccessEntry, 'id'>,
  ) {
    super(code, message);
  }
}
