import type { YearReport } from '../../engine/index.ts';
import { text } from '../text.ts';
import type { TeamRun } from './evidence-types.ts';
import { careTotal } from './level-facts.ts';
import type { YearMetric } from './year-metric.ts';

const per1000 = (x: number, team: TeamRun): number => (x / team.youth) * 1000;
const per100 = (x: number, of: number): number => (of > 0 ? (x / of) * 100 : 0);
const pct = (share: number): number => share * 100;
/**
 * The share of the young people needing care that the registered demand leaves out: under use-only registration
 * the ones still waiting (002:29-37). Not the waiting list: double registrations make that one count more, not
 * fewer (M10), so a share of waiting children "unseen" there is always 0.
 */
const unseen = (y: YearReport): number => {
  const need = careTotal(y.dashboard.trueNeed);
  return need > 0 ? pct(Math.max(0, 1 - careTotal(y.dashboard.registeredDemand) / need)) : 0;
};

/**
 * The yearly numbers the debrief looks for, per question (GAME.md section 1). Minimum gaps are assumptions:
 * the smallest difference a class would call a difference.
 */
export const yearMetrics: readonly YearMetric[] = [
  {
    id: 'weeks-to-help',
    question: 1,
    lens: 'leefwereld',
    value: (y) => y.weeksToFirstHelp.median,
    minGap: 2,
    digits: 0,
    across: text(
      'In {hi} duurde het {x|week|weken} van het eerste signaal tot echte hulp, in {lo} {y|week|weken} (mediaan).',
      'In {hi} it took {x|week|weeks} from the first signal to real help, in {lo} {y|week|weeks} (median).',
    ),
    overTime: text(
      'In {m} ging de wachttijd tot echte hulp van {a|week|weken} in {y1} naar {b|week|weken} in {y2}.',
      'In {m} the wait for real help went from {a|week|weeks} in {y1} to {b|week|weeks} in {y2}.',
    ),
  },
  {
    id: 'thuiszitters',
    question: 1,
    lens: 'leefwereld',
    value: (y, t) => per1000(y.thuiszitters, t),
    minGap: 0.5,
    digits: 1,
    across: text(
      'In {hi} zaten {x} op de 1000 jongeren thuis zonder school, in {lo} {y}.',
      'In {hi} {x} in 1000 young people sat at home without school, in {lo} {y}.',
    ),
    overTime: text(
      'In {m} ging het aantal thuiszitters van {a} naar {b} op de 1000 jongeren ({y1}-{y2}).',
      'In {m} children out of school went from {a} to {b} per 1000 young people ({y1}-{y2}).',
    ),
  },
  {
    id: 'stayed-small',
    question: 1,
    lens: 'leefwereld',
    value: (y, t) => per1000(y.stayedSmall, t),
    minGap: 1,
    digits: 1,
    across: text(
      'In {hi} bleven {x} op de 1000 problemen klein zonder dat er zorg nodig was, in {lo} {y}.',
      'In {hi} {x} in 1000 problems stayed small without any care, in {lo} {y}.',
    ),
    overTime: text(
      'In {m} bleven er {a} op de 1000 problemen klein in {y1} en {b} in {y2}.',
      'In {m} {a} in 1000 problems stayed small in {y1} and {b} in {y2}.',
    ),
  },
  {
    id: 'early-closures',
    question: 2,
    lens: 'contracten',
    value: (y) => per100(y.earlyClosures, y.newEpisodes),
    minGap: 2,
    digits: 0,
    setup: 'funding',
    across: text(
      'In {hi} ({setupHi}) werden {x} van elke 100 trajecten te vroeg als geslaagd afgesloten, in {lo} ({setupLo}) {y}.',
      'In {hi} ({setupHi}) {x} of every 100 trajectories were closed early as a success, in {lo} ({setupLo}) {y}.',
    ),
    overTime: text(
      'In {m} ({setup}) gingen te vroeg afgesloten trajecten van {a} naar {b} per 100 ({y1}-{y2}).',
      'In {m} ({setup}) early closures went from {a} to {b} per 100 trajectories ({y1}-{y2}).',
    ),
  },
  {
    id: 'admin-share',
    question: 2,
    lens: 'praktijk',
    value: (y) => pct(y.adminShare),
    minGap: 4,
    digits: 0,
    setup: 'accountability',
    across: text(
      'In {hi} ({setupHi}) ging {x}% van de tijd van professionals naar administratie, in {lo} ({setupLo}) {y}%.',
      "In {hi} ({setupHi}) {x}% of professionals' time went to admin, in {lo} ({setupLo}) {y}%.",
    ),
    overTime: text(
      'In {m} ({setup}) ging het administratieve deel van de week van {a}% naar {b}% ({y1}-{y2}).',
      'In {m} ({setup}) the admin share of the week went from {a}% to {b}% ({y1}-{y2}).',
    ),
  },
  {
    id: 'transaction-cost',
    question: 2,
    lens: 'contracten',
    value: (y, t) => y.spendByLine.transactie / t.youth,
    minGap: 5,
    digits: 0,
    setup: 'procurement',
    across: text(
      'Inkoop en contractbeheer kostten in {hi} ({setupHi}) €{x} per jongere, in {lo} ({setupLo}) €{y}.',
      'Purchasing and contract management cost €{x} per young person in {hi} ({setupHi}), €{y} in {lo} ({setupLo}).',
    ),
    overTime: text(
      'In {m} ({setup}) gingen de inkoopkosten van €{a} naar €{b} per jongere ({y1}-{y2}).',
      'In {m} ({setup}) purchasing costs went from €{a} to €{b} per young person ({y1}-{y2}).',
    ),
  },
  {
    id: 'sick-leave',
    question: 2,
    lens: 'praktijk',
    value: (y) => pct(y.sickLeave),
    minGap: 1.5,
    digits: 1,
    across: text(
      'In {hi} was {x}% van het lokale team ziek, in {lo} {y}%.',
      'In {hi} {x}% of the local team was off sick, in {lo} {y}%.',
    ),
    overTime: text(
      'In {m} ging het ziekteverzuim van {a}% naar {b}% ({y1}-{y2}).',
      'In {m} sick leave went from {a}% to {b}% ({y1}-{y2}).',
    ),
  },
  {
    id: 'learning-stock',
    question: 3,
    lens: 'praktijk',
    value: (y) => pct(y.learningStock),
    minGap: 8,
    digits: 0,
    setup: 'archetype',
    across: text(
      'Het lerend vermogen stond in {hi} ({setupHi}) op {x} van de 100, in {lo} ({setupLo}) op {y}.',
      'The learning stock stood at {x} out of 100 in {hi} ({setupHi}), at {y} in {lo} ({setupLo}).',
    ),
    overTime: text(
      'In {m} ({setup}) groeide het lerend vermogen van {a} naar {b} van de 100 ({y1}-{y2}).',
      'In {m} ({setup}) the learning stock moved from {a} to {b} out of 100 ({y1}-{y2}).',
    ),
  },
  {
    id: 'unseen-need',
    question: 3,
    lens: 'beleid',
    value: unseen,
    minGap: 10,
    digits: 0,
    setup: 'registration',
    across: text(
      'De geregistreerde zorgvraag van {hi} ({setupHi}) liet {x}% van de jongeren die zorg nodig hadden buiten beeld, die van {lo} ({setupLo}) {y}%.',
      'The registered demand of {hi} ({setupHi}) left out {x}% of the young people who needed care, that of {lo} ({setupLo}) {y}%.',
    ),
    overTime: text(
      'De geregistreerde zorgvraag van {m} ({setup}) liet in {y1} {a}% van wie zorg nodig had buiten beeld en in {y2} {b}%.',
      'The registered demand of {m} ({setup}) left out {a}% of those who needed care in {y1} and {b}% in {y2}.',
    ),
  },
  {
    id: 'pressure',
    question: 3,
    lens: 'beleid',
    // In percent, as the wethouder's dashboard shows it (one unit per measure across screens, issue 15).
    value: (y) => pct(y.politicalPressure),
    minGap: 25,
    digits: 0,
    setup: 'riskReflex',
    across: text(
      'De politieke druk liep in {hi} op tot {x}% (risicoreflex: {setupHi}), in {lo} bleef die {y}%.',
      'Political pressure rose to {x}% in {hi} (risk reflex: {setupHi}) and stayed at {y}% in {lo}.',
    ),
    overTime: text(
      'In {m} ging de politieke druk van {a}% naar {b}% (risicoreflex: {setup}, {y1}-{y2}).',
      'In {m} political pressure went from {a}% to {b}% (risk reflex: {setup}, {y1}-{y2}).',
    ),
  },
];
