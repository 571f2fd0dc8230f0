import type { TFunction } from 'i18next';
import type { Language } from '../i18n/languages.ts';
import type { Debrief } from './debrief-vm.ts';
import { debriefVm } from './debrief-vm.ts';

/** Evidence per question on one projector screen: the strongest few, readable from the back row. */
export const EVIDENCE_PER_SLIDE = 3;

export type Slide =
  | {
      kind: 'question';
      number: number;
      title: string;
      evidence: { id: string; lens: string; text: string }[];
      /** How many more facts the full debrief (phones, report) has for this question. */
      more: number;
    }
  | { kind: 'side-by-side'; year: number | null };

/**
 * The debrief as a presentation (issue 15): one question per screen with its strongest evidence, then the
 * dashboard's story beside the families' story. The full debrief stays on the phones and in the report.
 */
export const presenterSlides = (d: Debrief, language: Language, t: TFunction): Slide[] => {
  const vm = debriefVm(d, language, t);
  return [
    ...vm.questions.map((q, i) => ({
      kind: 'question' as const,
      number: i + 1,
      title: q.title,
      evidence: q.evidence.slice(0, EVIDENCE_PER_SLIDE),
      more: Math.max(0, q.evidence.length - EVIDENCE_PER_SLIDE),
    })),
    { kind: 'side-by-side' as const, year: vm.year },
  ];
};

export const clampSlide = (i: number, count: number): number =>
  Math.min(Math.max(0, i), Math.max(0, count - 1));

/** Keys a presenter's clicker and a keyboard send: next and previous, first and last. */
export const slideAfterKey = (key: string, current: number, count: number): number | null => {
  const moves: Record<string, number> = {
    ArrowRight: current + 1,
    PageDown: current + 1,
    ' ': current + 1,
    ArrowLeft: current - 1,
    PageUp: current - 1,
    Home: 0,
    End: count - 1,
  };
  return key in moves ? clampSlide(moves[key], count) : null;
};
