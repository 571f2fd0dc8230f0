import type { FamilyEvent, FamilyEventKind } from '../../engine/index.ts';

/** The stations of a family's route through the system, as the debrief's Sankey shows them. */
export const routeStages = [
  'begin',
  'hulpvraag',
  'toegang',
  'wachten',
  'hulp',
  'wisseling',
  'erger',
  'thuiszitten',
  'uithuis',
  'afgehaakt',
  'vroeg-gesloten',
  'afgerond',
  'klein-gebleven',
] as const;
export type RouteStage = (typeof routeStages)[number];

/**
 * Which station an event puts the family in; null for events inside a station (a review during help, a letter
 * during access). Coming back after giving up is asking for help again; a re-referral is access again.
 */
const stageOf: Record<FamilyEventKind, RouteStage | null> = {
  onset: 'begin',
  signal: 'hulpvraag',
  returned: 'hulpvraag',
  desk: 'toegang',
  intake: 'toegang',
  letter: null,
  're-referral': 'toegang',
  waiting: 'wachten',
  'care-start': 'hulp',
  review: null,
  'continuity-break': 'wisseling',
  transfer: 'wisseling',
  escalation: 'erger',
  'out-of-school': 'thuiszitten',
  placement: 'uithuis',
  'gave-up': 'afgehaakt',
  'early-closure': 'vroeg-gesloten',
  resolved: 'afgerond',
  'stayed-small': 'klein-gebleven',
  // Youth care ends at 18 (or at 23 after an extension): the family's route through it ends there too.
  'aged-out': 'afgerond',
};

/**
 * Assumption: help that starts four or more weeks after the family's previous station counts as waiting even
 * when the engine logged no queue (the weeks went into intake, letters and a beschikking).
 */
export const WAIT_WEEKS = 4;

export type RouteStep = { stage: RouteStage; week: number };

/** The family's route in time order: one step per station entered, repeats only after another station. */
export const familyRoute = (events: readonly Pick<FamilyEvent, 'week' | 'kind'>[]): RouteStep[] => {
  const route: RouteStep[] = [];
  for (const e of events) {
    const stage = stageOf[e.kind];
    if (stage === null) continue;
    const previous = route.at(-1);
    if (previous?.stage === stage) continue;
    if (stage === 'hulp' && previous && previous.stage !== 'wachten' && e.week - previous.week >= WAIT_WEEKS)
      route.push({ stage: 'wachten', week: lastWeekBefore(events, e.week, previous.week) });
    route.push({ stage, week: e.week });
  }
  return route;
};

/** Waiting starts after the last paperwork (a letter, an intake) that came before the help. */
const lastWeekBefore = (events: readonly Pick<FamilyEvent, 'week'>[], week: number, floor: number): number =>
  events.reduce((w, e) => (e.week < week && e.week > w ? e.week : w), floor);

/** A Sankey with more columns than this is unreadable on a laptop; longer routes are folded (foldRoute). */
export const MAX_COLUMNS = 8;

export type FlowStage = RouteStage | 'omweg';

/**
 * A long route (a family sent back and forth) as at most MAX_COLUMNS stations: its first steps, one "detour"
 * station for the steps in between, and where it ended. The timeline still shows every event.
 */
export const foldRoute = (route: readonly { stage: RouteStage }[]): FlowStage[] => {
  const stages = route.map((r) => r.stage);
  if (stages.length <= MAX_COLUMNS) return stages;
  return [...stages.slice(0, MAX_COLUMNS - 2), 'omweg', stages[stages.length - 1]];
};

/**
 * The routes of one family in several municipalities as Sankey flows. A node is a station at its position in
 * the (folded) route, so a family that gets help twice passes two "help" nodes and the graph has no cycles,
 * which a Sankey needs; each municipality adds one unit along its route. Flow is conserved: what enters a
 * node leaves it, or ends there.
 */
export const routeFlows = (routes: readonly { route: readonly RouteStep[] }[]) => {
  const nodes = new Map<string, { id: string; stage: FlowStage; depth: number; ends: number }>();
  const links = new Map<string, { source: string; target: string; value: number }>();
  for (const { route } of routes) {
    const stages = foldRoute(route);
    stages.forEach((stage, depth) => {
      const id = `${depth}:${stage}`;
      const node = nodes.get(id) ?? { id, stage, depth, ends: 0 };
      nodes.set(id, node);
      if (depth === stages.length - 1) node.ends += 1;
      if (depth === 0) return;
      const source = `${depth - 1}:${stages[depth - 1]}`;
      const link = links.get(`${source}>${id}`) ?? { source, target: id, value: 0 };
      link.value += 1;
      links.set(`${source}>${id}`, link);
    });
  }
  return { nodes: [...nodes.values()], links: [...links.values()] };
};

export type RouteFlows = ReturnType<typeof routeFlows>;
