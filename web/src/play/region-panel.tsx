import { useState } from 'react';
import type { SeatView } from '../api/view-types.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { pickText } from '../i18n/languages.ts';
import { regionalItems, regionVm } from './region-vm.ts';
import { RegionalProposalForm } from './regional-proposal-form.tsx';
import { RegionalChanges, RegionalValueText } from './regional-value-text.tsx';
import type { Act } from './role-desk.tsx';

type Vm = ReturnType<typeof regionVm>;

/** The open proposal: what it changes, how each municipality voted, and this wethouder's vote. */
const OpenProposal = ({
  proposal: p,
  canVote,
  act,
}: {
  proposal: NonNullable<Vm['proposal']>;
  canVote: boolean;
  act: Act;
}) => {
  const { t } = useLocale();
  const [error, setError] = useState<unknown>(null);
  const vote = (agree: boolean) =>
    act({ type: 'vote-regional', proposalId: p.id, agree }).then(() => setError(null), setError);
  return (
    <section className="card stack" aria-labelledby="proposal-title">
      <h3 id="proposal-title">{t('region.proposal', { by: p.by })}</h3>
      <RegionalChanges changes={p.changes} />
      <h4>{t('region.votes')}</h4>
      <ul>
        {p.votes.map((v) => (
          <li key={v.name}>
            {v.mine ? t('team.you', { name: v.name }) : v.name}: {t(`vote.${v.vote}`)}
          </li>
        ))}
      </ul>
      {canVote && (
        <div className="actions">
          <button type="button" onClick={() => void vote(true)} aria-pressed={p.myVote === 'agree'}>
            {t('vote.agreeAction')}
          </button>
          <button type="button" onClick={() => void vote(false)} aria-pressed={p.myVote === 'disagree'}>
            {t('vote.disagreeAction')}
          </button>
        </div>
      )}
      <ErrorNotice error={error} />
    </section>
  );
};

/** The regional table (GAME.md section 5): the joint package needs every municipality to agree. */
export const RegionPanel = ({ view, act }: { view: SeatView; act: Act }) => {
  const { t, language } = useLocale();
  const vm = regionVm(view);
  return (
    <div className="stack">
      <h2>{t('region.title', { region: view.session.region })}</h2>
      <ul className="members">
        {vm.teams.map((m) => (
          <li key={m.id}>
            {m.name}: {t(`progress.${m.progress}`)}
          </li>
        ))}
      </ul>
      <p className="help">{t('region.rules')}</p>
      <section aria-labelledby="in-force-title" className="stack">
        <h3 id="in-force-title">{t('region.inForce')}</h3>
        <dl className="kpis">
          {regionalItems.map((item) => (
            <div key={item} className="kpi">
              <dt>{t(`regional.${item}`)}</dt>
              <dd>
                <RegionalValueText value={vm.inForce[item]} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {vm.adopted && (
        <section className="card stack notice" aria-labelledby="adopted-title">
          <h3 id="adopted-title">{t('region.adopted')}</h3>
          <RegionalChanges changes={vm.adopted.changes} />
        </section>
      )}
      {vm.proposal && <OpenProposal proposal={vm.proposal} canVote={vm.canVote} act={act} />}
      {vm.wethouder ? (
        <RegionalProposalForm
          key={JSON.stringify(vm.base)}
          base={vm.base}
          act={act}
          open={vm.proposal?.decisions ?? null}
          canPropose={vm.canPropose}
        />
      ) : (
        <p className="help">{t('region.wethouderOnly')}</p>
      )}
      <h3>{t('region.cards')}</h3>
      {vm.cards.map((c) => (
        <article key={c.id} className="card">
          <h4>{pickText(c.title, language)}</h4>
          <p>{pickText(c.story, language)}</p>
        </article>
      ))}
    </div>
  );
};
