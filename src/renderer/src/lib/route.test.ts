import { describe, expect, it } from 'vitest';
import { parseRoute, type Route, routeHash } from './route';

const ROUTES: [string, Route][] = [
  ['#/desk/2026-12-04', { screen: 'desk', date: '2026-12-04' }],
  ['#/story/12', { screen: 'story', id: 12 }],
  ['#/story/new', { screen: 'story', id: null }],
  ['#/issue/2026-12-04', { screen: 'issue', date: '2026-12-04' }],
  ['#/board/2026-12-04/3', { screen: 'board', date: '2026-12-04', page: 3 }],
  ['#/board/2026-12-04', { screen: 'board', date: '2026-12-04' }],
  ['#/settings', { screen: 'settings' }],
  ['#/profiles', { screen: 'profiles' }],
  ['#/backups', { screen: 'backups' }],
];

describe('hash routes', () => {
  it.each(ROUTES)('%s round-trips', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(routeHash(route)).toBe(hash);
  });
  it('falls back to the desk on anything else', () => {
    expect(parseRoute('')).toEqual({ screen: 'desk' });
    expect(parseRoute('#/nowhere/x')).toEqual({ screen: 'desk' });
    expect(parseRoute('#/desk/12-04')).toEqual({ screen: 'desk' });
  });
});
