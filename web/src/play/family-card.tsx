import type { ReactNode } from 'react';
import { useLocale } from '../i18n/i18n.ts';
import type { FamilyCardVm } from './family-card-vm.ts';

type Props = {
  family: FamilyCardVm;
  /** Keeps heading ids unique when a family shows in more than one place. */
  idPrefix: string;
  headingLevel: 3 | 4;
  /** A heading other than the family's name, e.g. "Verhaal van Ryan" on the team table. */
  title?: string;
  /** A line under the heading: who shared the story and when. */
  meta?: ReactNode;
  /** What the place adds below the story: the ervaringsdeskundige's buttons, a sharing line. */
  children?: ReactNode;
};

/** A named family's kitchen-table story and its timeline, the same on the leefwereld screen and the team table. */
export const FamilyCard = ({ family: f, idPrefix, headingLevel, title, meta, children }: Props) => {
  const { t } = useLocale();
  const id = `${idPrefix}-${f.key}`;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="card family stack" aria-labelledby={id}>
      <Heading id={id}>{title ?? f.name}</Heading>
      {meta}
      <p className="story">{f.story.map((l) => t(`story.${l.key}`, l.values)).join(' ')}</p>
      <details>
        <summary>{t('family.timeline', { count: f.timeline.length })}</summary>
        <ol className="timeline">
          {f.timeline.map((e) => (
            <li key={e.id}>
              <span className="week">{t('family.week', { week: e.week })}</span> {t(`event.${e.kind}`)}
            </li>
          ))}
        </ol>
      </details>
      {children}
    </article>
  );
};
