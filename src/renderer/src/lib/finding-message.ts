import i18next from 'i18next';

type Params = Record<string, string | number>;

/**
 * A preflight finding in the UI's language, from its code and parameters (the finding's
 * English `message` is for the CLI). Counts pick the plural form.
 */
export function findingMessage(code: string, params: Params = {}): string {
  const t = (key: string, p: Params) => i18next.t(key as 'errors.heading', p);
  switch (code) {
    case 'overset':
      return t('findings.overset', { ...params, count: Number(params.lines ?? 0) });
    case 'not-placed': {
      const why = String(params.why ?? 'bad-module');
      return t(`findings.not-placed.${why}`, params);
    }
    case 'missing-glyphs':
      return params.where === 'furniture'
        ? t('findings.missing-glyphs-furniture', params)
        : t('findings.missing-glyphs', { ...params, count: Number(params.count ?? 1) });
    case 'unsigned': {
      const status = String(params.status ?? '');
      const worded = i18next.exists(`status.${status}`) ? t(`status.${status}`, {}) : status;
      return t('findings.unsigned', { ...params, status: worded });
    }
    case 'empty-space':
    case 'loose-lines':
      return t(`findings.${code}`, { ...params, count: Number(params.count ?? 0) });
    default:
      return i18next.exists(`findings.${code}`)
        ? t(`findings.${code}`, params)
        : t('findings.unknown', { code });
  }
}
