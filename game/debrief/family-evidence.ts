import type { FamilyReport } from '../../engine/index.ts';
import { type Text, text } from '../text.ts';
import { contrast, type TeamRun, type TextEvidence } from './evidence-types.ts';
import { familyLabel, fill } from './format.ts';

type JourneyKey = 'tellings' | 'weeksWaited' | 'desks' | 'letters' | 'continuityBreaks' | 'professionals';

/** Journey counters of the named families worth comparing, with the smallest gap that tells a story. */
const journeyMetrics: readonly { key: JourneyKey; minGap: number; template: Text }[] = [
  {
    key: 'tellings',
    minGap: 2,
    template: text(
      'In {hi} moest {f} het verhaal {x} keer vertellen, in {lo} {y} keer.',
      'In {hi} {f} had to tell the story {x|time|times}, in {lo} {y|time|times}.',
    ),
  },
  {
    key: 'weeksWaited',
    minGap: 4,
    template: text(
      'In {hi} wachtte {f} {x|week|weken} op echte hulp, in {lo} {y|week|weken}.',
      'In {hi} {f} waited {x|week|weeks} for real help, in {lo} {y|week|weeks}.',
    ),
  },
  {
    key: 'desks',
    minGap: 2,
    template: text(
      'In {hi} kwam {f} langs {x|loket|loketten}, in {lo} langs {y}.',
      'In {hi} {f} went past {x|desk|desks}, in {lo} past {y}.',
    ),
  },
  {
    key: 'letters',
    minGap: 2,
    template: text(
      'In {hi} kreeg {f} {x|brief|brieven}, in {lo} {y}.',
      'In {hi} {f} received {x|letter|letters}, in {lo} {y}.',
    ),
  },
  {
    key: 'continuityBreaks',
    minGap: 1,
    template: text(
      'In {hi} kreeg {f} {x} keer een nieuwe hulpverlener, in {lo} {y} keer.',
      'In {hi} {f} got a new professional {x|time|times}, in {lo} {y|time|times}.',
    ),
  },
  {
    key: 'professionals',
    minGap: 2,
    template: text(
      'In {hi} zag {f} {x} verschillende hulpverleners, in {lo} {y}.',
      'In {hi} {f} saw {x} different professionals, in {lo} {y}.',
    ),
  },
];

/**
 * The named families are the same in every municipality (GAME.md section 7), so their journeys compare
 * directly: "in Oostdal told Ryan's mother her story 6 times, in Westerveen twice".
 */
export const familyEvidence = (
  teams: readonly TeamRun[],
  families: readonly FamilyReport[],
): TextEvidence[] => {
  const keys = [...new Set(families.map((f) => f.key))];
  return keys.flatMap((key) =>
    journeyMetrics.flatMap((metric) => {
      const values = teams.flatMap((team) => {
        const f = families.find((x) => x.key === key && x.municipality === team.id);
        return f && f.journey.status !== 'not-yet' ? [{ team, value: f.journey[metric.key] }] : [];
      });
      const c = contrast(values, metric.minGap);
      if (!c) return [];
      const name = families.find((f) => f.key === key)?.name ?? key;
      return [
        {
          id: `family:${key}:${metric.key}`,
          question: 1 as const,
          lens: 'leefwereld' as const,
          strength: c.strength,
          text: fill(metric.template, {
            hi: c.hi.team.name,
            lo: c.lo.team.name,
            x: c.hi.value,
            y: c.lo.value,
            f: familyLabel(key, name),
          }),
          municipalities: [c.hi.team.id, c.lo.team.id],
        },
      ];
    }),
  );
};
