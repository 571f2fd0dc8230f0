import { useState } from 'react';
import type { ClientAction } from '../api/view-types.ts';
import { useLocale } from '../i18n/i18n.ts';
import type { facilitatorVm } from './facilitator-vm.ts';

type Vm = ReturnType<typeof facilitatorVm>;

/** Injecting an event card from the deck, and the cards already on the table with the round they count from. */
export const CardInjection = ({ vm, run }: { vm: Vm; run: (a: ClientAction) => Promise<void> }) => {
  const { t } = useLocale();
  const [card, setCard] = useState('');
  return (
    <section className="card stack" aria-labelledby="inject-title">
      <h2 id="inject-title">{t('facilitator.inject')}</h2>
      <label htmlFor="inject-card">{t('facilitator.card')}</label>
      <select id="inject-card" value={card} onChange={(e) => setCard(e.target.value)}>
        <option value="">{t('facilitator.pickCard')}</option>
        {vm.cards.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={!card}
        onClick={() => void run({ type: 'inject-card', cardId: card as 'wvbj' }).then(() => setCard(''))}
      >
        {t('facilitator.injectAction')}
      </button>
      {vm.revealed.length > 0 && (
        <>
          <h3>{t('facilitator.revealed')}</h3>
          <ul>
            {vm.revealed.map((c) => (
              <li key={`${c.id}-${c.round}`}>
                {t(c.via === 'facilitator' ? 'facilitator.revealedByYou' : 'facilitator.revealedFromDeck', {
                  title: c.title,
                  round: c.round,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
