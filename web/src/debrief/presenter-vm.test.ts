import { describe, expect, it } from 'vitest';
import { type PlayedGame, playedGame } from '../test-support/played-game.ts';
import { testT } from '../test-support/test-i18n.ts';
import { EVIDENCE_PER_SLIDE, presenterSlides, slideAfterKey } from './presenter-vm.ts';

const debriefOf = () => {
  let g: PlayedGame = playedGame(2);
  for (let i = 0; i < 3; i++) g = g.act('facilitator', { type: 'advance-phase' });
  g = g.act('facilitator', { type: 'open-debrief' });
  const d = g.projector.debrief;
  if (!d) throw new Error('no debrief');
  return d;
};

describe('the debrief presenter', () => {
  const d = debriefOf();

  it('shows one question per screen with its strongest evidence first, then meetbaar beside merkbaar', () => {
    const slides = presenterSlides(d, 'nl', testT('nl'));
    expect(slides.map((s) => s.kind)).toEqual(['question', 'question', 'question', 'side-by-side']);
    slides.forEach((s, i) => {
      if (s.kind !== 'question') return;
      const all = d.questions[i].evidence;
      expect(s.title).toBe(d.questions[i].title.nl);
      expect(s.evidence.length).toBe(Math.min(EVIDENCE_PER_SLIDE, all.length));
      expect(s.evidence.map((e) => e.id)).toEqual(all.slice(0, EVIDENCE_PER_SLIDE).map((e) => e.id));
      expect(s.more).toBe(Math.max(0, all.length - EVIDENCE_PER_SLIDE));
    });
    expect(presenterSlides(d, 'en', testT('en'))[0]).toMatchObject({ title: d.questions[0].title.en });
  });

  it('moves with arrows, Page Up/Down (a clicker), space, Home and End, and stops at the ends', () => {
    expect(slideAfterKey('ArrowRight', 0, 4)).toBe(1);
    expect(slideAfterKey('PageDown', 1, 4)).toBe(2);
    expect(slideAfterKey(' ', 3, 4)).toBe(3);
    expect(slideAfterKey('ArrowLeft', 0, 4)).toBe(0);
    expect(slideAfterKey('PageUp', 2, 4)).toBe(1);
    expect(slideAfterKey('End', 0, 4)).toBe(3);
    expect(slideAfterKey('Home', 3, 4)).toBe(0);
    expect(slideAfterKey('a', 1, 4)).toBeNull();
  });
});
