import { ApiError, ApiErrorBody, type Reply } from '../../../shared/contract';

/** Unwraps the `Reply` envelope every transport returns; a refusal becomes an ApiError. */
export function unwrapReply<R>(reply: unknown): R {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
    const envelope = reply as Reply<R>;
    if (envelope.ok) return envelope.result;
    const body = ApiErrorBody.safeParse(envelope.error);
    if (body.success) throw ApiError.fromBody(body.data);
  }
  throw new ApiError('internal', 'the server sent a reply this app does not understand');
}
