import type { RegionalDecisions, SeatView } from '../api/view-types.ts';
import { teamProgress } from './team-progress.ts';

/**
 * The regional package (GAME.md section 5) and the bounds of its fund share, as the engine's schema has them
 * (engine/scenario/decisions.ts regionalDecisionsSchema; a test checks they match).
 */
export const regionalItems = ['jointContracting', 'placementCoordination', 'developmentFundShare'] as const;
export type RegionalItem = (typeof regionalItems)[number];
export const developmentFundBounds = { min: 0, max: 0.03 } as const;

export type RegionalChange = { item: RegionalItem; from: number | boolean; to: number | boolean };

/** What a package changes against another: the items that differ, in the package's order. */
export const regionalDiff = (base: RegionalDecisions, next: RegionalDecisions): RegionalChange[] =>
  regionalItems.filter((k) => base[k] !== next[k]).map((k) => ({ item: k, from: base[k], to: next[k] }));

const packageOf = (d: RegionalDecisions): RegionalDecisions => ({
  jointContracting: d.jointContracting,
  placementCoordination: d.placementCoordination,
  developmentFundShare: d.developmentFundShare,
});

/**
 * The regional table: who has submitted, what is in force, what was agreed this round, the open proposal and
 * how each municipality voted. Wethouders propose and vote during overleg only (game/rules/regional-rules.ts).
 */
export const regionVm = (view: SeatView) => {
  const { teams, regionalTable, cards } = view.region;
  const mine = view.me.municipalityId;
  const names = new Map(teams.map((t) => [t.id, t.name]));
  const p = regionalTable.proposal;
  const adopted = regionalTable.adopted ? packageOf(regionalTable.adopted) : null;
  // A proposal is weighed against what the next calculation would apply: an agreed package, else the one in force.
  const base = adopted ?? regionalTable.inForce;
  const wethouder = view.me.roles.includes('wethouder') && mine !== null;
  const overleg = view.session.status === 'rounds' && view.session.phase === 'overleg';
  return {
    teams: teams.map((t) => ({
      ...t,
      mine: t.id === mine,
      progress: teamProgress(view.session, t.submitted),
    })),
    inForce: regionalTable.inForce,
    adopted: adopted && { decisions: adopted, changes: regionalDiff(regionalTable.inForce, adopted) },
    base,
    proposal: p && {
      id: p.id,
      decisions: p.decisions,
      changes: regionalDiff(base, p.decisions),
      by: names.get(p.municipalityId) ?? p.municipalityId,
      votes: p.votes.map((v) => ({
        name: names.get(v.municipalityId) ?? v.municipalityId,
        vote: v.vote,
        mine: v.municipalityId === mine,
      })),
      myVote: p.votes.find((v) => v.municipalityId === mine)?.vote ?? null,
    },
    cards: cards.filter((c) => c.active),
    wethouder,
    /** A new proposal replaces an open one, so a wethouder may always put a package on the table in overleg. */
    canPropose: wethouder && overleg,
    canVote: wethouder && overleg && p !== null,
  };
};

/** The proposal form as typed: two switches and the fund share in percent (text, so typing "1," is fine). */
export type ProposalForm = { jointContracting: boolean; placementCoordination: boolean; fundPercent: string };

export const proposalFormOf = (d: RegionalDecisions): ProposalForm => ({
  jointContracting: d.jointContracting,
  placementCoordination: d.placementCoordination,
  fundPercent: String(Math.round(d.developmentFundShare * 1000) / 10),
});

/** A percentage as typed (a Dutch comma or a point) to a share; null when it is not a number. */
export const shareOfPercent = (text: string): number | null => {
  const t = text.trim().replace(',', '.');
  if (t === '' || !/^\d*\.?\d*$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? Math.round(n * 10) / 1000 : null;
};

/**
 * The package the form would propose, what it changes against `base`, and whether it can be sent: not when
 * it changes nothing or is exactly the package already on the table (sending it again would restart the vote).
 */
export const proposalFormVm = (
  base: RegionalDecisions,
  form: ProposalForm,
  open: RegionalDecisions | null = null,
) => {
  const share = shareOfPercent(form.fundPercent);
  const fundError =
    share === null || share < developmentFundBounds.min || share > developmentFundBounds.max
      ? 'region.form.fundBounds'
      : null;
  const decisions: RegionalDecisions = {
    jointContracting: form.jointContracting,
    placementCoordination: form.placementCoordination,
    developmentFundShare: share ?? base.developmentFundShare,
  };
  const changes = fundError ? [] : regionalDiff(base, decisions);
  const onTable = open !== null && regionalDiff(open, decisions).length === 0;
  return {
    decisions,
    changes,
    fundError,
    onTable,
    canSend: fundError === null && changes.length > 0 && !onTable,
  };
};
