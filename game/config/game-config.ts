import { z } from 'zod';
import { type Scenario, scenarioSchema } from '../../engine/index.ts';
import { presetIds, presetScenario } from './presets.ts';
import { regionScenario } from './region-scenario.ts';

/** Seconds a phase lasts before the timer moves on; 0 = no timer, the facilitator moves the phase. */
const seconds = z
  .number()
  .int()
  .min(0)
  .max(14 * 24 * 3600);

/** Defaults fit a 90-150 minute class of 6 rounds (GAME.md section 2); asynchronous play sets days. */
export const phaseTimersSchema = z
  .object({
    signalen: seconds.default(180),
    overleg: seconds.default(720),
    doorrekenen: seconds.default(15),
    terugblik: seconds.default(240),
  })
  .strict();

/** The years 2026-2036 hold at most 11 reported years (GAME.md section 2). */
export const MAX_YEARS = 11;

/**
 * What the facilitator chooses before a session (GAME.md section 2, Prepare). `scenario` is a preset id or a
 * whole scenario; `municipalities` is how many of its municipalities become teams (see regionScenario).
 * `emptyRoles` says what happens to roles nobody holds in a team with students: 'merge' hands them to the
 * team's students, 'bot' lets a bot draft them. `providerTeam` opens the optional aanbieder team.
 * `maxStudents` caps the seats; a join beyond it is refused as 'session-full'.
 */
export const gameConfigSchema = z
  .object({
    scenario: z.union([z.enum(presetIds), scenarioSchema]),
    municipalities: z.number().int().min(2).max(12).default(4),
    rounds: z.number().int().min(4).max(10).default(6),
    shortMode: z.boolean().default(false),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1),
    roundTimerSeconds: phaseTimersSchema.default(phaseTimersSchema.parse({})),
    language: z.enum(['nl', 'en']).default('nl'),
    dashboardScore: z.boolean().default(false),
    emptyRoles: z.enum(['merge', 'bot']).default('merge'),
    providerTeam: z.boolean().default(false),
    /**
     * Students the session takes (GAME.md: 20-300 per lecture). Assumption: 300 by default, the load the
     * server is benchmarked at (bench/loopback-load.ts); a lecturer may set fewer, or up to 500.
     */
    maxStudents: z.number().int().min(1).max(500).default(300),
    /**
     * How the session is played (GAME.md section 2): 'class' in one lecture led by the facilitator; 'solo' as
     * homework, one student in one municipality with bots elsewhere, the student moving the phases; 'async'
     * between lectures, phases with deadlines in days (timers up to 14 days) that the facilitator can extend.
     */
    mode: z.enum(['class', 'solo', 'async']).default('class'),
  })
  .strict()
  .refine((c) => c.rounds * (c.shortMode ? 2 : 1) <= MAX_YEARS, {
    message: `rounds x years per round may not pass ${MAX_YEARS} years (2026-2036); short mode allows 4-5 rounds`,
    path: ['rounds'],
  });

export type GameConfigInput = z.input<typeof gameConfigSchema>;
export type GameConfig = z.output<typeof gameConfigSchema>;

export type ConfigIssue = { path: string; message: string };

export const parseGameConfig = (
  input: unknown,
): { ok: true; config: GameConfig } | { ok: false; issues: ConfigIssue[] } => {
  const result = gameConfigSchema.safeParse(input);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  };
};

export const yearsPerRound = (config: GameConfig): number => (config.shortMode ? 2 : 1);

/**
 * The scenario the engine runs for this session: the preset or given scenario, cut to the teams. In a session
 * the teams hold the levers, so a scenario's scheduled `policyChanges` (meant for headless runs) are left out:
 * they would change the model's levers behind the teams' backs and be undone by the next round.
 */
export const sessionScenario = (config: GameConfig): Scenario => {
  const scenario = typeof config.scenario === 'string' ? presetScenario(config.scenario) : config.scenario;
  return regionScenario({ ...scenario, policyChanges: [] }, config.municipalities);
};
