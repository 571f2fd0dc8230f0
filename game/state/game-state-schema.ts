import { z } from 'zod';
import { decisionsSchema, parametersSchema, regionalDecisionsSchema } from '../../engine/index.ts';
import { cardIds } from '../cards/card-catalogue.ts';
import { gameConfigSchema } from '../config/game-config.ts';
import { phases, sessionStatuses } from '../model/phases.ts';
import { roles, seatRoles } from '../model/roles.ts';
import { signalAspects } from './signal-aspects.ts';

/**
 * The stored game state (without the engine state, which the engine's own deserialiser checks). Used to
 * validate snapshots read back from storage; engine reports are checked for their shape only.
 */
const leverPartial = z.record(z.string(), z.unknown());
const draft = z.object({ changes: leverPartial, by: z.string(), at: z.number() }).strict().nullable();
const report = z.looseObject({ year: z.number(), dashboard: z.looseObject({}) });
const response = z
  .object({ kind: z.enum(['act', 'note', 'dismiss']), by: z.string(), at: z.number() })
  .strict();
const stance = z.object({ qualityProtection: z.number(), indicatorPlay: z.number() }).strict();
const nullableNumber = z.number().nullable();

const seat = z
  .object({
    id: z.string(),
    token: z.string(),
    rejoinCode: z.string(),
    displayName: z.string(),
    municipalityId: z.string().nullable(),
    role: z.enum(seatRoles),
    joinedAt: z.number(),
  })
  .strict();

const team = z
  .object({
    id: z.string(),
    name: z.string(),
    presetDecisions: decisionsSchema,
    baseBudgetEur: z.number(),
    decisions: decisionsSchema,
    drafts: z.object(Object.fromEntries(roles.map((r) => [r, draft]))).strict(),
    submission: z.object({ decisions: decisionsSchema, by: z.string(), at: z.number() }).strict().nullable(),
    shared: z.array(
      z
        .object({ item: z.string(), role: z.enum(roles), by: z.string(), at: z.number(), round: z.number() })
        .strict(),
    ),
  })
  .strict();

const proposal = z
  .object({
    id: z.number(),
    decisions: regionalDecisionsSchema,
    municipalityId: z.string(),
    by: z.string(),
    round: z.number(),
    votes: z.record(z.string(), z.boolean()),
  })
  .strict();

const signal = z
  .object({
    id: z.number(),
    round: z.number(),
    municipalityId: z.string(),
    familyKey: z.string(),
    aspect: z.enum(signalAspects),
    by: z.string(),
    at: z.number(),
    response: response.nullable(),
  })
  .strict();

const teamRound = z
  .object({
    decided: decisionsSchema,
    applied: decisionsSchema,
    source: z.enum(['submitted', 'kept', 'bot']),
    by: z.string().nullable(),
    signalResponse: z.number(),
  })
  .strict();

const roundRecord = z
  .object({
    round: z.number(),
    years: z.array(z.number()),
    teams: z.record(z.string(), teamRound),
    regional: regionalDecisionsSchema,
    regionalChanged: z.boolean(),
    cards: z.array(z.enum(cardIds)),
    providerStance: stance,
    reports: z.record(z.string(), z.array(report)),
    region: z.array(report),
    families: z.array(
      z.looseObject({ municipality: z.string(), key: z.string(), journey: z.looseObject({}) }),
    ),
  })
  .strict();

export const storedGameSchema = z
  .object({
    version: z.literal(1),
    config: gameConfigSchema,
    scenarioId: z.string(),
    scenarioName: z.string(),
    regionName: z.string(),
    startYear: z.number(),
    status: z.enum(sessionStatuses),
    round: z.number(),
    phase: z.enum(phases).nullable(),
    clock: z.number(),
    timer: z.object({
      phaseStartedAt: nullableNumber,
      deadline: nullableNumber,
      pausedRemainingMs: nullableNumber,
    }),
    seats: z.array(seat),
    teams: z.array(team),
    providerTeam: z.object({ stance, changedBy: z.string().nullable(), at: nullableNumber }).strict(),
    regional: z
      .object({
        inForce: regionalDecisionsSchema,
        adopted: regionalDecisionsSchema.extend({ proposalId: z.number() }).nullable(),
        proposal: proposal.nullable(),
        nextProposalId: z.number(),
      })
      .strict(),
    signals: z.array(signal),
    nextSignalId: z.number(),
    cards: z
      .object({
        deck: z.array(z.enum(cardIds)),
        drawn: z.array(
          z
            .object({
              cardId: z.enum(cardIds),
              fromRound: z.number(),
              via: z.enum(['deck', 'facilitator']),
              at: z.number(),
            })
            .strict(),
        ),
      })
      .strict(),
    rounds: z.array(roundRecord),
    baseParameters: parametersSchema,
    rng: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  })
  .strict();
