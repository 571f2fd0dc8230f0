import { useState } from 'react';
import type { Decisions } from '../api/view-types.ts';
import { TableScroll } from '../components/table-scroll.tsx';
import { useLocale } from '../i18n/i18n.ts';
import type { LeverValue } from '../play/lever-fields.ts';
import { LeverValueText } from '../play/lever-value-text.tsx';
import type { Debrief } from './debrief-vm.ts';
import { replayVm } from './replay-vm.ts';
import { SideBySideTable } from './side-by-side-table.tsx';

type ReplayRound = NonNullable<ReturnType<typeof replayVm>>;

/** One round as it was: the cards in play, the regional agreements, every municipality's levers and results. */
const RoundView = ({ vm, live }: { vm: ReplayRound; live: boolean }) => {
  const { t, format } = useLocale();
  const levers = [...new Set(vm.municipalities.flatMap((m) => m.levers.map((l) => l.lever)))];
  const cell = (m: (typeof vm.municipalities)[number], lever: keyof Decisions) =>
    m.levers.find((l) => l.lever === lever);
  return (
    <div className="stack replay-round">
      <h4 aria-live={live ? 'polite' : undefined}>
        {t('debrief.replay.heading', { round: vm.round, years: vm.years.join('–') })}
      </h4>
      <div className="debrief-columns">
        <div>
          <h5>{t('debrief.replay.cards')}</h5>
          {vm.cards.length === 0 ? (
            <p>{t('debrief.replay.noCards')}</p>
          ) : (
            <ul>
              {vm.cards.map((c) => (
                <li key={c.id}>
                  {c.title}
                  {c.arrived && <span className="tag">{t('debrief.replay.new')}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h5>{t('debrief.replay.regional')}</h5>
          <ul>
            <li>
              {t('regional.jointContracting')}: {t(vm.regional.jointContracting ? 'common.yes' : 'common.no')}
            </li>
            <li>
              {t('regional.placementCoordination')}:{' '}
              {t(vm.regional.placementCoordination ? 'common.yes' : 'common.no')}
            </li>
            <li>
              {t('regional.developmentFundShare')}: {format.percent(vm.regional.developmentFundShare)}
            </li>
          </ul>
          {vm.regionalChanged && <p className="tag">{t('debrief.replay.regionalChanged')}</p>}
        </div>
      </div>
      <TableScroll label={t('debrief.replay.decisions', { round: vm.round })}>
        <table className="stacked">
          <caption>{t('debrief.replay.decisions', { round: vm.round })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('debrief.replay.lever')}</th>
              {vm.municipalities.map((m) => (
                <th scope="col" key={m.id}>
                  {m.name}
                  {m.source && <span className="help block">{t(`debrief.replay.source.${m.source}`)}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {levers.map((lever) => (
              <tr key={lever}>
                <th scope="row">{t(`lever.${lever}.label`)}</th>
                {vm.municipalities.map((m) => {
                  const c = cell(m, lever);
                  return (
                    <td key={m.id} data-label={m.name} className={c?.changed ? 'changed' : undefined}>
                      {c ? <LeverValueText lever={lever} value={c.value as LeverValue} /> : '–'}
                      {c?.changed && <span className="tag">{t('debrief.replay.changed')}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <SideBySideTable
        caption={t('debrief.replay.sideBySide', { round: vm.round })}
        rows={vm.municipalities}
      />
    </div>
  );
};

/**
 * Replay of any round (GAME.md section 9): pick a round with radio buttons (arrow keys move between them) and
 * see what every municipality had in force, what it changed, the cards in play and where the year ended.
 * `allRounds` (the printed class report) shows every round one after the other instead of a picker.
 */
export const ReplaySection = ({
  debrief,
  allRounds = false,
  titled = true,
}: {
  debrief: Debrief;
  allRounds?: boolean;
  /** False in the compact debrief, whose heading (id debrief-replay) holds the button opening it. */
  titled?: boolean;
}) => {
  const { t, language } = useLocale();
  const [requested, setRequested] = useState<number | null>(null);
  const vm = replayVm(debrief, language, requested);
  if (!vm) return null;
  return (
    <section className="stack debrief-section" aria-labelledby="debrief-replay">
      {titled && (
        <h3 id="debrief-replay">{t(allRounds ? 'debrief.replay.allTitle' : 'debrief.replay.title')}</h3>
      )}
      {allRounds ? (
        vm.choices.map((r) => {
          const round = replayVm(debrief, language, r);
          return round && <RoundView key={r} vm={round} live={false} />;
        })
      ) : (
        <>
          <fieldset className="round-picker">
            <legend>{t('debrief.replay.pick')}</legend>
            {vm.choices.map((r) => (
              <label key={r} className={r === vm.round ? 'selected' : undefined}>
                <input
                  type="radio"
                  name="replay-round"
                  value={r}
                  checked={r === vm.round}
                  onChange={() => setRequested(r)}
                />
                {t('debrief.replay.round', { round: r })}
              </label>
            ))}
          </fieldset>
          <RoundView vm={vm} live />
        </>
      )}
    </section>
  );
};
