// One nearest-rank quantile for the benchmarks, the batch summaries and the verkenner's bands.
export { quantile } from '../game/explorer/stats.ts';
