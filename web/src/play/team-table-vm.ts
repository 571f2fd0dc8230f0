import type { SeatView } from '../api/view-types.ts';
import { type Family, type FamilyCardVm, familyCardVm, type SessionClock } from './family-card-vm.ts';
import type { Kpi } from './kpi.ts';
import {
  type BeleidDashboard,
  type BeleidSpend,
  behaviourKpis,
  type ContractBehaviour,
  type ContractProviders,
  dashboardKpis,
  type LeefwereldSummary,
  type LocalTeam,
  leefwereldKpis,
  localTeamKpis,
  providerListKpis,
  spendKpis,
  type Workload,
  workloadKpis,
} from './lens-kpis.ts';

type Team = NonNullable<SeatView['team']>;
type Shared = Team['table'][number];
type By = Shared['by'];

/** Who did it, for a byline: a student by name, a student who has since left, or the game's bot. */
export type Byline = { kind: 'student'; name: string } | { kind: 'former' } | { kind: 'bot' };
export const byline = (by: By): Byline =>
  by.kind === 'bot'
    ? { kind: 'bot' }
    : by.name === null
      ? { kind: 'former' }
      : { kind: 'student', name: by.name };

export type SharedBody = { kind: 'family'; family: FamilyCardVm } | { kind: 'kpis'; kpis: Kpi[] };

/**
 * The server sends a shared item's current data untyped (game/projections/team-views.ts tableItemData): the
 * item key says which lens part it is, so each part goes to the builder its own role's screen uses.
 */
const kpiParts: Record<string, (data: unknown) => Kpi[]> = {
  'beleid.dashboard': (d) => dashboardKpis(d as BeleidDashboard),
  'beleid.spend': (d) => spendKpis(d as BeleidSpend),
  'contracten.behaviour': (d) => behaviourKpis(d as ContractBehaviour),
  'contracten.providers': (d) => providerListKpis(d as ContractProviders),
  'praktijk.local-team': (d) => localTeamKpis(d as LocalTeam),
  'praktijk.workload': (d) => workloadKpis(d as Workload),
  'leefwereld.summary': (d) => leefwereldKpis(d as LeefwereldSummary),
};

const familyKey = (item: string) => (item.startsWith('family:') ? item.slice('family:'.length) : null);

/** A translated title: the lens part's name, or "the story of <family>". */
const titleOf = (s: Shared): { key: string; values: Record<string, string> } => {
  const key = familyKey(s.item);
  if (key === null) return { key: `table.item.${s.item}`, values: {} };
  const family = s.data as Family | null;
  return { key: 'table.item.family', values: { name: family?.name ?? key } };
};

/** What the card shows now: the data is current, not a copy from the moment of sharing. Null when gone. */
const bodyOf = (s: Shared, clock: SessionClock): SharedBody | null => {
  if (s.data === null || s.data === undefined) return null;
  if (familyKey(s.item) !== null) return { kind: 'family', family: familyCardVm(s.data as Family, clock) };
  const build = kpiParts[s.item];
  return build ? { kind: 'kpis', kpis: build(s.data) } : null;
};

/** Everything shared to the team's table as readable cards, newest first. */
export const sharedCards = (team: Team, clock: SessionClock) =>
  [...team.table]
    .sort((a, b) => b.at - a.at)
    .map((s) => ({
      id: `${s.item}-${s.at}`,
      item: s.item,
      title: titleOf(s),
      role: s.role,
      by: byline(s.by),
      round: s.round,
      body: bodyOf(s, clock),
    }));

export type SharedCard = ReturnType<typeof sharedCards>[number];

/** Signals the team has answered, newest first, with the answer and who gave it. */
export const answeredSignals = (team: Team) =>
  team.signals
    .flatMap((s) =>
      s.response
        ? [
            {
              id: s.id,
              round: s.round,
              familyName: s.familyName,
              aspect: s.aspect,
              raisedBy: byline(s.by),
              answer: s.response.kind,
              answeredBy: byline(s.response.by),
            },
          ]
        : [],
    )
    .sort((a, b) => b.id - a.id);
