import type { NamedFamilyKey } from '../scenario/scenario-schema.ts';
import { Domain } from '../state/episodes.ts';

/**
 * The named families of GAME.md section 7: the same scripted start in every municipality, then the model's
 * own mechanics. `week` is the week of the first reported year in which the need begins; `severity` is
 * where it starts (0-1). Facts from the sources; the wording is ours.
 */
export type FamilyScript = {
  key: NamedFamilyKey;
  name: string;
  age: number;
  domains: number;
  severity: number;
  week: number;
  /** Starting trust of the family (M14). */
  trust: number;
  source: string;
};

export const familyScripts: readonly FamilyScript[] = [
  // A mother calls on a Monday: her son (11) sleeps badly and hides under his duvet (004:115-125).
  {
    key: 'maandag',
    name: 'Maandag 09:12',
    age: 11,
    domains: Domain.mental | Domain.home,
    severity: 0.3,
    week: 2,
    trust: 0.6,
    source: '004:115-125',
  },
  // Ryan (14): late at school, sombre, gaming at night; mother works shifts, father ill, debts (001:353-379).
  {
    key: 'ryan',
    name: 'Ryan (14)',
    age: 14,
    domains: Domain.school | Domain.mental | Domain.money | Domain.parentHealth,
    severity: 0.4,
    week: 4,
    trust: 0.55,
    source: '001:353-379',
  },
  // A daughter (11) withdraws; under product codes her need splits into four products (004:167-184).
  {
    key: 'dochter',
    name: 'Een dochter (11)',
    age: 11,
    domains: Domain.mental | Domain.school | Domain.money | Domain.parentHealth,
    severity: 0.38,
    week: 6,
    trust: 0.6,
    source: '004:167-184',
  },
  // Sara: anxiety from age 11, stops going to school (001:942-1043).
  {
    key: 'sara',
    name: 'Sara (12)',
    age: 12,
    domains: Domain.mental | Domain.school,
    severity: 0.45,
    week: 8,
    trust: 0.6,
    source: '001:942-1043',
  },
  // Amir (16) fits no product's mould (001:1293-1346).
  {
    key: 'amir',
    name: 'Amir (16)',
    age: 16,
    domains: Domain.school | Domain.home | Domain.mental | Domain.safety,
    severity: 0.6,
    week: 10,
    trust: 0.45,
    source: '001:1293-1346',
  },
  // Lotte (13): two access models side by side (001:2457-2504).
  {
    key: 'lotte',
    name: 'Lotte (13)',
    age: 13,
    domains: Domain.mental | Domain.school,
    severity: 0.35,
    week: 12,
    trust: 0.6,
    source: '001:2457-2504',
  },
  // The family with everything at once: many agencies on many weekdays (001:1594-1641).
  {
    key: 'gezin-alles',
    name: 'Het gezin met alles tegelijk',
    age: 9,
    domains: Domain.home | Domain.money | Domain.parentHealth | Domain.school | Domain.safety,
    severity: 0.62,
    week: 14,
    trust: 0.4,
    source: '001:1594-1641',
  },
  // Jamal (19): a care leaver turning adult after foster care (001:3276).
  {
    key: 'jamal',
    name: 'Jamal (19)',
    age: 19,
    domains: Domain.home | Domain.money,
    severity: 0.5,
    week: 16,
    trust: 0.5,
    source: '001:3276',
  },
];
