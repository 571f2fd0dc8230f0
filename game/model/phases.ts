/** A session goes lobby -> rounds -> debrief -> ended (GAME.md section 2). */
export const sessionStatuses = ['lobby', 'rounds', 'debrief', 'ended'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

/** The phases of one round, in order. */
export const phases = ['signalen', 'overleg', 'doorrekenen', 'terugblik'] as const;
export type Phase = (typeof phases)[number];

export const nextPhase = (phase: Phase): Phase | null => phases[phases.indexOf(phase) + 1] ?? null;

/** Phases in which teams may still shape this round's decisions. */
export const isDecisionPhase = (phase: Phase | null): boolean => phase === 'signalen' || phase === 'overleg';
