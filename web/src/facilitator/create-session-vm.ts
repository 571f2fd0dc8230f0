import type { PresetId } from '../api/view-types.ts';

/** The scenario presets (game/config/presets.ts; a test checks the list matches). */
export const presets = [
  'regio-veenland',
  'npm-typisch',
  'veendam-jep',
  'peel-en-maas-hendig',
  'oss-proeftuin',
  'west-brabant-west',
  'hollands-kroon',
  'utrecht',
  'nederland',
] as const satisfies readonly PresetId[];

/** How many municipalities each preset has (game/config/presets.ts; a test checks): the most teams it gives. */
export const presetMunicipalities = {
  'regio-veenland': 5,
  'npm-typisch': 1,
  'veendam-jep': 1,
  'peel-en-maas-hendig': 1,
  'oss-proeftuin': 1,
  'west-brabant-west': 9,
  'hollands-kroon': 1,
  utrecht: 1,
  nederland: 342,
} as const satisfies Record<(typeof presets)[number], number>;

export type CreateForm = {
  scenario: PresetId;
  municipalities: number;
  rounds: number;
  shortMode: boolean;
  dashboardScore: boolean;
  /** Opens the region's provider team (GAME.md section 4, aanbieder); otherwise bots play the providers. */
  providerTeam: boolean;
  /** Seats the session takes; a join beyond it gets "session full" (game/config/game-config.ts). */
  maxStudents: number;
  language: 'nl' | 'en';
  minutes: { signalen: number; overleg: number; terugblik: number };
  /** How long the year's calculation shows before the look back (0: the lecturer moves on by hand). */
  simulateSeconds: number;
};

/** Doorrekenen is a pause for suspense, not work: at most five minutes. */
export const SIMULATE_SECONDS_MAX = 300;

export const defaultCreateForm = (language: 'nl' | 'en'): CreateForm => ({
  // A classroom region: five teams that start from four different ways of steering.
  scenario: 'regio-veenland',
  municipalities: 5,
  rounds: 6,
  shortMode: false,
  dashboardScore: false,
  providerTeam: false,
  maxStudents: 300,
  language,
  minutes: { signalen: 3, overleg: 12, terugblik: 4 },
  simulateSeconds: 15,
});

/** Limits from GAME.md section 2; the server checks them again and names any problem. */
export const createFormErrors = (f: CreateForm): string[] => [
  ...(f.municipalities < 2 || f.municipalities > 12 ? ['facilitator.error.municipalities'] : []),
  ...(f.rounds < 4 || f.rounds > 10 ? ['facilitator.error.rounds'] : []),
  ...(!Number.isInteger(f.maxStudents) || f.maxStudents < 1 || f.maxStudents > 500
    ? ['facilitator.error.maxStudents']
    : []),
  ...(Object.values(f.minutes).some((m) => !(m > 0 && m <= 120)) ? ['facilitator.error.minutes'] : []),
  ...(!Number.isInteger(f.simulateSeconds) ||
  f.simulateSeconds < 0 ||
  f.simulateSeconds > SIMULATE_SECONDS_MAX
    ? ['facilitator.error.simulateSeconds']
    : []),
];

/** The body of POST /api/sessions: minutes become seconds; doorrekenen is set in seconds. */
export const createSessionBody = (f: CreateForm) => ({
  scenario: f.scenario,
  municipalities: f.municipalities,
  rounds: f.rounds,
  shortMode: f.shortMode,
  dashboardScore: f.dashboardScore,
  providerTeam: f.providerTeam,
  maxStudents: f.maxStudents,
  language: f.language,
  roundTimerSeconds: {
    signalen: Math.round(f.minutes.signalen * 60),
    overleg: Math.round(f.minutes.overleg * 60),
    doorrekenen: f.simulateSeconds,
    terugblik: Math.round(f.minutes.terugblik * 60),
  },
});

/** The teams the session will have: one per municipality, as many as asked and as the preset has. */
export const teamCount = (f: CreateForm): number =>
  Math.min(f.municipalities, presetMunicipalities[f.scenario]);
