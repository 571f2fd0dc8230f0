import { type ReactNode, useState } from 'react';
import { useLocale } from '../i18n/i18n.ts';
import { FamilyCard } from './family-card.tsx';
import type { FamilyCardVm } from './family-card-vm.ts';

/**
 * The named families as a compact list with one opened at a time (issue 15, defect 8: eight full cards made
 * the leefwereld screen 6,400 px long on a phone). Each row says the family and where it stands; opening it
 * shows the story, the timeline and what `extra` adds for that family (the ervaringsdeskundige's buttons).
 */
export const FamilyList = ({
  families,
  extra,
}: {
  families: FamilyCardVm[];
  extra: (f: FamilyCardVm) => ReactNode;
}) => {
  const { t } = useLocale();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <ul className="family-list">
      {families.map((f) => {
        const expanded = open === f.key;
        return (
          <li key={f.key} className="family-row">
            <button
              type="button"
              aria-expanded={expanded}
              aria-controls={`family-panel-${f.key}`}
              onClick={() => setOpen(expanded ? null : f.key)}
            >
              <span>
                <span aria-hidden="true">{expanded ? '▾ ' : '▸ '}</span>
                {t(`familyName.${f.key}`, { defaultValue: f.name })}
              </span>
              <span className="family-status">{t(`familyStatus.${f.status}`)}</span>
            </button>
            {expanded && (
              <div id={`family-panel-${f.key}`}>
                <FamilyCard family={f} idPrefix="family" headingLevel={3} legend={false}>
                  {extra(f)}
                </FamilyCard>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
};
