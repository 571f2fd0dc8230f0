/** The screens of the client; the server answers each path with index.html (server/http/web-client.ts). */
export type Route =
  | { name: 'home' }
  | { name: 'join'; code: string | null }
  | { name: 'play'; sessionId: string }
  | { name: 'facilitator-new' }
  | { name: 'facilitator'; sessionId: string; token: string | null }
  | { name: 'projector'; sessionId: string }
  | { name: 'report'; sessionId: string }
  | { name: 'verkenner' }
  | { name: 'not-found' };

const tokenFromHash = (hash: string): string | null =>
  new URLSearchParams(hash.replace(/^#/, '')).get('token') || null;

/** Reads a location; the facilitator token travels in the fragment so it never reaches a server log. */
export const parseRoute = (pathname: string, hash = ''): Route => {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id, ...rest] = parts;
  if (rest.length > 0) return { name: 'not-found' };
  if (!head) return { name: 'home' };
  if (head === 'join') return { name: 'join', code: id ?? null };
  if (head === 'facilitator')
    return id
      ? { name: 'facilitator', sessionId: id, token: tokenFromHash(hash) }
      : { name: 'facilitator-new' };
  if (head === 'play' && id) return { name: 'play', sessionId: id };
  if (head === 'projector' && id) return { name: 'projector', sessionId: id };
  if (head === 'report' && id) return { name: 'report', sessionId: id };
  // The verkenner keeps its whole setting in the query string (verkenner/url-state.ts).
  if (head === 'verkenner' && !id) return { name: 'verkenner' };
  return { name: 'not-found' };
};

export const routePath = (route: Route): string => {
  switch (route.name) {
    case 'home':
    case 'not-found':
      return '/';
    case 'join':
      return route.code ? `/join/${encodeURIComponent(route.code)}` : '/join';
    case 'play':
      return `/play/${encodeURIComponent(route.sessionId)}`;
    case 'facilitator-new':
      return '/facilitator';
    case 'facilitator':
      return `/facilitator/${encodeURIComponent(route.sessionId)}`;
    case 'projector':
      return `/projector/${encodeURIComponent(route.sessionId)}`;
    case 'report':
      return `/report/${encodeURIComponent(route.sessionId)}`;
    case 'verkenner':
      return '/verkenner';
  }
};
