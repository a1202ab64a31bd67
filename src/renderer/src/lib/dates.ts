/** Today's desk date in local time as YYYY-MM-DD (the newsroom's day, not UTC's). */
export function todayDeskDate(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** A stored timestamp shown in local time: HH:MM today, else MM-DD HH:MM. */
export function formatUpdated(iso: string, now = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const hm = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  if (todayDeskDate(at) === todayDeskDate(now)) return hm;
  return `${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${hm}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// One formatter per language: making one loads the locale's data (the slowest call of the
// desk's first render when made per call).
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(language: string): Intl.DateTimeFormat {
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
      year: 'numeric',
      month: language === 'en' ? 'short' : 'long',
      day: 'numeric',
      weekday: 'short',
    });
    dayFormats.set(language, format);
  }
  return format;
}

/** A YYYY-MM-DD day in the UI's language: 2026年12月4日 周五 / Fri, 4 Dec 2026. */
export function formatDay(isoDay: string, language: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  if (!y || !m || !d) return isoDay;
  return dayFormat(language).format(new Date(y, m - 1, d));
}
