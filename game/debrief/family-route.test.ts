import { describe, expect, it } from 'vitest';
import type { FamilyEventKind } from '../../engine/index.ts';
import { playTo, withSeats } from '../test-support/tiny-game.ts';
import { debriefEvidence } from './debrief-evidence.ts';
import { familyRoute, foldRoute, MAX_COLUMNS, routeFlows, routeStages, WAIT_WEEKS } from './family-route.ts';

const events = (...list: [number, FamilyEventKind][]) => list.map(([week, kind]) => ({ week, kind }));

describe('familyRoute', () => {
  it('turns events into stations in time order, paperwork and reviews inside their station', () => {
    const route = familyRoute(
      events([2, 'onset'], [16, 'signal'], [16, 'desk'], [16, 'intake'], [17, 'letter'], [18, 'care-start']),
    );
    expect(route).toEqual([
      { stage: 'begin', week: 2 },
      { stage: 'hulpvraag', week: 16 },
      { stage: 'toegang', week: 16 },
      { stage: 'hulp', week: 18 },
    ]);
  });

  it('counts long weeks before help as waiting, from the last letter', () => {
    const route = familyRoute(
      events(
        [16, 'signal'],
        [16, 'intake'],
        [17, 'letter'],
        [17 + WAIT_WEEKS + 6, 'care-start'],
        [40, 'review'],
      ),
    );
    expect(route.map((s) => s.stage)).toEqual(['hulpvraag', 'toegang', 'wachten', 'hulp']);
    expect(route[2].week).toBe(17);
  });

  it('shows a family that gives up and comes back as a second request for help', () => {
    const route = familyRoute(
      events(
        [1, 'signal'],
        [1, 'waiting'],
        [9, 'gave-up'],
        [30, 'returned'],
        [30, 'desk'],
        [31, 'care-start'],
      ),
    );
    expect(route.map((s) => s.stage)).toEqual([
      'hulpvraag',
      'wachten',
      'afgehaakt',
      'hulpvraag',
      'toegang',
      'hulp',
    ]);
  });
});

describe('routeFlows', () => {
  it('adds one unit per municipality along its route and conserves flow at every node', () => {
    const a = familyRoute(
      events([0, 'onset'], [3, 'signal'], [3, 'desk'], [5, 'care-start'], [30, 'resolved']),
    );
    const b = familyRoute(events([0, 'onset'], [3, 'signal'], [3, 'desk'], [4, 'gave-up']));
    const c = familyRoute(events([0, 'onset'], [1, 'stayed-small']));
    const { nodes, links } = routeFlows([{ route: a }, { route: b }, { route: c }]);
    for (const n of nodes) {
      const inflow = links.filter((l) => l.target === n.id).reduce((s, l) => s + l.value, 0);
      const outflow = links.filter((l) => l.source === n.id).reduce((s, l) => s + l.value, 0);
      expect(n.depth === 0 ? 3 : inflow).toBe(outflow + n.ends);
    }
    expect(links.find((l) => l.source === '0:begin' && l.target === '1:hulpvraag')?.value).toBe(2);
    const endings = nodes.filter((n) => n.ends > 0).map((n) => n.id);
    expect(endings.sort()).toEqual(['1:klein-gebleven', '3:afgehaakt', '4:afgerond']);
  });
});

describe('foldRoute', () => {
  it('keeps a short route and folds a long one into its start, a detour and its end', () => {
    const short = familyRoute(events([0, 'onset'], [1, 'signal'], [2, 'care-start'], [30, 'resolved']));
    expect(foldRoute(short)).toEqual(['begin', 'hulpvraag', 'hulp', 'afgerond']);
    const backAndForth = familyRoute(
      events(
        [0, 'onset'],
        [1, 'signal'],
        [1, 'desk'],
        [2, 'care-start'],
        [9, 'early-closure'],
        [20, 'returned'],
        [20, 'desk'],
        [21, 'care-start'],
        [30, 'continuity-break'],
        [31, 'care-start'],
        [40, 'out-of-school'],
      ),
    );
    const folded = foldRoute(backAndForth);
    expect(backAndForth.length).toBeGreaterThan(MAX_COLUMNS);
    expect(folded).toHaveLength(MAX_COLUMNS);
    expect(folded.slice(-2)).toEqual(['omweg', 'thuiszitten']);
    expect(routeFlows([{ route: backAndForth }]).nodes.map((n) => n.depth)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('families in the debrief', () => {
  const s = playTo(withSeats({}), 4, 'terugblik');
  const d = debriefEvidence(s);

  it('carries each journey with its events, route and Sankey flows that sum to the municipalities', () => {
    for (const f of d.families) {
      expect(f.startYear).toBe(s.startYear);
      expect(f.journeys).toHaveLength(3);
      const first = f.flows.nodes.filter((n) => n.depth === 0);
      expect(first.map((n) => n.stage)).toEqual(['begin']);
      const total = f.flows.nodes.reduce((sum, n) => sum + n.ends, 0);
      expect(total).toBe(f.journeys.filter((j) => j.route.length > 0).length);
      for (const j of f.journeys) {
        const weeks = j.events.map((e) => e.week);
        expect(weeks).toEqual([...weeks].sort((x, y) => x - y));
        expect(j.route.every((r) => routeStages.includes(r.stage))).toBe(true);
        // Every station of the route comes from an event of this journey, in the same weeks.
        expect(j.route.length).toBeLessThanOrEqual(j.events.length + 1);
        expect(Object.keys(j.events[0] ?? {}).sort()).toEqual(['kind', 'week']);
      }
    }
  });
});
