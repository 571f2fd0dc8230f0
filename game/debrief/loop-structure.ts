import { type Text, text } from '../text.ts';

/**
 * The variables of the causal loop diagram. One shared table, so a variable that sits in several loops (waiting
 * time, severity, heavy care) has the same name in each and students see where the loops touch.
 */
const variables = {
  wachttijd: text('Wachttijd', 'Waiting time'),
  afhaken: text('Gezinnen haken af', 'Families give up'),
  probleemernst: text('Ernst van problemen', 'Severity of problems'),
  'zware-zorg': text('Vraag naar zware zorg', 'Demand for heavy care'),
  afrekenen: text('Afrekenen op indicatoren', 'Paying on indicators'),
  'strategisch-registreren': text('Strategisch registreren', 'Strategic registration'),
  'geregistreerd-succes': text('Geregistreerd succes', 'Registered success'),
  controle: text('Controle en regels', 'Control and rules'),
  administratie: text('Administratie', 'Paperwork'),
  verzuim: text('Verzuim en uitval', 'Sick leave and burnout'),
  'politieke-druk': text('Politieke druk', 'Political pressure'),
  tariefdruk: text('Druk op tarieven', 'Pressure on tariffs'),
  faillissementen: text('Faillissementen', 'Bankruptcies'),
  wisselingen: text('Wisselingen van hulpverlener', 'Changes of care worker'),
  budgettekort: text('Budgettekort', 'Budget shortfall'),
  basis: text('Sterke basis dichtbij', 'Strong basis nearby'),
  'klein-gebleven': text('Problemen blijven klein', 'Problems stay small'),
  vertrouwen: text('Vertrouwen, gezien worden', 'Trust, feeling seen'),
  'eerder-hulp': text('Eerder om hulp vragen', 'Asking for help sooner'),
} as const satisfies Record<string, Text>;

export type LoopVariable = keyof typeof variables;

/** +1: more of this gives more of the next; -1: more of this gives less of the next. */
export type Polarity = 1 | -1;

/** A step of a loop: a variable and how it pushes the next variable (the last pushes the first). */
type StepDef = readonly [LoopVariable, Polarity];

/**
 * Each loop as one closed cycle (GAME.md section 9), read as "more X gives more/less Y". The links are the
 * mechanisms the engine models (docs/MODEL.md); which way a link points is from the sources cited in loops.ts.
 */
const cycles: Record<string, readonly StepDef[]> = {
  // Waiting lets needs grow and families give up; they come back heavier and lengthen the queue (M3, M1).
  wachtspiraal: [
    ['wachttijd', 1],
    ['afhaken', 1],
    ['probleemernst', 1],
    ['zware-zorg', 1],
  ],
  // Goal-seeking: registration moves until the indicator is met, so the pressure eases while the need stays.
  indicatorgaming: [
    ['afrekenen', 1],
    ['strategisch-registreren', 1],
    ['geregistreerd-succes', -1],
  ],
  // The risk reflex: waiting makes the news, the council tightens control, forms eat time (M15, M9).
  'administratie-en-uitval': [
    ['controle', 1],
    ['administratie', 1],
    ['verzuim', 1],
    ['wachttijd', 1],
    ['politieke-druk', 1],
  ],
  // Low tariffs break providers; transfers break continuity; needs grow and the budget tightens (M16).
  tariefrace: [
    ['tariefdruk', 1],
    ['faillissementen', 1],
    ['wisselingen', 1],
    ['probleemernst', 1],
    ['zware-zorg', 1],
    ['budgettekort', 1],
  ],
  // The virtuous loop: money for the basis keeps needs small, which frees money from heavy care (M12).
  'klein-blijft-klein': [
    ['basis', 1],
    ['klein-gebleven', -1],
    ['zware-zorg', 1],
    ['budgettekort', -1],
  ],
  // Families who feel seen ask sooner, while the need is light; lighter needs end well and build trust (M1).
  'vertrouwen-door-transparantie': [
    ['vertrouwen', 1],
    ['eerder-hulp', -1],
    ['probleemernst', -1],
  ],
};

/** Reinforcing when the number of negative links is even, balancing when it is odd (systems-dynamics rule). */
export const loopKind = (steps: readonly { polarity: Polarity }[]): 'R' | 'B' =>
  steps.reduce<number>((sign, s) => sign * s.polarity, 1) > 0 ? 'R' : 'B';

/** The loop's steps with their variable names, and whether it reinforces or balances itself. */
export const loopStructure = (loopId: string) => {
  const steps = (cycles[loopId] ?? []).map(([id, polarity]) => ({ id, label: variables[id], polarity }));
  return { kind: loopKind(steps), steps };
};

export const loopIds = Object.keys(cycles);
