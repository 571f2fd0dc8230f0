import { AppError } from '../errors/app-error.ts';
import type { SessionStore } from '../storage/session-store.ts';
import { tokenMatchesHash } from './secret-token.ts';

export type FacilitatorPrincipal = { role: 'facilitator'; sessionId: string };

/**
 * A socket handshake authenticator for the facilitator: the token must match the session's stored hash.
 * Seat tokens are checked by the game integration, which knows the seats; this one refuses them.
 */
export const createFacilitatorAuthenticator =
  (store: Pick<SessionStore, 'getSession'>) =>
  async ({
    sessionId,
    token,
  }: {
    sessionId: string;
    token: string;
  }): Promise<FacilitatorPrincipal | undefined> => {
    const session = await store.getSession(sessionId);
    if (!session) throw new AppError('session_not_found');
    return tokenMatchesHash(token, session.facilitatorTokenHash)
      ? { role: 'facilitator', sessionId }
      : undefined;
  };
