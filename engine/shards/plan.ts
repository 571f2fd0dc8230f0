import type { Scenario } from '../scenario/scenario-schema.ts';

/**
 * One area shard: an area's municipalities (by their index in the whole scenario) and its providers, simulated
 * as a self-contained state (docs/performance.md section 4). The split depends only on the scenario, never on
 * the number of threads that run the shards.
 */
export type ShardSpec = {
  /** Position in the plan (areas in the order they first appear among the municipalities). */
  index: number;
  area: string;
  /** Indices in `scenario.municipalities`, ascending. */
  municipalities: number[];
  youth: number;
};

/** One shard per area, in the order the areas first appear. */
export const shardPlan = (scenario: Scenario): ShardSpec[] => {
  const byArea = new Map<string, ShardSpec>();
  scenario.municipalities.forEach((m, i) => {
    let spec = byArea.get(m.area);
    if (!spec) {
      spec = { index: byArea.size, area: m.area, municipalities: [], youth: 0 };
      byArea.set(m.area, spec);
    }
    spec.municipalities.push(i);
    spec.youth += m.youth;
  });
  return [...byArea.values()];
};

/** A headless run of this scenario is split into area shards: it has more than one area. */
export const isMultiArea = (scenario: Scenario): boolean =>
  scenario.municipalities.some((m) => m.area !== scenario.municipalities[0].area);

/** The order in which a pool of threads takes the shards: the most youths first (longest processing time). */
export const largestFirst = (plan: readonly ShardSpec[]): ShardSpec[] =>
  [...plan].sort((a, b) => b.youth - a.youth || a.index - b.index);

/**
 * The scenario of one shard: its area's municipalities and providers, and the policy changes that reach it
 * (those for the whole scenario, which each shard applies at its own year start, like a broadcast, and those
 * naming one of its municipalities). Everything else (parameters, regional decisions, warm-up) is shared.
 */
export const shardScenario = (scenario: Scenario, spec: ShardSpec): Scenario => {
  const municipalities = spec.municipalities.map((i) => scenario.municipalities[i]);
  const ids = new Set(municipalities.map((m) => m.id));
  return {
    ...scenario,
    municipalities,
    providers: scenario.providers.filter((p) => p.area === spec.area),
    policyChanges: scenario.policyChanges.filter(
      (c) => c.municipality === undefined || ids.has(c.municipality),
    ),
  };
};
