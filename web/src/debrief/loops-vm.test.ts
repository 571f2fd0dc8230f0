import { describe, expect, it } from 'vitest';
import { playedGame } from '../test-support/played-game.ts';
import type { Debrief } from './debrief-vm.ts';
import { LOOP_BOX, loopGeometry, wrapLabel } from './loop-geometry.ts';
import { loopsVm, REGION } from './loops-vm.ts';

const debrief = playedGame(2).facilitator.debrief as Debrief;

describe('loopsVm', () => {
  it('shows the six loops with their cycle, R or B, and the region highlighted by default', () => {
    const vm = loopsVm(debrief, 'nl', REGION);
    expect(vm.loops).toHaveLength(6);
    expect(vm.scopes.map((s) => s.id)).toEqual([
      REGION,
      ...debrief.meetbaarMerkbaar.map((m) => m.municipalityId),
    ]);
    for (const l of vm.loops) {
      expect(['R', 'B']).toContain(l.kind);
      expect(l.steps.length).toBeGreaterThanOrEqual(3);
      expect(l.perMunicipality).toHaveLength(vm.municipalities.length);
    }
    expect(vm.loops.filter((l) => l.dominant).map((l) => l.id)).toEqual(
      debrief.loops.filter((l) => l.dominant).map((l) => l.id),
    );
    expect(vm.loops.find((l) => l.id === 'wachtspiraal')?.steps[0].label).toBe('Wachttijd');
    expect(loopsVm(debrief, 'en', REGION).loops.find((l) => l.id === 'wachtspiraal')?.steps[0].label).toBe(
      'Waiting time',
    );
  });

  it("highlights a municipality's own strongest loops and keeps the order fixed", () => {
    const id = debrief.meetbaarMerkbaar[1].municipalityId;
    const vm = loopsVm(debrief, 'nl', id);
    expect(vm.scope).toBe(id);
    expect(vm.loops.map((l) => l.id)).toEqual(loopsVm(debrief, 'nl', REGION).loops.map((l) => l.id));
    const own = debrief.loops.filter((l) => l.municipalities.find((m) => m.municipalityId === id)?.dominant);
    expect(vm.loops.filter((l) => l.dominant).map((l) => l.id)).toEqual(own.map((l) => l.id));
    for (const l of vm.loops) expect(l.score).toBe(l.perMunicipality.find((m) => m.id === id)?.score);
  });

  it('falls back to the region for an unknown municipality', () => {
    expect(loopsVm(debrief, 'nl', 'nowhere').scope).toBe(REGION);
  });
});

describe('loopGeometry', () => {
  it('puts the variables on a circle inside the box, one arc per link', () => {
    for (const n of [3, 4, 5, 6]) {
      const g = loopGeometry(Array.from({ length: n }, () => ['Ernst van', 'problemen']));
      expect(g.nodes).toHaveLength(n);
      expect(g.arcs).toHaveLength(n);
      for (const p of [...g.nodes, ...g.arcs.map((a) => a.sign)]) {
        expect(p.x).toBeGreaterThan(0);
        expect(p.x).toBeLessThan(LOOP_BOX.width);
        expect(p.y).toBeGreaterThan(0);
        expect(p.y).toBeLessThan(LOOP_BOX.height);
      }
      // The first variable sits at the top, the others clockwise.
      expect(g.nodes[0].x).toBe(LOOP_BOX.width / 2);
      expect(g.nodes[1].x).toBeGreaterThan(g.nodes[0].x);
    }
  });

  it('keeps arrows clear of wide names, and short arrows when names crowd', () => {
    const narrow = loopGeometry([['A'], ['B'], ['C']]);
    const wide = loopGeometry(
      [['Wisselingen'], ['van'], ['hulpverlener']].map(() => ['Wisselingen van', 'hulpverlener']),
    );
    const start = (path: string) => Number(path.split(' ')[1]);
    // The first arrow leaves the top name further to the right when the name is wider.
    expect(start(wide.arcs[0].path)).toBeGreaterThan(start(narrow.arcs[0].path));
    const crowded = loopGeometry(Array.from({ length: 8 }, () => ['Vertrouwen,', 'gezien worden']));
    expect(crowded.arcs.every((a) => a.path.includes(' A '))).toBe(true);
  });

  it('wraps long names over lines of about fourteen characters', () => {
    expect(wrapLabel('Wisselingen van hulpverlener')).toEqual(['Wisselingen', 'van', 'hulpverlener']);
    expect(wrapLabel('Vraag naar zware zorg')).toEqual(['Vraag naar', 'zware zorg']);
    expect(wrapLabel('Wachttijd')).toEqual(['Wachttijd']);
  });
});
