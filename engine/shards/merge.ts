import { type RegionPiece, regionReport, type YearSums } from '../report/close-year.ts';
import type { SimulationReport } from '../report/report-types.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import type { ShardResult } from './run-shard.ts';

/** The merged result of a sharded run: the report, as one state's, and the invariants' figures. */
export type ShardedRun = {
  report: SimulationReport;
  money: { paidByMunicipalities: number; receivedByProviders: number };
  population: ShardResult['population'];
};

/**
 * The region's report of one year from every shard's piece: the municipalities' sums are put back in the
 * scenario's municipality order before they are summed, so the floats never depend on which thread ran which
 * shard or in what order the shards finished; open providers and bankruptcies are whole counts, summed.
 */
const mergePieces = (
  count: number,
  year: number,
  parts: readonly { municipalities: readonly number[]; piece: RegionPiece }[],
) => {
  const sums: YearSums[] = new Array(count);
  let providers = 0;
  let bankruptcies = 0;
  for (const { municipalities, piece } of parts) {
    municipalities.forEach((g, i) => {
      sums[g] = piece.sums[i];
    });
    providers += piece.activeProviders;
    bankruptcies += piece.bankruptcies;
  }
  return regionReport(year, sums, providers, bankruptcies);
};

/** Puts the shards' results together into the report a single state of the whole scenario would give. */
export const mergeShards = (
  scenario: Scenario,
  seed: number,
  results: readonly ShardResult[],
): ShardedRun => {
  const shards = [...results].sort((a, b) => a.index - b.index);
  const n = scenario.municipalities.length;
  const covered = shards.reduce((a, s) => a + s.municipalities.length, 0);
  if (covered !== n) throw new Error(`shards cover ${covered} of ${n} municipalities`);
  const municipalities: SimulationReport['municipalities'] = new Array(n);
  const population: ShardResult['population'] = new Array(n);
  for (const s of shards) {
    s.municipalities.forEach((g, i) => {
      municipalities[g] = s.reports[i];
      population[g] = s.population[i];
    });
  }
  const yearCount = shards[0].years.length;
  const region = Array.from({ length: yearCount }, (_, y) =>
    mergePieces(
      n,
      shards[0].years[y].year,
      shards.map((s) => ({ municipalities: s.municipalities, piece: s.years[y].piece })),
    ),
  );
  // Named families in the scenario's order: by municipality, then script (a stable sort keeps the scripts').
  const families = shards
    .flatMap((s) => s.families)
    .sort((a, b) => a.municipality - b.municipality)
    .map((f) => f.report);
  const baselineParts = shards.flatMap((s) =>
    s.baseline ? [{ municipalities: s.municipalities, ...s.baseline }] : [],
  );
  const baselineYear =
    baselineParts.length === shards.length
      ? {
          municipalities: baselineParts
            .flatMap((b) => b.municipalities.map((g, i) => ({ g, report: b.reports[i] })))
            .sort((a, b) => a.g - b.g)
            .map((x) => x.report),
          region: mergePieces(n, scenario.startYear - 1, baselineParts),
        }
      : undefined;
  const report: SimulationReport = {
    scenario: scenario.id,
    seed: seed >>> 0,
    startYear: scenario.startYear,
    municipalities,
    region: { years: region },
    families,
    ...(baselineYear ? { baselineYear } : {}),
  };
  return {
    report,
    money: {
      paidByMunicipalities: shards.reduce((a, s) => a + s.money.paidByMunicipalities, 0),
      receivedByProviders: shards.reduce((a, s) => a + s.money.receivedByProviders, 0),
    },
    population,
  };
};
