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
