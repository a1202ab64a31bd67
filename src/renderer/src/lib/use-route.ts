import { useCallback, useEffect, useState } from 'react';
import { parseRoute, type Route, routeHash } from './route';

/**
 * The route in the URL's hash: a new place is a history entry (back returns), a change
 * within a screen (its day, its page) replaces the entry. Back/forward and a typed URL are
 * followed.
 */
export function useRoute(): [Route, (next: Route, replace?: boolean) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, []);
  const go = useCallback((next: Route, replace = false) => {
    const hash = routeHash(next);
    if (hash !== window.location.hash) {
      const url = `${window.location.pathname}${window.location.search}${hash}`;
      if (replace) window.history.replaceState(window.history.state, '', url);
      else window.history.pushState(window.history.state, '', url);
    }
    setRoute(parseRoute(hash));
  }, []);
  return [route, go];
}
