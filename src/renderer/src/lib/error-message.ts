import i18next from 'i18next';
import { ApiError } from '../../../shared/contract';

type Params = Record<string, string | number>;

/**
 * One line for the alert box, in the UI's language. The API sends a reason code with
 * parameters; its English `message` is for the CLI and logs and is never shown here. A
 * refusal the renderer cannot word (an old host) falls back to the code's general sentence,
 * led by the field's label when the screen knows it: "主题 — 填写的内容无效".
 */
export function errorMessage(
  error: unknown,
  labelOf?: (field: string) => string | undefined,
): string {
  if (error instanceof ApiError) {
    const label = error.field ? labelOf?.(error.field) : undefined;
    const worded = wordReason(error.reason, error.params);
    if (worded)
      return label && error.reason?.startsWith('value-') ? `${label} — ${worded}` : worded;
    const general = i18next.t(`errors.code.${error.code}`);
    return label ? `${label} — ${general}` : general;
  }
  return i18next.t('errors.code.internal');
}

/** The sentence for a reason code, or null when the UI has none for it. */
export function wordReason(reason: string | undefined, params: Params = {}): string | null {
  if (!reason) return null;
  const key = `errors.reason.${reason}`;
  if (!i18next.exists(key)) return null;
  return i18next.t(key as 'errors.heading', wordedParams(reason, params));
}

/** Parameters that are themselves codes (a permission, a status) are worded too. */
function wordedParams(reason: string, params: Params): Params {
  const out: Params = { ...params };
  if (reason === 'forbidden' && typeof params.action === 'string') {
    out.action = i18next.t(`errors.action.${params.action}` as 'errors.heading');
  }
  for (const k of ['from', 'to', 'status'] as const) {
    const v = params[k];
    if (typeof v === 'string' && i18next.exists(`status.${v}`)) {
      out[k] = i18next.t(`status.${v}` as 'errors.heading');
    }
  }
  if (typeof params.count === 'number') out.count = params.count;
  if (reason === 'import-refused') wordImportProblem(params, out);
  return out;
}

/** Where in the file and why, worded: `at` is '' for the file as a whole. */
function wordImportProblem(params: Params, out: Params): void {
  out.at = params.line ? i18next.t('errors.atLine', { line: params.line }) : '';
  const problemKey = `errors.importProblem.${params.problem}`;
  if (typeof params.problem !== 'string' || !i18next.exists(problemKey)) {
    out.why = i18next.t('errors.checkFile');
    return;
  }
  const wordedKey = `errors.storyKey.${params.key}`;
  const key = typeof params.key === 'string' && i18next.exists(wordedKey);
  out.why = i18next.t(problemKey as 'errors.heading', {
    ...params,
    ...(key ? { key: i18next.t(wordedKey as 'errors.heading') } : {}),
  });
}
