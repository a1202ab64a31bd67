// Where the app is, in the URL's hash, so a reload or back/forward returns there:
//   #/desk/2026-12-04   #/story/12   #/story/new   #/issue/2026-12-04
//   #/board/2026-12-04/1   #/settings   #/profiles   #/audit   #/backups
// Pure: parse and print only; the hook in use-route.ts talks to the window.

export type Route =
  | { screen: 'desk'; date?: string }
  | { screen: 'story'; id: number | null }
  | { screen: 'issue'; date?: string }
  | { screen: 'board'; date?: string; page?: number }
  | { screen: 'settings' }
  | { screen: 'profiles' }
  | { screen: 'audit' }
  | { screen: 'backups' };

export type Screen = Route['screen'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseRoute(hash: string): Route {
  const [screen, first, second] = hash.replace(/^#\/?/, '').split('/');
  const date = first && DAY.test(first) ? first : undefined;
  switch (screen) {
    case 'story': {
      const id = Number(first);
      return { screen: 'story', id: Number.isInteger(id) && id > 0 ? id : null };
    }
    case 'issue':
      return date ? { screen: 'issue', date } : { screen: 'issue' };
    case 'board': {
      const page = Number(second);
      const route: Route = { screen: 'board' };
      if (date) route.date = date;
      if (Number.isInteger(page) && page > 0) route.page = page;
      return route;
    }
    case 'settings':
    case 'profiles':
    case 'audit':
    case 'backups':
      return { screen };
    default:
      return date ? { screen: 'desk', date } : { screen: 'desk' };
  }
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'story':
      return `#/story/${route.id ?? 'new'}`;
    case 'board':
      return `#/board${route.date ? `/${route.date}` : ''}${route.date && route.page ? `/${route.page}` : ''}`;
    case 'desk':
    case 'issue':
      return `#/${route.screen}${route.date ? `/${route.date}` : ''}`;
    default:
      return `#/${route.screen}`;
  }
}
