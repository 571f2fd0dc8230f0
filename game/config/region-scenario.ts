import { type Scenario, scenarioSchema } from '../../engine/index.ts';

type ProviderSpec = Scenario['providers'][number];

const weight = (ms: Scenario['municipalities']): number => ms.reduce((s, m) => s + m.youth * m.risk, 0);

/**
 * The region a session plays: the first `teams` municipalities of the scenario, or all of them when it has
 * fewer. Providers serve areas, so when municipalities are left out every provider of an area keeps its
 * place in the market but its staff and beds shrink to the kept share of the area's youths times risk (the
 * way scenarios/capacity.ts sizes capacity); areas left without municipalities lose their providers, and
 * policy changes aimed at a municipality left out are dropped.
 */
export const regionScenario = (scenario: Scenario, teams: number): Scenario => {
  if (scenario.municipalities.length <= teams) return scenario;
  const kept = scenario.municipalities.slice(0, teams);
  const share = new Map<string, number>();
  for (const area of new Set(scenario.municipalities.map((m) => m.area))) {
    const all = scenario.municipalities.filter((m) => m.area === area);
    share.set(area, weight(kept.filter((m) => m.area === area)) / weight(all));
  }
  const providers = scenario.providers
    .filter((p) => (share.get(p.area) ?? 0) > 0)
    .map((p) => scaleProvider(p, share.get(p.area) ?? 1));
  const keptIds = new Set(kept.map((m) => m.id));
  const policyChanges = scenario.policyChanges.filter(
    (c) => c.municipality === undefined || keptIds.has(c.municipality),
  );
  return scenarioSchema.parse({ ...scenario, municipalities: kept, providers, policyChanges });
};

const scaleProvider = (p: ProviderSpec, share: number): ProviderSpec => {
  if (share === 1) return p;
  // Residential and crisis providers need at least one bed to exist at all.
  const beds = p.beds > 0 ? Math.max(1, Math.round(p.beds * share)) : 0;
  return { ...p, fte: p.fte * share, beds };
};
