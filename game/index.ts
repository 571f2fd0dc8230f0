/**
 * Public surface of the game rules: a pure layer over the engine (GAME.md sections 2, 4, 5, 8, 9). A session
 * is created from a config and changed only by step(state, action); projections give each screen its view;
 * snapshots serialise byte-exactly, and replaying the action log reproduces the live state.
 */

export type { Action, ActionInput, ActionType, Actor } from './actions/action-schema.ts';
export { actionSchema, actorSchema } from './actions/action-schema.ts';
export type { LeverChanges } from './actions/lever-changes.ts';
export { leverChangesSchema } from './actions/lever-changes.ts';
export type { CardId } from './cards/card-catalogue.ts';
export { cardById, cardCatalogue, cardIds } from './cards/card-catalogue.ts';
export type { Card, CardEffect } from './cards/card-types.ts';
export type { ConfigIssue, GameConfig, GameConfigInput } from './config/game-config.ts';
export { gameConfigSchema, parseGameConfig, phaseTimersSchema } from './config/game-config.ts';
export type { PresetId } from './config/presets.ts';
export { presetIds } from './config/presets.ts';
export type { DebriefEvidence } from './debrief/debrief-evidence.ts';
export { debriefEvidence, debriefQuestions } from './debrief/debrief-evidence.ts';
export type { Evidence } from './debrief/evidence-types.ts';
export type { Phase, SessionStatus } from './model/phases.ts';
export { phases, sessionStatuses } from './model/phases.ts';
export type { Lens, LeverName, Role, SeatRole } from './model/roles.ts';
export { lenses, lensOfRole, roleLevers, roles, seatRoles } from './model/roles.ts';
export type { PartMemo } from './projections/part-memo.ts';
export { buildAlways, createPartMemo } from './projections/part-memo.ts';
export type { FacilitatorView } from './projections/project-for-facilitator.ts';
export { projectForFacilitator } from './projections/project-for-facilitator.ts';
export type { ProjectorView } from './projections/project-for-projector.ts';
export { projectForProjector } from './projections/project-for-projector.ts';
export type { SeatView } from './projections/project-for-seat.ts';
export { projectForSeat } from './projections/project-for-seat.ts';
export { resolveRound } from './resolve/resolve-round.ts';
export type { ErrorCode, GameError } from './rules/errors.ts';
export { errorMessages } from './rules/errors.ts';
export { step } from './rules/step.ts';
export type { Effect, StepResult } from './rules/step-result.ts';
export { budgetBounds, previewDecisions } from './rules/team-decisions.ts';
export { deserializeGame, serializeGame } from './serialize/serialize-game.ts';
export { createGame } from './state/create-game.ts';
export type { GameState, RoundRecord, Seat, TeamState } from './state/game-state.ts';
export { findSeatByRejoinCode, findSeatByToken } from './state/queries.ts';
export { signalAspects } from './state/signal-aspects.ts';
export { lensTableItems } from './state/table-items.ts';
export type { Text } from './text.ts';
