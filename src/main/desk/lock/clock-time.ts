import { localIsoDate } from '../local-date';

/** A lock's time as people say it: 14:05 today, with the date when it is from another day. */
export function clockTime(iso: string, now: string): string {
  const at = new Date(iso);
  const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  const day = localIsoDate(at);
  return day === localIsoDate(new Date(now)) ? time : `${day} ${time}`;
}
