import { ApiError } from '../../../shared/contract';

/**
 * One line for the alert box. The API's message already names the field it refuses
 * (e.g. "fields.headline: headline is required"); when the screen knows that field's label,
 * the label leads, so a Chinese UI says which box to fix: "主题 — fields.headline: …".
 */
export function errorMessage(
  error: unknown,
  labelOf?: (field: string) => string | undefined,
): string {
  if (error instanceof ApiError) {
    const label = error.field ? labelOf?.(error.field) : undefined;
    return label ? `${label} — ${error.message}` : error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
