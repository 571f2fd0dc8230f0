import type { Decisions, YearReport } from '../../engine/index.ts';
import type { Lens } from '../model/roles.ts';
import type { Text } from '../text.ts';

export type Question = 1 | 2 | 3;

/** One fact from the session that helps answer a debrief question (GAME.md section 9). */
export type Evidence = {
  id: string;
  question: Question;
  lens: Lens;
  /** 0-1: how strong the contrast is; the debrief shows the strongest first. */
  strength: number;
  text: Text;
  municipalities: string[];
};

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
