import { describe, expect, it } from 'vitest';
import { tinyScenario } from '../test-support/tiny-game.ts';
import { gameConfigSchema, parseGameConfig, sessionScenario } from './game-config.ts';
import { presetIds, presetScenario } from './presets.ts';

describe('game config', () => {
  it('fills sensible defaults: 4 teams, 6 rounds, Dutch, no dashboard score, timers per phase', () => {
    const c = gameConfigSchema.parse({ scenario: 'npm-typisch', seed: 1 });
    expect(c).toMatchObject({
      municipalities: 4,
      rounds: 6,
      shortMode: false,
      language: 'nl',
      dashboardScore: false,
      emptyRoles: 'merge',
      providerTeam: false,
      roundTimerSeconds: { signalen: 180, overleg: 720, doorrekenen: 15, terugblik: 240 },
    });
  });

  it.each([
    [{ municipalities: 1 }, 'municipalities'],
    [{ municipalities: 13 }, 'municipalities'],
    [{ rounds: 3 }, 'rounds'],
    [{ rounds: 11 }, 'rounds'],
    [{ rounds: 6, shortMode: true }, 'rounds'],
    [{ seed: -1 }, 'seed'],
    [{ seed: 1.5 }, 'seed'],
    [{ language: 'de' }, 'language'],
    [{ roundTimerSeconds: { overleg: -5 } }, 'roundTimerSeconds.overleg'],
    [{ extra: true }, ''],
  ])('refuses %j', (over, path) => {
    const r = parseGameConfig({ scenario: 'npm-typisch', seed: 1, ...over });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });

  it('short mode allows up to five rounds of two years (2026-2035)', () => {
    expect(parseGameConfig({ scenario: 'npm-typisch', seed: 1, rounds: 5, shortMode: true }).ok).toBe(true);
  });

  it('refuses an unknown preset id and a broken scenario object', () => {
    expect(parseGameConfig({ scenario: 'atlantis', seed: 1 }).ok).toBe(false);
    expect(parseGameConfig({ scenario: { ...tinyScenario(), municipalities: [] }, seed: 1 }).ok).toBe(false);
  });

  it('accepts a scenario object and plays its first N municipalities', () => {
    const c = gameConfigSchema.parse({ scenario: tinyScenario(), seed: 1, municipalities: 2 });
    expect(sessionScenario(c).municipalities.map((m) => m.id)).toEqual(['oostdal', 'westerveen']);
  });

  it("leaves a scenario's policy changes out of a session: the teams hold the levers", () => {
    const policyChanges = [
      { year: 2027, decisions: { access: 'direct' } },
      { year: 2028, municipality: 'zuidwaard', decisions: { mandate: 0.9 } },
    ];
    for (const municipalities of [2, 12]) {
      const c = gameConfigSchema.parse({
        scenario: { ...tinyScenario(), policyChanges },
        seed: 1,
        municipalities,
      });
      expect(c.scenario).toMatchObject({ policyChanges });
      expect(sessionScenario(c).policyChanges).toEqual([]);
    }
  });
});

describe('presets without file IO', () => {
  it.each(presetIds)('%s builds, parses and carries its own id', (id) => {
    expect(presetScenario(id).id).toBe(id);
  });

  it('a single-municipality preset gives a session of one team whatever N asks', () => {
    const c = gameConfigSchema.parse({ scenario: 'veendam-jep', seed: 1, municipalities: 5 });
    expect(sessionScenario(c).municipalities).toHaveLength(1);
  });
});
