import { z } from 'zod';
import type { ErrorBody } from '../errors/app-error.ts';
import { languages } from '../errors/language.ts';
import { sessionIdSchema } from '../sessions/session-id.ts';

/** The handshake a client sends in `io(url, { auth })`: which session, and a facilitator or seat token. */
export const handshakeSchema = z.strictObject({
  sessionId: sessionIdSchema,
  token: z.string().min(1).max(200),
  /** The language chosen in the client, overriding Accept-Language (a shared lecture-hall laptop, say). */
  language: z.enum(languages).optional(),
});
export type Handshake = z.infer<typeof handshakeSchema>;

/**
 * Every message in either direction: a dotted lower-case type naming the command or event ("decision.submit",
 * "round.started") and its payload. The game narrows `payload` per type with its own schemas (messageSchema).
 */
export const envelopeSchema = z.strictObject({
  type: z
    .string()
    .max(64)
    .regex(/^[a-z][a-z0-9]*([._:-][a-z0-9]+)*$/, 'type: lower-case words joined by . _ : or -'),
  payload: z.unknown().optional(),
  /** The client's own id for a command, so that a retry of it is recognised (idempotent commands). */
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** The event name carrying envelopes both ways; any other event from a client is refused. */
export const messageEvent = 'message';
/** The type of the envelope sent when a message without an acknowledgement callback fails. */
export const errorMessageType = 'error';

/** What the acknowledgement callback of a client message receives. */
export type Reply = { ok: true; result?: unknown } | ({ ok: false } & ErrorBody);
