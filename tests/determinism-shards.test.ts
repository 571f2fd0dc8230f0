import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  advanceYears,
  buildReport,
  createSimulation,
  mergeShards,
  runScenario,
  runShard,
  runShardedScenario,
  type SimulationReport,
  shardPlan,
} from '../engine/index.ts';
import { runShardsOnWorkers } from '../server/cli/shards/shard-pool.ts';
import { nationalAreas, smallNational } from './support/multi-area.ts';
import { loadPreset, repoRoot } from './support/presets.ts';

/**
 * Area shards (engine/shards, docs/performance.md section 4): a headless run of a scenario of several areas is
 * one self-contained simulation per area, merged in municipality order. The report must not depend on the
 * number of worker threads, a shard must draw what its municipalities draw in any split of the scenario, and a
 * scenario of one area must run exactly as before.
 */
const text = (r: SimulationReport): string => JSON.stringify(r);
const municipalitiesOf = (r: SimulationReport, ids: Set<string>) => ({
  municipalities: r.municipalities.filter((m) => ids.has(m.id)),
  families: r.families.filter((f) => ids.has(f.municipality)),
});

describe('area shards', () => {
  it('a scenario of one area is one shard, and the merge gives exactly the single state report', () => {
    const scenario = loadPreset('west-brabant-west', { warmupWeeks: 52 });
    const plan = shardPlan(scenario);
    expect(plan).toHaveLength(1);
    const st = createSimulation(scenario, 3);
    advanceYears(st, 2);
    const single = text(buildReport(st));
    expect(text(runScenario(scenario, 3, 2))).toBe(single);
    // The region's years and the baseline merged from the shard's year sums, as close-year.ts merges them.
    expect(text(mergeShards(scenario, 3, [runShard(scenario, plan[0], 3, 2)]).report)).toBe(single);
  });

  it('one shard per area, in the order the areas first appear, whatever the municipalities order', () => {
    const scenario = smallNational(3);
    const plan = shardPlan(scenario);
    expect(plan.map((s) => s.area)).toEqual([...new Set(scenario.municipalities.map((m) => m.area))]);
    expect(plan.flatMap((s) => s.municipalities).sort((a, b) => a - b)).toEqual(
      scenario.municipalities.map((_, i) => i),
    );
    // The fixture interleaves the areas, so the merge has to put every municipality back in its place.
    expect(
      plan.some((s) => s.municipalities.some((g, i) => i > 0 && g !== s.municipalities[i - 1] + 1)),
    ).toBe(true);
  });

  // Areas A and B (the two smallest), each a contiguous block of municipalities, A first.
  const regional = { year: 2026, decisions: {}, regional: { jointContracting: true } };
  const areaA = nationalAreas([0], { policyChanges: [regional] });
  const idsA = new Set(areaA.municipalities.map((m) => m.id));
  const areaB = nationalAreas([1]);
  const idsB = new Set(areaB.municipalities.map((m) => m.id));
  // A change for a municipality of B (it must not reach A) and a regional change for all (it must reach A).
  const change = {
    year: 2026,
    municipality: areaB.municipalities[0].id,
    decisions: { access: 'direct' as const },
  };
  const ab = nationalAreas([0, 1], { policyChanges: [regional, change] });
  const abRun = runShardedScenario(ab, 9, 2);

  it('a shard is its area on its own: the first area of a run equals a run of that area alone', () => {
    const alone = runScenario(areaA, 9, 2);
    expect(text(abRun.report)).not.toBe(text(alone));
    expect(municipalitiesOf(abRun.report, idsA)).toEqual(municipalitiesOf(alone, idsA));
    // The regional change reached A: without it, A runs differently.
    const withoutChange = runScenario(nationalAreas([0]), 9, 2);
    expect(municipalitiesOf(withoutChange, idsA)).not.toEqual(municipalitiesOf(alone, idsA));
  });

  it("streams are keyed by the municipality's index in the whole scenario: adding an area after changes no other", () => {
    const abc = runShardedScenario(nationalAreas([0, 1, 2], { policyChanges: [regional, change] }), 9, 2);
    const both = new Set([...idsA, ...idsB]);
    expect(municipalitiesOf(abc.report, both)).toEqual(municipalitiesOf(abRun.report, both));
    // B keyed from index 0 (alone) draws other numbers than B keyed after A.
    const bAlone = runScenario(nationalAreas([1], { policyChanges: [regional, change] }), 9, 2);
    expect(municipalitiesOf(bAlone, idsB)).not.toEqual(municipalitiesOf(abRun.report, idsB));
  });

  it('the merged run keeps the conservation laws: every youth counted once, every euro paid arrives', () => {
    expect(abRun.population).toHaveLength(ab.municipalities.length);
    for (const b of abRun.population) expect(b.healthy + b.inEpisodes, b.municipality).toBe(b.youth);
    const { paidByMunicipalities: paid, receivedByProviders: received } = abRun.money;
    expect(paid).toBeGreaterThan(0);
    expect(Math.abs(paid - received)).toBeLessThan(1e-6 * paid);
    // The region's years sum the municipalities' (counts are exact sums).
    const year = abRun.report.region.years[1];
    expect(year.youthInCare).toBe(
      abRun.report.municipalities.reduce((a, m) => a + m.years[1].youthInCare, 0),
    );
    expect(abRun.report.region.years).toHaveLength(2);
    expect(abRun.report.baselineYear?.municipalities).toHaveLength(ab.municipalities.length);
  });

  describe('on worker threads', () => {
    const scenario = smallNational(4, true);
    const inThread = text(runScenario(scenario, 21, 2));

    it.each([1, 2, 3])(
      '%i workers give the byte-identical report',
      async (workers) => {
        let progress = 0;
        const run = await runShardsOnWorkers(scenario, 21, 2, {
          workers,
          onProgress: (done, total) => {
            expect(done).toBeLessThanOrEqual(total);
            progress = done;
          },
        });
        expect(text(run.report)).toBe(inThread);
        expect(progress).toBe(4 * (52 + 104));
      },
      120_000,
    );

    const dir = mkdtempSync(join(tmpdir(), 'shards-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('the compiled CLI runs the shards on its built worker, with the same report for 1 and 3 workers', () => {
      const file = join(dir, 'small-national.json');
      writeFileSync(file, JSON.stringify(scenario));
      const cli = (workers: number) =>
        spawnSync(
          process.execPath,
          [
            'bin/monopolycentrisme.js',
            'simulate',
            '--scenario',
            file,
            '--years',
            '2',
            '--seed',
            '21',
            '--workers',
            String(workers),
          ],
          { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        );
      const one = cli(1);
      const three = cli(3);
      expect(one.status, one.stderr).toBe(0);
      expect(three.status, three.stderr).toBe(0);
      expect(three.stdout).toBe(one.stdout);
      expect(JSON.parse(three.stdout)).toEqual(JSON.parse(inThread));
    }, 120_000);

    it('real nederland (42 areas, no warm-up, 1 year): 2 workers equal one thread', async () => {
      const full = loadPreset('nederland', { warmupWeeks: 0, namedFamilies: [] });
      expect(shardPlan(full)).toHaveLength(42);
      const run = await runShardsOnWorkers(full, 4, 1, { workers: 2 });
      expect(text(run.report)).toBe(text(runScenario(full, 4, 1)));
    }, 300_000);
  });
});
