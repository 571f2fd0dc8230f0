import { useCallback, useEffect, useState } from 'react';
import { parseRoute, type Route, routePath } from './route.ts';

const current = () => parseRoute(window.location.pathname, window.location.hash);

/** The current route and a navigate command (History API; the server answers every route path). */
export const useRoute = (): [Route, (route: Route, hash?: string) => void] => {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const onPop = () => setRoute(current());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: Route, hash = '') => {
    window.history.pushState(null, '', routePath(next) + hash);
    setRoute(current());
    window.scrollTo(0, 0);
  }, []);
  return [route, navigate];
};
