import { familyReport } from '../report/build-report.ts';
import { type RegionPiece, regionPieceOf } from '../report/close-year.ts';
import { moneyBalance, populationBalance } from '../report/invariants.ts';
import type { FamilyReport, MunicipalityReport, YearReport } from '../report/report-types.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { advanceYears, createSimulation } from '../simulation.ts';
import type { SimState } from '../state/sim-state.ts';
import { type ShardSpec, shardScenario } from './plan.ts';

/** Counts a benchmark reads from a shard's run (its calendar's events and pending set). */
export type ShardStats = { events: number; weeks: number; pendingSum: number; maxPending: number };

/**
 * What a shard hands back when its run is done: plain data (structured-cloneable, so it crosses threads),
 * municipalities and families tagged with their index in the whole scenario.
 */
export type ShardResult = {
  index: number;
  municipalities: number[];
  reports: MunicipalityReport[];
  /** Named families in the shard's order (municipality, then script), with their municipality's global index. */
  families: { municipality: number; report: FamilyReport }[];
  baseline?: { reports: YearReport[]; piece: RegionPiece };
  years: { year: number; piece: RegionPiece }[];
  money: ReturnType<typeof moneyBalance>;
  population: ReturnType<typeof populationBalance>;
  stats: ShardStats;
};

export type ShardRunOptions = {
  onWeek?: () => void;
  /** Counts the calendar's pending set every week (for the benchmark; a counter read). */
  stats?: boolean;
};

/** Builds one shard from the scenario (random streams keyed by the municipalities' global indices). */
export const createShard = (scenario: Scenario, spec: ShardSpec, seed: number): SimState =>
  createSimulation(shardScenario(scenario, spec), seed, spec.municipalities);

/** Runs one shard through the warm-up and `years` reported years, on its own. */
export const runShard = (
  scenario: Scenario,
  spec: ShardSpec,
  seed: number,
  years: number,
  options: ShardRunOptions = {},
): ShardResult => {
  const st = createShard(scenario, spec, seed);
  const result: ShardResult = {
    index: spec.index,
    municipalities: spec.municipalities,
    reports: [],
    families: [],
    years: [],
    money: { paidByMunicipalities: 0, receivedByProviders: 0 },
    population: [],
    stats: { events: 0, weeks: 0, pendingSum: 0, maxPending: 0 },
  };
  const stats = result.stats;
  const onWeek = options.onWeek;
  advanceYears(st, years, {
    onWeek: options.stats
      ? () => {
          const p = st.calendar.pending;
          stats.pendingSum += p;
          if (p > stats.maxPending) stats.maxPending = p;
          stats.weeks++;
          onWeek?.();
        }
      : onWeek,
    onYearClosed: (s, kind) => {
      const piece = regionPieceOf(s);
      if (kind === 'baseline' && s.baseline) {
        result.baseline = { reports: s.baseline.municipalities, piece };
      } else {
        result.years.push({ year: s.startYear + s.history[0].length - 1, piece });
      }
    },
  });
  stats.events = st.calendar.processed;
  result.reports = st.municipalities.map((m, i) => ({
    id: m.id,
    name: m.name,
    youth: m.youth,
    years: st.history[i],
  }));
  result.families = st.families.map((f) => ({
    municipality: spec.municipalities[f.municipality],
    report: familyReport(st, f),
  }));
  result.money = moneyBalance(st);
  result.population = populationBalance(st);
  return result;
};
