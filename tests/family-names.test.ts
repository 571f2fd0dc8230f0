import { describe, expect, it } from 'vitest';
import { familyScripts } from '../engine/families/named-families.ts';
import { familyLabels } from '../game/debrief/format.ts';
import en from '../web/src/locales/en.json';
import nl from '../web/src/locales/nl.json';

/**
 * Issue 15, defect 6: a family was called "Maandag 09:12" ("Aan de keukentafel bij Maandag 09:12"), a time used as
 * a name. Every persona is named as a family, in both languages, on the cards and in the debrief's sentences.
 */
const clockTime = /\d{1,2}:\d{2}/;

describe('named families are named as families', () => {
  const keys = familyScripts.map((s) => s.key);

  it('every persona has a family name in Dutch and English, and none is a clock time', () => {
    for (const [language, messages] of [
      ['nl', nl],
      ['en', en],
    ] as const) {
      const names = messages.familyName as Record<string, string>;
      for (const key of keys) {
        expect(names[key], `${language} familyName.${key}`).toBeTruthy();
        expect(names[key], `${language} familyName.${key}`).not.toMatch(clockTime);
      }
    }
  });

  it("the debrief's sentences name every persona without a clock time", () => {
    for (const key of keys) {
      expect(familyLabels[key], key).toBeDefined();
      expect(familyLabels[key].nl).not.toMatch(clockTime);
      expect(familyLabels[key].en).not.toMatch(clockTime);
    }
  });
});
