import { useState } from 'react';
import type { LeverChanges, SeatView } from '../api/view-types.ts';
import { Chart } from '../components/chart.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { KpiGrid } from '../components/kpi-grid.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { FootballField } from './football-field.tsx';
import { applyChanges, withEdit } from './lever-fields.ts';
import { LeverForm } from './lever-form.tsx';
import { LeverValueText } from './lever-value-text.tsx';
import { sessionBanner } from './play-vm.ts';
import { type Act, ShareButton } from './role-desk.tsx';
import { ShownYear } from './shown-year.tsx';
import { wethouderVm } from './wethouder-vm.ts';

/** Beleid: the policy dashboard, the football-field board, and the team's submission with its summary. */
export const WethouderPanel = ({
  view,
  act,
  canDecide,
}: {
  view: SeatView;
  act: Act;
  canDecide: boolean;
}) => {
  const { t, format } = useLocale();
  const [edits, setEdits] = useState<LeverChanges>({});
  const [error, setError] = useState<unknown>(null);
  const team = view.team;
  if (!team) return null;
  const vm = wethouderVm(view, team, edits, { spend: t('metric.spend'), budget: t('metric.budget') });
  const submit = async () => {
    setError(null);
    try {
      await act({ type: 'submit-decisions', changes: edits, adoptDrafts: true });
      setEdits({});
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="stack">
      <h2>{t('lens.beleid')}</h2>
      <p className="help">{t('lens.beleidHelp')}</p>
      <ShownYear shown={view.lenses.beleid?.shown} />
      <KpiGrid kpis={vm.kpis} />
      <ShareButton forRole="wethouder" item="beleid.dashboard" act={act} />
      {vm.hasHistory ? (
        <Chart title={t('chart.spendVsBudget')} data={vm.chart} formatValue={format.euroCompact} />
      ) : (
        <p>{t('lens.noYearYet')}</p>
      )}
      <section aria-labelledby="board-title" className="card stack">
        <h3 id="board-title">{t('board.title')}</h3>
        <p className="help">{t('board.help')}</p>
        <FootballField vm={vm.field} />
        <LeverForm
          levers={['budgetSplit', 'budgetEur', 'learningFundShare', 'riskReflex']}
          values={applyChanges(team.preview ?? team.decisions, edits)}
          onChange={(lever, value) => setEdits(withEdit(team.preview ?? team.decisions, edits, lever, value))}
          disabled={!canDecide || team.submission !== null}
          budgetBounds={vm.budgetBounds}
        />
      </section>
      <section aria-labelledby="submit-title" className="card stack">
        <h3 id="submit-title">{t('submit.title')}</h3>
        {!vm.submitted && view.session.phase !== 'overleg' && (
          <p className="help">{t('submit.onlyInOverleg')}</p>
        )}
        {vm.submitted ? (
          <p role="status">{t('submit.done')}</p>
        ) : vm.changes.length === 0 ? (
          <p>{t('submit.noChanges')}</p>
        ) : (
          <ul className="changes">
            {vm.changes.map((c) => (
              <li key={c.lever}>
                <strong>{t(`lever.${c.lever}.label`)}</strong>:{' '}
                <LeverValueText lever={c.lever} value={c.from} /> →{' '}
                <LeverValueText lever={c.lever} value={c.to} />
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          className="primary"
          onClick={submit}
          disabled={!sessionBanner(view.session, Date.now()).canSubmit || vm.submitted !== null}
        >
          {t('submit.action')}
        </button>
        <ErrorNotice error={error} />
      </section>
    </div>
  );
};
