import type { FastifyRequest } from 'fastify';

/**
 * The address students' phones must use: a configured public URL (behind a proxy or on a lecture-hall
 * address), else the scheme and Host of the facilitator's own request.
 */
export const publicBaseUrl = (request: FastifyRequest, configured?: string): string =>
  (configured ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');

export const joinUrlOf = (base: string, joinCode: string): string => `${base}/join/${joinCode}`;

/** The token travels in the fragment, which browsers never send to a server or put in its logs. */
export const facilitatorUrlOf = (base: string, sessionId: string, token: string): string =>
  `${base}/facilitator/${sessionId}#token=${token}`;
