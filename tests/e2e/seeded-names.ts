/**
 * The names seedDatabase gave TEST_PASSWORD in this test process, in order. The browser
 * contexts of launchChromium() offer one 以 NAME 身份进入 button per name on the sign-in
 * screen (chromium.ts), so a test signs in with one click as it picked a profile before.
 */
const names: string[] = [];

export function rememberSeededName(name: string): void {
  if (!names.includes(name)) names.push(name);
}

export function seededNames(): readonly string[] {
  return names;
}
