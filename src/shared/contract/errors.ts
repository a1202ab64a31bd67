import { z } from 'zod';

/** Every refusal the API can give. Transports carry the code; HTTP maps it to a status. */
export const ERROR_CODES = [
  'bad-argument',
  'unknown-handler',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'refused',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ApiErrorBody = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  field: z.string().optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
  }
  toBody(): ApiErrorBody {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.field);
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
  return new ApiError('bad-argument', message, field || undefined);
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
  internal: 500,
};
