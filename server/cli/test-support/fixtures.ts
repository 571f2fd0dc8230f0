import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimulationReport, YearReport } from '../../../engine/index.ts';

/** A minimal scenario that the schema accepts (all other fields have defaults). */
export const smallScenario = () => ({
  id: 'test-klein',
  name: 'Klein testgebied',
  warmupWeeks: 0,
  region: { id: 'regio', name: 'Testregio' },
  municipalities: [{ id: 'dorp', name: 'Dorp', youth: 2000, budgetEur: 3_000_000 }],
  providers: [{ id: 'amb', name: 'Ambulant BV', type: 'ambulant', fte: 10 }],
});

export const fakeYear = (year: number): YearReport => {
  const counts = { local: 1, ambulant: 2, specialist: 3, residential: 4, crisis: 5 };
  return {
    year,
    youthInCare: 120,
    activeCasesMean: 80.5,
    prevalence: 0.06,
    residentialShare: 0.02,
    newEpisodes: 40,
    meanEpisodeWeeks: 30,
    weeksToFirstHelp: { median: 9, p90: 26, mean: 11.5 },
    professionalsPerFamily: 2.5,
    storyTellingsPerFamily: 3,
    desksPerFamily: 1.5,
    lettersPerFamily: 4,
    continuityBreaksPerFamily: 0.3,
    thuiszitters: 3,
    outOfHomePlacements: 2,
    placementMismatchShare: 0.4,
    escalations: 5,
    stayedSmall: 10,
    onsets: 1000,
    stayedSmallShare: 0.05,
    lightAtSignalShare: 0.4,
    gaveUp: 1,
    earlyClosures: 2,
    agedOut: 0,
    adminShare: 0.3,
    sickLeave: 0.07,
    turnover: 0.15,
    activeProviders: 12,
    bankruptcies: 0,
    rescues: 0,
    spendEur: 2_900_000,
    spendByLine: { aanval: 1, middenveld: 2, verdediging: 3, transactie: 4, leren: 5 },
    budgetEur: 3_000_000,
    trust: 0.6,
    learningStock: 0.1,
    gamingLevel: 0.2,
    basisStrength: 0.5,
    politicalPressure: 0.3,
    dashboard: {
      registeredClients: 100,
      registeredWaiting: 20,
      trueWaiting: 35,
      registeredDemand: counts,
      trueNeed: counts,
      registeredSuccessShare: 0.8,
      trueSuccessShare: 0.5,
      costPerTrajectoryEur: 12000,
      lawfulness: 0.9,
      riskSharingEur: 0,
    },
  };
};

export const fakeReport = (years: number, name = 'Dorp'): SimulationReport => ({
  scenario: 'test-klein',
  seed: 1,
  startYear: 2026,
  municipalities: [
    { id: 'dorp', name, youth: 2000, years: Array.from({ length: years }, (_, i) => fakeYear(2026 + i)) },
  ],
  region: { years: Array.from({ length: years }, (_, i) => fakeYear(2026 + i)) },
  families: [],
});

/** Collects what the command writes, standing in for process.stdout / stderr. */
export const captureStream = () => {
  const chunks: string[] = [];
  return { write: (text: string) => chunks.push(text), text: () => chunks.join('') };
};

export const withTempDir = async <T>(fn: (dir: string) => Promise<T>): Promise<T> => {
  const dir = await mkdtemp(join(tmpdir(), 'monopoly-cli-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
