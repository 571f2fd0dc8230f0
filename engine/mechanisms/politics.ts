import type { Decisions } from '../scenario/decisions.ts';
import type { MunicipalityState, SimState } from '../state/sim-state.ts';
import { clamp } from './context.ts';

/**
 * M15: overspend raises political pressure; when the municipality follows the risk reflex, pressure cuts the
 * sociale basis and tightens control (001:389-400, 001:676-693). Runs once a year on last year's books.
 */
export const updatePolitics = (st: SimState, m: MunicipalityState, spendLastYear: number): void => {
  const p = st.params;
  const overspend = spendLastYear / m.budgetEur - 1;
  m.pressure = clamp(
    m.pressure * p.pressureDecay + p.pressurePerOverspend * Math.max(0, overspend) + m.pressureShock,
    0,
    p.pressureMax,
  );
  m.pressureShock = 0;
  m.effective = effectiveDecisions(st, m);
};

const TIGHTER = { verhalend: 'steekproef', steekproef: 'strak', strak: 'strak' } as const;

export const effectiveDecisions = (st: SimState, m: MunicipalityState): Decisions => {
  const d = m.decisions;
  const budgetEur = d.budgetEur ?? m.baseBudgetEur;
  m.budgetEur = budgetEur;
  if (d.riskReflex !== 'volgen' || m.pressure < st.params.riskReflexAbove) return d;
  const cut =
    d.budgetSplit.aanval * clamp(st.params.riskReflexBasisCut * m.pressure, 0, st.params.riskReflexMaxCut);
  return {
    ...d,
    budgetSplit: {
      ...d.budgetSplit,
      aanval: d.budgetSplit.aanval - cut,
      verdediging: d.budgetSplit.verdediging + cut,
    },
    accountability:
      m.pressure > st.params.riskReflexTightenAbove ? TIGHTER[d.accountability] : d.accountability,
  };
};
