/** The languages the shell's own chrome (menu, dialogs) speaks. */
export type ShellLanguage = 'zh-CN' | 'en';

/**
 * Picks the menu language: the newsroom's setting when it names one ('zh' | 'en'), else the
 * system locale (Electron's `app.getLocale()`, e.g. 'zh-CN', 'zh-TW', 'en-US'), else Chinese,
 * since the paper is a Chinese daily.
 */
export function pickShellLanguage(locale: string, setting?: unknown): ShellLanguage {
  if (setting === 'zh') return 'zh-CN';
  if (setting === 'en') return 'en';
  if (/^en\b/i.test(locale)) return 'en';
  return 'zh-CN';
}
