/** Shared shapes of the benchmark harness (bench/run-bench.ts runs a list of named benchmarks). */

/** A figure is a number, or null when its benchmark was skipped (for example with --quick). */
export type BenchFigures = Record<string, number | null>;

export type BenchContext = {
  /** Project root, so child processes and preset lookups work from any working directory. */
  root: string;
  seed: number;
  quick: boolean;
};

export type Benchmark = {
  name: string;
  /** Skipped by --quick (slow runs); its figures are reported as null. */
  slow: boolean;
  /** Names of the figures this benchmark yields, so skipped runs still list them. */
  figures: readonly string[];
  /** `earlier` holds the figures of the benchmarks that ran before it (for ratios across benchmarks). */
  run: (ctx: BenchContext, earlier: Readonly<BenchFigures>) => Promise<BenchFigures>;
};
