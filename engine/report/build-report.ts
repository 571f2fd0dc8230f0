import { currentSeverity } from '../mechanisms/context.ts';
import { CLOSED } from '../mechanisms/lifecycle.ts';
import { experiencedTrust } from '../mechanisms/trust.ts';
import { CareType, Phase } from '../state/episodes.ts';
import type { NamedFamilyState, SimState } from '../state/sim-state.ts';
import type { FamilyReport, SimulationReport } from './report-types.ts';

/** The read-only outputs of a simulation: completed years per municipality and region, and the families. */
export const buildReport = (st: SimState): SimulationReport => ({
  scenario: st.scenarioId,
  seed: st.seed,
  startYear: st.startYear,
  municipalities: st.municipalities.map((m, i) => ({
    id: m.id,
    name: m.name,
    youth: m.youth,
    years: st.history[i],
  })),
  region: { years: st.regionHistory },
  families: st.families.map((f) => familyReport(st, f)),
  ...(st.baseline ? { baselineYear: st.baseline } : {}),
});

export const familyReport = (st: SimState, f: NamedFamilyState): FamilyReport => {
  const e = st.episodes;
  const id = f.episode;
  const started = f.events.length > 0;
  const phase = e.phase[id];
  const type = e.careType[id];
  const inCare = phase === Phase.inCare;
  return {
    municipality: st.municipalities[f.municipality].id,
    key: f.key,
    name: f.name,
    events: f.events,
    journey: {
      weeksWaited: weeksWaited(f),
      professionals: e.professionals[id],
      tellings: e.tellings[id],
      desks: e.desks[id],
      letters: e.letters[id],
      continuityBreaks: e.breaks[id],
      trust: Math.round(experiencedTrust(st, id) * 1000) / 1000,
      place:
        inCare && type === CareType.residential
          ? 'residential'
          : inCare && type === CareType.crisis
            ? 'crisis'
            : 'home',
      inSchool:
        !(e.domains[id] & 1) || currentSeverity(st, id) < st.params.outOfSchoolAbove || phase === CLOSED,
      status: !started
        ? 'not-yet'
        : phase === CLOSED
          ? 'resolved'
          : inCare
            ? 'in-care'
            : phase === Phase.away
              ? 'away'
              : 'waiting',
    },
  };
};

/** Weeks between asking for help and help starting, summed over the journey's waits. */
const weeksWaited = (f: NamedFamilyState): number => {
  let total = 0;
  let since = -1;
  for (const ev of f.events) {
    if (ev.kind === 'signal' || ev.kind === 'waiting') since = since < 0 ? ev.week : since;
    if (ev.kind === 'care-start' && since >= 0) {
      total += ev.week - since;
      since = -1;
    }
  }
  return total;
};
