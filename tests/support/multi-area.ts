import type { Scenario } from '../../engine/index.ts';
import { loadPreset, type PresetPatch } from './presets.ts';

/**
 * A cut-down `nederland` for the shard tests: its smallest areas, a one-year warm-up, and the municipalities
 * interleaved across areas (sorted by id) so the merge must put them back in scenario order. With `changes`, a
 * scenario-wide regional change and a change of one municipality in the first reported year.
 */
export const smallNational = (areas = 3, changes = false): Scenario => {
  const full = loadPreset('nederland', { warmupWeeks: 52 });
  const kept = new Set(smallestAreas(full).slice(0, areas));
  const municipalities = full.municipalities
    .filter((m) => kept.has(m.area))
    .sort((a, b) => a.id.localeCompare(b.id));
  const year = full.startYear;
  return loadPreset('nederland', {
    warmupWeeks: 52,
    municipalities,
    providers: full.providers.filter((p) => kept.has(p.area)),
    policyChanges: changes
      ? [
          { year, decisions: {}, regional: { jointContracting: true } },
          { year, municipality: municipalities[1].id, decisions: { access: 'direct', funding: 'lumpsum' } },
        ]
      : [],
  });
};

/** Areas of `nederland` by youth, smallest first (ties by name). */
const smallestAreas = (full: Scenario): string[] => {
  const youth = new Map<string, number>();
  for (const m of full.municipalities) youth.set(m.area, (youth.get(m.area) ?? 0) + m.youth);
  return [...youth.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([a]) => a);
};

/**
 * `nederland`'s areas `picks` (positions among its areas from the smallest up), in that order and each area's
 * municipalities together, with a one-year warm-up: area k's municipalities then have the same indices in
 * every scenario that starts with the same areas.
 */
export const nationalAreas = (picks: readonly number[], patch: PresetPatch = {}): Scenario => {
  const full = loadPreset('nederland', { warmupWeeks: 52 });
  const areas = smallestAreas(full);
  const chosen = picks.map((i) => areas[i]);
  return loadPreset('nederland', {
    warmupWeeks: 52,
    municipalities: chosen.flatMap((a) => full.municipalities.filter((m) => m.area === a)),
    providers: chosen.flatMap((a) => full.providers.filter((p) => p.area === a)),
    ...patch,
  });
};
