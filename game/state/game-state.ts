import type {
  Decisions,
  FamilyReport,
  Parameters,
  RegionalDecisions,
  SimState,
  YearReport,
} from '../../engine/index.ts';
import type { CardId } from '../cards/card-catalogue.ts';
import type { GameConfig } from '../config/game-config.ts';
import type { Phase, SessionStatus } from '../model/phases.ts';
import type { Role, SeatRole } from '../model/roles.ts';
import type { GameRng } from '../random/game-rng.ts';
import type { SignalAspect } from './signal-aspects.ts';
import type { TableItem } from './table-items.ts';

/** A student's place: secrets (token, rejoin code) are made by the server and never leave through a view. */
export type Seat = {
  id: string;
  token: string;
  rejoinCode: string;
  displayName: string;
  /** null for the provider team. */
  municipalityId: string | null;
  /** The role the student holds; roles nobody holds may merge into it (seat-roles.ts). */
  role: SeatRole;
  joinedAt: number;
};

/** Who did something: a seat id or 'bot'. */
export type By = string;

export type Draft = { changes: Partial<Decisions>; by: By; at: number };
export type Submission = { decisions: Decisions; by: By; at: number };
export type SharedItem = { item: TableItem; role: Role; by: By; at: number; round: number };

export type TeamState = {
  id: string;
  name: string;
  /** The preset's policy, where the bots start from. */
  presetDecisions: Decisions;
  /** The scenario budget; the budget lever moves within bounds around it. */
  baseBudgetEur: number;
  /** The decisions in force (applied at the last resolution). */
  decisions: Decisions;
  drafts: Record<Role, Draft | null>;
  submission: Submission | null;
  shared: SharedItem[];
};

/** The provider team's stance (0-1 each; 0.5 = the model's own provider behaviour). */
export type ProviderStance = { qualityProtection: number; indicatorPlay: number };
export type ProviderTeamState = { stance: ProviderStance; changedBy: By | null; at: number | null };

export type RegionalProposal = {
  id: number;
  decisions: RegionalDecisions;
  municipalityId: string;
  by: By;
  round: number;
  votes: Record<string, boolean>;
};

export type RegionalTable = {
  inForce: RegionalDecisions;
  /** Agreed by every municipality this round; takes effect at the resolution. */
  adopted: (RegionalDecisions & { proposalId: number }) | null;
  proposal: RegionalProposal | null;
  nextProposalId: number;
};

export type SignalResponseKind = 'act' | 'note' | 'dismiss';

export type Signal = {
  id: number;
  round: number;
  municipalityId: string;
  familyKey: string;
  aspect: SignalAspect;
  by: By;
  at: number;
  response: { kind: SignalResponseKind; by: By; at: number } | null;
};

export type DrawnCard = { cardId: CardId; fromRound: number; via: 'deck' | 'facilitator'; at: number };

export type Timer = {
  phaseStartedAt: number | null;
  deadline: number | null;
  pausedRemainingMs: number | null;
};

export type DecisionSource = 'submitted' | 'kept' | 'bot';

export type FamilySnapshot = Omit<FamilyReport, 'events'>;

/** What a resolution did and produced; projections and the debrief read these. */
export type RoundRecord = {
  round: number;
  years: number[];
  teams: Record<
    string,
    { decided: Decisions; applied: Decisions; source: DecisionSource; by: By | null; signalResponse: number }
  >;
  regional: RegionalDecisions;
  regionalChanged: boolean;
  cards: CardId[];
  providerStance: ProviderStance;
  reports: Record<string, YearReport[]>;
  region: YearReport[];
  families: FamilySnapshot[];
};

export type GameState = {
  version: 1;
  config: GameConfig;
  scenarioId: string;
  scenarioName: string;
  regionName: string;
  startYear: number;
  status: SessionStatus;
  round: number;
  phase: Phase | null;
  /** The latest `at` of an accepted action: the game's only clock. */
  clock: number;
  timer: Timer;
  seats: Seat[];
  teams: TeamState[];
  providerTeam: ProviderTeamState;
  regional: RegionalTable;
  signals: Signal[];
  nextSignalId: number;
  cards: { deck: CardId[]; drawn: DrawnCard[] };
  rounds: RoundRecord[];
  baseParameters: Parameters;
  rng: GameRng;
  /** The engine's state; it changes in place only when a round is resolved. */
  sim: SimState;
};
