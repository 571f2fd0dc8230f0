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

/** How a session is played (game/config/game-config.ts mode): a lecture, homework alone, or between lectures. */
export const sessionModes = ['class', 'solo', 'async'] as const;
export type SessionMode = (typeof sessionModes)[number];

/** A scenario file the facilitator uploaded (a verkenner "save as scenario"); the server checks it in full. */
export type ScenarioFile = { name: string; data: unknown; municipalities: number };

export type CreateForm = {
  mode: SessionMode;
  scenario: PresetId;
  /** When set, the session starts from this file instead of the preset. */
  scenarioFile: ScenarioFile | null;
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
  /** Asynchronous play: days per phase, between lectures (the game allows up to 14). */
  days: { signalen: number; overleg: number; terugblik: number };
};

const DAY_SECONDS = 24 * 3600;
/** The game's longest phase timer (game/config/game-config.ts). */
export const MAX_DAYS = 14;

/** Doorrekenen is a pause for suspense, not work: at most five minutes. */
export const SIMULATE_SECONDS_MAX = 300;

export const defaultCreateForm = (language: 'nl' | 'en'): CreateForm => ({
  mode: 'class',
  // A classroom region: five teams that start from four different ways of steering.
  scenario: 'regio-veenland',
  scenarioFile: null,
  municipalities: 5,
  rounds: 6,
  shortMode: false,
  dashboardScore: false,
  providerTeam: false,
  maxStudents: 300,
  language,
  minutes: { signalen: 3, overleg: 12, terugblik: 4 },
  simulateSeconds: 15,
  // Between two weekly lectures: a day to read, five to decide, a day to look back.
  days: { signalen: 1, overleg: 5, terugblik: 1 },
});

/** Limits from GAME.md section 2; the server checks them again and names any problem. */
export const createFormErrors = (f: CreateForm): string[] => [
  ...(f.municipalities < 2 || f.municipalities > 12 ? ['facilitator.error.municipalities'] : []),
  ...(f.rounds < 4 || f.rounds > 10 ? ['facilitator.error.rounds'] : []),
  ...(!Number.isInteger(f.maxStudents) || f.maxStudents < 1 || f.maxStudents > 500
    ? ['facilitator.error.maxStudents']
    : []),
  ...(f.mode === 'class' && Object.values(f.minutes).some((m) => !(m > 0 && m <= 120))
    ? ['facilitator.error.minutes']
    : []),
  ...(f.mode === 'async' && Object.values(f.days).some((d) => !(d >= 0.5 && d <= MAX_DAYS))
    ? ['facilitator.error.days']
    : []),
  ...(!Number.isInteger(f.simulateSeconds) ||
  f.simulateSeconds < 0 ||
  f.simulateSeconds > SIMULATE_SECONDS_MAX
    ? ['facilitator.error.simulateSeconds']
    : []),
];

/** The body of POST /api/sessions: minutes become seconds; doorrekenen is set in seconds. */
export const createSessionBody = (f: CreateForm) => ({
  scenario: f.scenarioFile ? f.scenarioFile.data : f.scenario,
  municipalities: f.municipalities,
  rounds: f.rounds,
  shortMode: f.shortMode,
  dashboardScore: f.dashboardScore,
  providerTeam: f.providerTeam,
  maxStudents: f.mode === 'solo' ? 1 : f.maxStudents,
  language: f.language,
  mode: f.mode,
  roundTimerSeconds: phaseSeconds(f),
});

/**
 * Phase timers by mode: minutes in a lecture; days between lectures; none in solo play, where the student
 * moves on when ready (only the calculation's pause stays).
 */
export const phaseSeconds = (f: CreateForm) => {
  const phase = (p: 'signalen' | 'overleg' | 'terugblik') =>
    f.mode === 'solo'
      ? 0
      : f.mode === 'async'
        ? Math.round(f.days[p] * DAY_SECONDS)
        : Math.round(f.minutes[p] * 60);
  return {
    signalen: phase('signalen'),
    overleg: phase('overleg'),
    doorrekenen: f.simulateSeconds,
    terugblik: phase('terugblik'),
  };
};

/** The teams the session will have: one per municipality, as many as asked and as the preset has. */
export const teamCount = (f: CreateForm): number =>
  Math.min(
    f.municipalities,
    f.scenarioFile ? f.scenarioFile.municipalities : presetMunicipalities[f.scenario],
  );

/**
 * Reads an uploaded scenario file's text: the JSON and its number of municipalities, or the translation key of
 * what is wrong with it. The schema check itself is the server's (the same one `simulate` uses).
 */
export const readScenarioFile = (
  name: string,
  text: string,
): { ok: true; file: ScenarioFile } | { ok: false; error: string } => {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'facilitator.scenarioFileMalformed' };
  }
  const municipalities = (data as { municipalities?: unknown } | null)?.municipalities;
  if (typeof data !== 'object' || data === null || !Array.isArray(municipalities))
    return { ok: false, error: 'facilitator.scenarioFileNotScenario' };
  return { ok: true, file: { name, data, municipalities: municipalities.length } };
};
