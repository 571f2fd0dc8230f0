import type { TFunction } from 'i18next';
import type { SeatView } from '../api/view-types.ts';
import type { Language } from '../i18n/languages.ts';
import { evidenceText } from './evidence-text.ts';

export type Debrief = NonNullable<SeatView['debrief']>;

/**
 * The three questions with their evidence in the reader's language (evidence-text.ts), and meetbaar next to
 * merkbaar per municipality (last year). The loops, families and replay have view models of their own
 * (loops-vm, family-journeys-vm, replay-vm).
 */
export const debriefVm = (d: Debrief, language: Language, t: TFunction) => ({
  questions: d.questions.map((q) => ({
    question: q.question,
    title: q.title[language],
    evidence: q.evidence.map((e) => ({ id: e.id, lens: e.lens, text: evidenceText(e, language, t) })),
  })),
  sideBySide: d.meetbaarMerkbaar.map((m) => ({
    id: m.municipalityId,
    name: m.name,
    meetbaar: m.meetbaar,
    merkbaar: m.merkbaar,
  })),
  year: d.meetbaarMerkbaar.find((m) => m.year !== null)?.year ?? null,
});
