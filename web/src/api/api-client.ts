import { offlineError, toApiError } from './api-error.ts';
import type { ClientAction, ProjectorView, ViewEnvelope } from './view-types.ts';

export type CreatedSession = {
  sessionId: string;
  joinCode: string;
  facilitatorToken: string;
  facilitatorUrl: string;
  joinUrl: string;
  qrUrl: string;
};
export type JoinLookup = { sessionId: string; joinCode: string; lobby: ProjectorView };
export type SeatGrant = { sessionId: string; seatId: string; seatToken: string; rejoinCode: string };
export type JoinRequest = { joinCode: string; displayName: string; municipalityId?: string; role?: string };

type Fetch = typeof fetch;
type Options = { method?: 'GET' | 'POST' | 'DELETE'; body?: unknown; token?: string };

/**
 * The HTTP routes of docs/api.md, typed. `language` is read on every call so the server's messages follow the
 * language switch; `offlineMessage` is what a failed network says (the server cannot translate that).
 */
export const createApiClient = (deps: {
  language: () => string;
  offlineMessage: () => string;
  fetch?: Fetch;
}) => {
  const doFetch: Fetch = deps.fetch ?? ((...args) => fetch(...args));
  const call = async (path: string, { method = 'GET', body, token }: Options = {}) => {
    const headers: Record<string, string> = { 'accept-language': deps.language() };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    let res: Response;
    try {
      res = await doFetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw offlineError(deps.offlineMessage());
    }
    return res;
  };
  const json = async <T>(path: string, options?: Options): Promise<T> => {
    const res = await call(path, options);
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) throw toApiError(res.status, body, deps.offlineMessage());
    return body as T;
  };
  const session = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;
  return {
    /** `hostPassword` only for a server started with --admin-token. */
    createSession: (settings: object, hostPassword?: string) =>
      json<CreatedSession>('/api/sessions', { method: 'POST', body: settings, token: hostPassword }),
    lookupJoinCode: (code: string) => json<JoinLookup>(`/api/join/${encodeURIComponent(code)}`),
    join: (request: JoinRequest) => json<SeatGrant>('/api/join', { method: 'POST', body: request }),
    rejoin: (joinCode: string, rejoinCode: string) =>
      json<SeatGrant>('/api/rejoin', { method: 'POST', body: { joinCode, rejoinCode } }),
    view: (sessionId: string, token: string) => json<ViewEnvelope>(`${session(sessionId)}/view`, { token }),
    projector: (sessionId: string) =>
      json<{ kind: 'projector'; view: ProjectorView }>(`${session(sessionId)}/projector`),
    act: (sessionId: string, token: string, action: ClientAction) =>
      json<{ ok: true } & ViewEnvelope>(`${session(sessionId)}/actions`, {
        method: 'POST',
        body: action,
        token,
      }),
    /** The export needs the facilitator's bearer token, so it is fetched and saved, not linked. */
    download: async (sessionId: string, token: string, format: 'json' | 'csv'): Promise<Blob> => {
      const res = await call(`${session(sessionId)}/${format === 'json' ? 'export' : 'export.csv'}`, {
        token,
      });
      if (!res.ok) throw toApiError(res.status, await res.json().catch(() => null), deps.offlineMessage());
      return res.blob();
    },
    /** Deletes the session, its log and snapshots for good (the console exports first). */
    deleteSession: async (sessionId: string, token: string): Promise<void> => {
      const res = await call(session(sessionId), { method: 'DELETE', token });
      if (!res.ok) throw toApiError(res.status, await res.json().catch(() => null), deps.offlineMessage());
    },
    qrUrl: (sessionId: string) => `${session(sessionId)}/qr.svg`,
  };
};

export type ApiClient = ReturnType<typeof createApiClient>;
