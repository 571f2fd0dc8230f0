import { describe, expect, it } from 'vitest';
import { testT } from '../test-support/test-i18n.ts';
import type { Debrief } from './debrief-vm.ts';
import { evidenceText } from './evidence-text.ts';

type Item = Debrief['questions'][number]['evidence'][number];

const fact = (key: string, values: Record<string, unknown>, count?: number) =>
  ({
    id: `${key}:oostdal`,
    question: 3,
    lens: 'beleid',
    strength: 0.3,
    municipalities: ['oostdal'],
    message: { key, values, ...(count === undefined ? {} : { count }) },
  }) as Item;

const setup = { nl: 'alleen gebruik registreren', en: 'registering use only' };

describe('evidenceText', () => {
  it('words a level fact through the locales, numbers in the reader format, Dutch and English', () => {
    const e = fact(
      'use-not-need',
      { m: 'Oostdal', setup, registered: 1234, need: 1300, missing: 66, share: 5 },
      66,
    );
    expect(evidenceText(e, 'nl', testT('nl'))).toBe(
      'De geregistreerde zorgvraag van Oostdal (alleen gebruik registreren) was gemiddeld 1.234, de echte vraag 1.300: 66 jongeren die wachtten telden niet mee (5%). Gebruik is nog geen behoefte.',
    );
    expect(evidenceText(e, 'en', testT('en'))).toBe(
      'The registered demand for care of Oostdal (registering use only) was 1,234 on average, the real demand 1,300: 66 young people who were waiting did not count (5%). Use is not yet need.',
    );
  });

  it('picks the singular through i18next: one young person, one hour, never "1 hours"', () => {
    const one = fact(
      'use-not-need',
      { m: 'Oostdal', setup, registered: 40, need: 41, missing: 1, share: 2 },
      1,
    );
    expect(evidenceText(one, 'nl', testT('nl'))).toContain(': 1 jongere die wachtte telde niet mee');
    expect(evidenceText(one, 'en', testT('en'))).toContain(': 1 young person who was waiting did not count');
    const week = (reflection: number) =>
      fact(
        'admin-week',
        {
          m: 'Oostdal',
          setup: { nl: 'strakke controle', en: 'tight control' },
          hours: 11.5,
          week: 36,
          share: 32,
          reflection,
        },
        reflection,
      );
    expect(evidenceText(week(1), 'en', testT('en'))).toMatch(/had 1 hour\.$/);
    expect(evidenceText(week(0), 'en', testT('en'))).toMatch(/had 0 hours\.$/);
    expect(evidenceText(week(1), 'nl', testT('nl'))).toBe(
      'In Oostdal (strakke controle) ging 11,5 van de 36 uur per week van een professional naar administratie en verantwoording (32%); voor reflectie en leren stond 1 uur.',
    );
  });

  it('every level fact the game can give has a sentence in both languages, with no slot left open', () => {
    const values = { m: 'X', setup, registered: 1, need: 2, missing: 1, share: 1, booked: 80, solved: 70 };
    const more = { hours: 8, week: 36, reflection: 2, account: 30, learn: 0 };
    for (const key of ['use-not-need', 'paper-success', 'admin-week', 'learn-or-account'])
      for (const language of ['nl', 'en'] as const)
        for (const count of [1, 2]) {
          const out = evidenceText(fact(key, { ...values, ...more }, count), language, testT(language));
          expect(out, `${language} ${key}`).not.toContain('debrief.fact');
          expect(out, `${language} ${key}`).not.toMatch(/[{}]/);
        }
  });

  it('passes a contrast worded by the game through in the reader language', () => {
    const e = {
      id: 'x:across',
      question: 1,
      lens: 'leefwereld',
      strength: 0.5,
      municipalities: [],
      text: { nl: 'Nederlands', en: 'English' },
    } as Item;
    expect(evidenceText(e, 'en', testT('en'))).toBe('English');
  });
});
