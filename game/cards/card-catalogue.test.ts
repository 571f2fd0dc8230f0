import { describe, expect, it } from 'vitest';
import { parameterSpecs } from '../../engine/index.ts';
import { cardCatalogue } from './card-catalogue.ts';

const SOURCE = /^00[0-4]:\d+(-\d+)?$/;

describe('card catalogue', () => {
  it('has unique ids', () => {
    const ids = cardCatalogue.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(cardCatalogue.map((c) => [c.id, c] as const))('%s cites sources as file:line', (_id, card) => {
    expect(card.sources.length).toBeGreaterThan(0);
    for (const s of card.sources) expect(s).toMatch(SOURCE);
  });

  it.each(cardCatalogue.map((c) => [c.id, c] as const))(
    '%s has its texts in Dutch and English',
    (_id, card) => {
      for (const t of [card.title, card.story, card.effect]) {
        expect(t.nl.length).toBeGreaterThan(10);
        expect(t.en.length).toBeGreaterThan(10);
        expect(t.nl).not.toBe(t.en);
      }
    },
  );

  it.each(cardCatalogue.map((c) => [c.id, c] as const))(
    '%s acts on the model, within the parameter bounds',
    (_id, card) => {
      expect(card.effects.length).toBeGreaterThan(0);
      for (const e of card.effects) {
        if (e.kind !== 'parameter') continue;
        const spec = parameterSpecs[e.parameter];
        expect(spec).toBeDefined();
        const v = e.op === 'multiply' ? spec.value * e.value : spec.value + e.value;
        expect(v).toBeGreaterThanOrEqual(spec.min);
        expect(v).toBeLessThanOrEqual(spec.max);
        expect(v).not.toBe(spec.value);
      }
    },
  );

  it('covers the events of GAME.md section 8', () => {
    const ids = cardCatalogue.map((c) => c.id);
    for (const id of [
      'wvbj',
      'hervormingsagenda',
      'faillissement',
      'media-incident',
      'personeelstekort',
      'rekenkamer',
      'buurgemeente-aanbesteding',
      'werkbezoek-koploper',
      'reikwijdtewet',
    ])
      expect(ids).toContain(id);
  });
});
