import { describe, expect, it } from 'vitest';
import { decisionsSchema, type YearReport } from '../../engine/index.ts';
import { loopIds, loopKind, loopStructure } from './loop-structure.ts';
import { dominantLoops } from './loops.ts';

describe('loop structure', () => {
  it('gives each of the six loops a closed cycle of named variables', () => {
    expect(loopIds).toHaveLength(6);
    for (const id of loopIds) {
      const { steps } = loopStructure(id);
      expect(steps.length).toBeGreaterThanOrEqual(3);
      // A cycle visits each variable once before it closes.
      expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
      for (const s of steps) expect(s.label.nl && s.label.en).toBeTruthy();
    }
  });

  it('reads reinforcing and balancing from the number of negative links', () => {
    expect(loopKind([{ polarity: 1 }, { polarity: 1 }])).toBe('R');
    expect(loopKind([{ polarity: -1 }, { polarity: -1 }, { polarity: 1 }])).toBe('R');
    expect(loopKind([{ polarity: 1 }, { polarity: -1 }])).toBe('B');
    expect(loopStructure('wachtspiraal').kind).toBe('R');
    expect(loopStructure('indicatorgaming').kind).toBe('B');
    expect(loopStructure('klein-blijft-klein').kind).toBe('R');
  });

  it('names a variable the same in every loop it sits in, so loops visibly touch', () => {
    const labels = new Map<string, string>();
    for (const id of loopIds)
      for (const s of loopStructure(id).steps) {
        expect(labels.get(s.id) ?? s.label.nl).toBe(s.label.nl);
        labels.set(s.id, s.label.nl);
      }
    const inLoops = (v: string) => loopIds.filter((id) => loopStructure(id).steps.some((s) => s.id === v));
    expect(inLoops('wachttijd')).toEqual(['wachtspiraal', 'administratie-en-uitval']);
  });
});

const year = (over: Partial<YearReport>): YearReport =>
  ({
    year: 2026,
    weeksToFirstHelp: { median: 2, p90: 5, mean: 2 },
    gaveUp: 0,
    newEpisodes: 100,
    gamingLevel: 0.1,
    adminShare: 0.15,
    sickLeave: 0.01,
    bankruptcies: 0,
    activeProviders: 10,
    stayedSmall: 0,
    trust: 0.5,
    ...over,
  }) as YearReport;

describe('dominant loops per municipality', () => {
  it('marks the loops that ran each municipality, which may differ from the region', () => {
    const team = (id: string, y: Partial<YearReport>) => ({
      id,
      name: id,
      youth: 1000,
      years: [year(y)],
      decisions: decisionsSchema.parse({ tariffLevel: 1, sharedLedger: true }),
    });
    const loops = dominantLoops([
      team('a', { gamingLevel: 0.95, weeksToFirstHelp: { median: 12, p90: 20, mean: 12 } }),
      team('b', { gamingLevel: 0.9, weeksToFirstHelp: { median: 12, p90: 20, mean: 12 } }),
      team('c', { adminShare: 0.45, sickLeave: 0.1, stayedSmall: 100 }),
    ]);
    const dominantIn = (m: string) =>
      loops.filter((l) => l.municipalities.find((x) => x.municipalityId === m)?.dominant).map((l) => l.id);
    expect(dominantIn('a').sort()).toEqual(['indicatorgaming', 'wachtspiraal']);
    expect(dominantIn('c').sort()).toEqual(['administratie-en-uitval', 'klein-blijft-klein']);
    expect(loops.every((l) => l.kind === 'R' || l.kind === 'B')).toBe(true);
    expect(loops.find((l) => l.id === 'tariefrace')?.steps.map((s) => s.id)[0]).toBe('tariefdruk');
  });
});
