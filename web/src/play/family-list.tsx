import type { ReactNode } from 'react';
import { OneOpenList } from '../components/one-open-list.tsx';
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
  return (
    <OneOpenList
      className="family-list"
      idPrefix="family"
      items={families.map((f) => ({
        key: f.key,
        label: t(`familyName.${f.key}`, { defaultValue: f.name }),
        status: t(`familyStatus.${f.status}`),
        body: () => (
          <FamilyCard family={f} idPrefix="family" headingLevel={3} legend={false}>
            {extra(f)}
          </FamilyCard>
        ),
      }))}
    />
  );
};
