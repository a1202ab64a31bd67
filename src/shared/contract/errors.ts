import { z } from 'zod';
import { because, type Reason } from './error-reasons';

/** Every refusal the API can give. Transports carry the code; HTTP maps it to a status. */
export const ERROR_CODES = [
  'bad-argument',
  'unknown-handler',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'refused',
  /** Another process held the database past the wait: retry; nothing was written. */
  'busy',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ApiErrorBody = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  field: z.string().optional(),
  /** Why, as a code the renderer words in the UI's language (see error-reasons.ts). */
  reason: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** A reason as it arrives over the wire: any code, checked by the renderer's wording. */
interface WireReason {
  key: string;
  params?: Record<string, string | number> | undefined;
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly reason: string | undefined;
  readonly params: Record<string, string | number>;
  /** `message` is plain English for the CLI and logs; `why` is what the UI words. */
  constructor(code: ErrorCode, message: string, field?: string, why?: Reason | WireReason) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
    this.reason = why?.key;
    this.params = { ...(why?.params ?? {}) } as Record<string, string | number>;
  }
  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.field !== undefined) body.field = this.field;
    if (this.reason !== undefined) body.reason = this.reason;
    if (Object.keys(this.params).length > 0) body.params = this.params;
    return body;
  }
  static fromBody(body: ApiErrorBody): ApiError {
    const why = body.reason === undefined ? undefined : { key: body.reason, params: body.params };
    return new ApiError(body.code, body.message, body.field, why);
  }
}

/** Turns a zod failure into one clear line that names the field. */
export function badArgument(error: z.ZodError, prefix = ''): ApiError {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  const field = prefix && path ? `${prefix}.${path}` : prefix || path;
  const message = field
    ? `${field}: ${issue?.message ?? 'invalid'}`
    : (issue?.message ?? 'invalid');
  return new ApiError('bad-argument', message, field || undefined, issueReason(issue));
}

/** The limit a zod issue broke, as a reason the renderer can word; none when it is vaguer. */
function issueReason(issue: z.core.$ZodIssue | undefined): Reason | undefined {
  if (!issue) return undefined;
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    return issue.origin === 'number'
      ? because('value-too-big', { max: issue.maximum })
      : because('value-too-long', { max: issue.maximum });
  }
  if (issue.code === 'too_small' && typeof issue.minimum === 'number') {
    if (issue.origin === 'number') return because('value-too-small', { min: issue.minimum });
    if (issue.minimum <= 1) return because('value-missing', {});
  }
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    return because('value-missing', {});
  }
  return undefined;
}

/** The envelope every transport sends back. */
export type Reply<R> = { ok: true; result: R } | { ok: false; error: ApiErrorBody };

export const HTTP_STATUS: Record<ErrorCode, number> = {
  'bad-argument': 400,
  unauthorized: 401,
  forbidden: 403,
  'unknown-handler': 404,
  'not-found': 404,
  conflict: 409,
  refused: 422,
  busy: 503,
  internal: 500,
};
