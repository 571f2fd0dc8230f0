// Types only: the browser bundle carries no game or engine code; views arrive as JSON from the server.
import type { ActionInput, FacilitatorView, ProjectorView, SeatView } from '../../../game/index.ts';

export type { Decisions, RegionalDecisions } from '../../../engine/index.ts';
export type { LeverChanges, PresetId, Role, SeatRole } from '../../../game/index.ts';
export type { FacilitatorView, ProjectorView, SeatView };

export type ViewEnvelope =
  | { kind: 'seat'; view: SeatView }
  | { kind: 'facilitator'; view: FacilitatorView }
  | { kind: 'projector'; view: ProjectorView; joinCode?: string };

type WithoutActor<T> = T extends unknown ? Omit<T, 'actor' | 'at'> : never;

/** A game action as a client sends it: the server adds who (from the token) and when (its clock). */
export type ClientAction = WithoutActor<ActionInput>;

/** The error shape of every refusal, over HTTP and the socket (docs/api.md, Errors). */
export type ErrorBody = {
  code: string;
  message: string;
  reason?: string;
  issues?: { path: string; message: string }[];
  retryAfterSeconds?: number;
};
