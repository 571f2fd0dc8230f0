import { describe, expect, it } from 'vitest';
import { playedGame } from '../test-support/played-game.ts';
import { ervaringsdeskundigeVm } from './ervaringsdeskundige-vm.ts';
import { sessionClock } from './family-card-vm.ts';
import { familyStory, MAX_EVENT_LINES, whenOf } from './family-story.ts';
import { inkoperVm } from './inkoper-vm.ts';
import { dashboardKpis } from './lens-kpis.ts';
import { followDebrief, playTabs, sessionBanner, soloControls } from './play-vm.ts';
import { professionalVm } from './professional-vm.ts';
import { regionVm } from './region-vm.ts';
import { teamVm } from './team-vm.ts';
import { wethouderVm } from './wethouder-vm.ts';

const game = playedGame(1);
const ann = game.seat('ann');
const bo = game.seat('bo');

describe('play view models over real seat views', () => {
  it('gives a tab per held role, then team and region', () => {
    expect(playTabs(ann)).toEqual([...ann.me.roles.filter((r) => r !== 'aanbieder'), 'team', 'region']);
    expect(playTabs(ann)[0]).toBe('wethouder');
    expect(playTabs(bo)).toContain('ervaringsdeskundige');
  });

  it('counts the phase down to the deadline, or shows the paused remainder', () => {
    const b = sessionBanner(ann.session, ann.session.timer.deadline! - 65_000);
    expect(b).toMatchObject({
      round: 2,
      phase: 'signalen',
      remainingMs: 65_000,
      canDecide: true,
      canSubmit: false,
    });
    expect(sessionBanner({ ...ann.session, phase: 'overleg' }, 0).canSubmit).toBe(true);
    const paused = { ...ann.session, timer: { ...ann.session.timer, paused: true, remainingMs: 5000 } };
    expect(sessionBanner(paused, 0).remainingMs).toBe(5000);
  });

  it('shows the wethouder registered numbers and what a submission would change', () => {
    const team = ann.team!;
    const vm = wethouderVm(ann, team, { tariffLevel: 1.1 }, { spend: 'S', budget: 'B' });
    expect(vm.kpis.find((k) => k.key === 'registeredClients')?.value).toBeGreaterThan(0);
    // The baseline year (the warm-up's last) and the year played.
    expect(vm.chart.categories).toEqual(['2025', '2026']);
    expect(vm.board.map((b) => b.line)).toEqual(['aanval', 'middenveld', 'verdediging']);
    expect(vm.board.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 6);
    expect(vm.changes).toEqual([{ lever: 'tariffLevel', from: team.decisions.tariffLevel, to: 1.1 }]);
    expect(vm.kpis.find((k) => k.key === 'spend')?.value).toBeGreaterThan(0);
    // Before any year is calculated, last year's spend is unknown, not zero.
    const beleid = ann.lenses.beleid!;
    const fresh = { ...ann, lenses: { ...ann.lenses, beleid: { ...beleid, series: [] } } };
    expect(
      wethouderVm(fresh, team, {}, { spend: 'S', budget: 'B' }).kpis.find((k) => k.key === 'spend')?.value,
    ).toBeNull();
  });

  it('lists the providers with bankrupt ones last and the week of the local team', () => {
    const ink = inkoperVm(ann);
    expect(ink.providers.length).toBeGreaterThan(0);
    const firstBankrupt = ink.providers.findIndex((p) => p.bankrupt);
    if (firstBankrupt >= 0) expect(ink.providers.slice(firstBankrupt).every((p) => p.bankrupt)).toBe(true);
    const pro = professionalVm(bo);
    const admin = pro.kpis.find((k) => k.key === 'adminHoursPerWeek')?.value ?? 0;
    expect(admin).toBeGreaterThan(0);
    expect(pro.hoursOfTheWeek!.admin + pro.hoursOfTheWeek!.families).toBeCloseTo(36, 6);
    // Families in guidance and how full the local team is, from the same counts the engine queues on.
    const team = bo.lenses.praktijk!['local-team'];
    expect(pro.kpis.find((k) => k.key === 'localTeamFamilies')?.value).toBe(team.casesInHand);
    const occupancy = pro.kpis.find((k) => k.key === 'localTeamOccupancy')?.value ?? -1;
    expect(occupancy).toBeCloseTo(team.casesInHand / team.slots, 12);
    expect(occupancy).toBeGreaterThanOrEqual(0);
    expect(occupancy).toBeLessThanOrEqual(1);
  });

  it('tells each named family as a timeline and a kitchen-table story', () => {
    const vm = ervaringsdeskundigeVm(bo);
    expect(vm.families.map((f) => f.key).sort()).toEqual(['ryan', 'sara']);
    const fam = bo.lenses.leefwereld!.families[0];
    const story = familyStory(fam, sessionClock(bo.session));
    expect(story[0]).toEqual({ key: `open.${fam.key}`, values: {} });
    expect(story.some((l) => l.key.startsWith('status.'))).toBe(true);
    expect(story.some((l) => l.key.startsWith('trust.'))).toBe(true);
    // The strip puts every event on the session's calendar: one lane, marks inside the width, a tick per year.
    for (const f of vm.families) {
      const lane = f.strip.lanes[0];
      expect(f.strip.lanes).toHaveLength(1);
      expect(lane.marks).toHaveLength(f.timeline.length);
      for (const m of lane.marks) {
        expect(m.x).toBeGreaterThanOrEqual(0);
        expect(m.x).toBeLessThanOrEqual(100);
      }
      expect(f.strip.years[0]).toEqual({ year: bo.session.startYear, x: 0 });
    }
    const withEvents = vm.families.find((f) => f.timeline.length > 1)!;
    const marks = withEvents.strip.lanes[0].marks;
    // Later events sit further right.
    expect(marks.at(-1)!.x).toBeGreaterThanOrEqual(marks[0].x);
  });

  it('shows the team table and the regional table without another team drafts', () => {
    const team = teamVm(ann)!;
    expect(team.members.find((m) => m.you)?.name).toBe('Student ann');
    const region = regionVm(ann);
    expect(region.teams.filter((t) => t.mine)).toHaveLength(1);
    // Proposals wait for overleg; the game stands at signalen.
    expect(region.wethouder).toBe(true);
    expect(region.canPropose).toBe(false);
    expect(region.proposal).toBeNull();
  });
});

describe('phones follow the session', () => {
  // Defect 4: students stayed on their role tab when the debrief opened.
  it('moves every phone to the debrief once, with a notice, then lets it go back', () => {
    const tabs = ['wethouder', 'team', 'region', 'debrief'] as const;
    expect(followDebrief([...tabs], 'wethouder', false, true)).toEqual({ tab: 'debrief', moved: true });
    // A student who never picked a tab was on the first one: moving them is a move too.
    expect(followDebrief([...tabs], null, false, true)).toEqual({ tab: 'debrief', moved: true });
    // A phone that opens during the debrief starts there, with nothing to announce.
    expect(followDebrief([...tabs], null, false, false)).toEqual({ tab: 'debrief', moved: false });
    expect(followDebrief([...tabs], 'team', true, true)).toEqual({ tab: 'team', moved: false });
    expect(followDebrief(['wethouder', 'team'], 'team', false, true)).toEqual({ tab: 'team', moved: false });
  });

  // Defect 12: a 30-minute phase started at "30:01" on a phone whose clock ran behind.
  it('never shows more time than the phase has', () => {
    const start = 1_000_000;
    const timer = { phaseStartedAt: start, deadline: start + 1_800_000, paused: false, remainingMs: null };
    expect(sessionBanner({ ...ann.session, timer }, start - 900).remainingMs).toBe(1_800_000);
    expect(sessionBanner({ ...ann.session, timer }, start + 60_000).remainingMs).toBe(1_740_000);
  });
});

describe('one unit per measure (issue 15, defect 6)', () => {
  it('counts waiting people in whole people and political pressure in percent', () => {
    expect(
      dashboardKpis(ann.lenses.beleid?.dashboard).find((k) => k.key === 'registeredWaiting')?.format,
    ).toBe('integer');
    const team = ann.team!;
    const vm = wethouderVm(ann, team, {}, { spend: 'S', budget: 'B' });
    expect(vm.kpis.find((k) => k.key === 'politicalPressure')?.format).toBe('percent');
  });
});

type Fam = NonNullable<typeof bo.lenses.leefwereld>['families'][number];

describe("kitchen-table stories from each family's own timeline (issue 15, defect 9)", () => {
  const played = playedGame(2).seat('bo');
  const clock = sessionClock(played.session);
  const families = played.lenses.leefwereld!.families;

  it('tells what happened in which month, from the events themselves', () => {
    for (const f of families) {
      const lines = familyStory(f, clock).filter((l) => l.key.startsWith('event.'));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.length).toBeLessThanOrEqual(MAX_EVENT_LINES);
      // Every dated sentence is one of the family's events, on the session's calendar.
      for (const l of lines) {
        const kind = l.key.split('.')[1];
        const weeks = f.events.filter((e) => e.kind === kind).map((e) => whenOf(e.week, clock.startYear));
        expect(weeks).toContainEqual(l.when);
      }
      const letters = f.events.filter((e) => e.kind === 'letter').length;
      const letterLine = lines.find((l) => l.key.startsWith('event.letter.'));
      if (letterLine) expect(letterLine.values.count).toBe(letters);
    }
  });

  it('words the same event differently for different families', () => {
    const keys = (f: Fam) => familyStory(f, clock).map((l) => l.key);
    const [a, b] = families;
    const shared = keys(a)
      .filter((k) => k.startsWith('event.'))
      .map((k) => k.split('.')[1]);
    const sameKindOtherWords = keys(b).filter(
      (k) => k.startsWith('event.') && shared.includes(k.split('.')[1]) && !keys(a).includes(k),
    );
    expect(keys(a)[0]).not.toBe(keys(b)[0]);
    expect(sameKindOtherWords.length).toBeGreaterThan(0);
  });

  it('says what the last year added once two years are played', () => {
    for (const f of families) {
      const since = familyStory(f, clock).find((l) => l.key.startsWith('since.'));
      expect(since?.values.year).toBe(clock.startYear + 1);
    }
    expect(
      familyStory(families[0], { ...clock, yearsCalculated: 1 }).some((l) => l.key.startsWith('since.')),
    ).toBe(false);
  });

  // Defect 6: in round 1 one card said both "the child is not at school now" and "nothing has happened yet".
  it('tells a family whose question has not come yet its opening and no more', () => {
    const f = families[0];
    const notYet = {
      ...f,
      events: [],
      journey: { ...f.journey, status: 'not-yet' as const, inSchool: false },
    };
    expect(familyStory(notYet, clock)).toEqual([
      { key: `open.${f.key}`, values: {} },
      { key: 'notYet', values: {} },
    ]);
  });
});

describe('solo play (issue 15)', () => {
  it('gives the solo student start, next phase and, after the last look back, the debrief', () => {
    const s = ann.session;
    expect(soloControls(s)).toEqual([]);
    const solo = { ...s, mode: 'solo' as const };
    expect(soloControls({ ...solo, status: 'lobby' }).map((c) => c.id)).toEqual(['start']);
    expect(soloControls(solo).map((c) => c.action)).toEqual(['advance-phase']);
    expect(soloControls({ ...solo, round: solo.rounds, phase: 'terugblik' }).map((c) => c.action)).toEqual([
      'open-debrief',
    ]);
    expect(soloControls({ ...solo, status: 'debrief' })).toEqual([]);
  });
});
