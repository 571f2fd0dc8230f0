import type { Decisions, YearReport } from '../../engine/index.ts';
import type { Lens } from '../model/roles.ts';
import type { Text } from '../text.ts';

export type Question = 1 | 2 | 3;

type EvidenceCore = {
  id: string;
  question: Question;
  lens: Lens;
  /** 0-1: how strong the contrast is; the debrief shows the strongest first. */
  strength: number;
  municipalities: string[];
};

/**
 * A fact the client words through i18next: the locale key `debrief.fact.<key>`, its values (numbers already
 * rounded to the digits shown; the client writes them in the reader's number format) and, when the sentence
 * counts something, the number that picks the plural.
 */
export type FactMessage = { key: string; count?: number; values: Record<string, number | string | Text> };

/** A fact worded here in both languages (the contrasts and changes). */
export type TextEvidence = EvidenceCore & { text: Text };
/** A fact worded by the client's locales (the level facts of question 3). */
export type MessageEvidence = EvidenceCore & { message: FactMessage };

/** One fact from the session that helps answer a debrief question (GAME.md section 9). */
export type Evidence = TextEvidence | MessageEvidence;

/** What the debrief reads per municipality. */
export type TeamRun = { id: string; name: string; youth: number; years: YearReport[]; decisions: Decisions };

export type Valued = { team: TeamRun; value: number };

/**
 * The highest and lowest value across municipalities, if they differ by at least `minGap`. Strength is the
 * gap relative to the larger magnitude, so 6 against 2 is a stronger contrast than 16 against 12.
 */
export const contrast = (values: readonly Valued[], minGap: number) => {
  const usable = values.filter((v) => Number.isFinite(v.value));
  if (usable.length < 2) return null;
  const hi = usable.reduce((a, b) => (b.value > a.value ? b : a));
  const lo = usable.reduce((a, b) => (b.value < a.value ? b : a));
  const gap = hi.value - lo.value;
  if (gap < minGap || gap <= 0) return null;
  return { hi, lo, strength: Math.min(1, gap / Math.max(Math.abs(hi.value), Math.abs(lo.value), minGap)) };
};
