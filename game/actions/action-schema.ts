import { z } from 'zod';
import { regionalDecisionsSchema } from '../../engine/index.ts';
import { cardIds } from '../cards/card-catalogue.ts';
import { roles, seatRoles } from '../model/roles.ts';
import { signalAspects } from '../state/signal-aspects.ts';
import { lensTableItems } from '../state/table-items.ts';
import { leverChangesSchema } from './lever-changes.ts';

const id = z.string().min(1).max(64);
const secret = z.string().min(8).max(256);

export const actorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('facilitator') }).strict(),
  z.object({ kind: z.literal('seat'), seatId: id }).strict(),
  z.object({ kind: z.literal('system') }).strict(),
]);
export type Actor = z.output<typeof actorSchema>;

/** Every action: who (authenticated by the server) and when (ms since epoch, the server's clock). */
const base = { actor: actorSchema, at: z.number().int().nonnegative().max(8.64e15) };
const action = <T extends string, P extends z.ZodRawShape>(type: T, payload: P) =>
  z.object({ type: z.literal(type), ...base, ...payload }).strict();

const tableItemSchema = z.union([z.enum(lensTableItems), z.string().regex(/^family:[a-z-]{1,32}$/)]);

export const actionSchema = z.discriminatedUnion('type', [
  // Seats (GAME.md section 2, Join).
  action('join', {
    displayName: z.string().trim().min(1).max(40),
    municipalityId: id.optional(),
    role: z.enum(seatRoles).optional(),
    seatId: id,
    seatToken: secret,
    rejoinCode: z.string().min(4).max(64),
  }),
  action('rejoin', { seatToken: secret }),
  action('leave', {}),
  action('move-seat', { seatId: id, municipalityId: id.nullable(), role: z.enum(seatRoles) }),
  action('remove-seat', { seatId: id }),
  // Session and phases (facilitator; timers through the system actor).
  action('start-session', {}),
  action('advance-phase', {}),
  action('pause-timer', {}),
  action('resume-timer', {}),
  action('extend-timer', {
    seconds: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 3600),
  }),
  action('timer-tick', {}),
  action('open-debrief', {}),
  action('end-session', {}),
  action('inject-card', { cardId: z.enum(cardIds) }),
  // The optional dashboard score (GAME.md section 1): off by default, the facilitator may switch it any time.
  action('set-dashboard-score', { enabled: z.boolean() }),
  // Team play.
  action('draft-decisions', { role: z.enum(roles), changes: leverChangesSchema }),
  action('submit-decisions', {
    changes: leverChangesSchema.default({}),
    adoptDrafts: z.boolean().default(true),
  }),
  action('share-to-table', { role: z.enum(roles), item: tableItemSchema }),
  action('raise-signal', { familyKey: z.string().regex(/^[a-z-]{1,32}$/), aspect: z.enum(signalAspects) }),
  action('respond-signal', {
    signalId: z.number().int().nonnegative(),
    response: z.enum(['act', 'note', 'dismiss']),
  }),
  // The regional table.
  action('propose-regional', { decisions: regionalDecisionsSchema }),
  action('vote-regional', { proposalId: z.number().int().nonnegative(), agree: z.boolean() }),
  // The provider team.
  action('set-provider-stance', {
    qualityProtection: z.number().min(0).max(1),
    indicatorPlay: z.number().min(0).max(1),
  }),
]);

export type ActionInput = z.input<typeof actionSchema>;
export type Action = z.output<typeof actionSchema>;
export type ActionType = Action['type'];
export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;
