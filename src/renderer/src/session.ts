// Who is working at this tab/window. sessionStorage: per tab, survives a reload, and two
// tabs can work as two people (each sends its own X-Newsdesk-As).
const PROFILE_KEY = 'newsdesk.profileId';

export function rememberedProfileId(): number | null {
  const value = Number(sessionStorage.getItem(PROFILE_KEY));
  return Number.isInteger(value) && value > 0 ? value : null;
}

export function rememberProfileId(id: number | null): void {
  if (id === null) sessionStorage.removeItem(PROFILE_KEY);
  else sessionStorage.setItem(PROFILE_KEY, String(id));
}
