import type { ReactNode } from 'react';
import { FamilyTimeline } from '../debrief/family-timeline.tsx';
import { useLocale } from '../i18n/i18n.ts';
import type { FamilyCardVm } from './family-card-vm.ts';
import type { StoryLine, When } from './family-story.ts';

/** A story's sentences in the reader's language: months by name, lists joined, plurals by count. */
export const useStoryText = () => {
  const { t, format } = useLocale();
  const month = new Intl.DateTimeFormat(format.locale, { month: 'long', timeZone: 'UTC' });
  const when = (w: When) =>
    t('story.when', { month: month.format(Date.UTC(2001, w.month, 15)), year: w.year });
  // A second event in the same month says "that same month" instead of repeating the date.
  const line = (l: StoryLine, i: number, all: StoryLine[]) =>
    t(`story.${l.key}`, {
      ...l.values,
      ...(l.when ? { when: sameMonth(all[i - 1]?.when, l.when) ? t('story.sameMonth') : when(l.when) } : {}),
      ...(l.parts ? { list: l.parts.map((p) => t(`story.${p.key}`, { count: p.count })).join(', ') } : {}),
    });
  return (lines: StoryLine[]) => lines.map(line).join(' ');
};

const sameMonth = (a: When | undefined, b: When): boolean =>
  a !== undefined && a.year === b.year && a.month === b.month;

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
  /** False where one legend above a list of families explains the marks. */
  legend?: boolean;
};

/** A named family's kitchen-table story and its timeline, the same on the leefwereld screen and the team table. */
export const FamilyCard = ({
  family: f,
  idPrefix,
  headingLevel,
  title,
  meta,
  children,
  legend = true,
}: Props) => {
  const { t } = useLocale();
  const storyText = useStoryText();
  const id = `${idPrefix}-${f.key}`;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="card family stack" aria-labelledby={id}>
      <Heading id={id}>{title ?? t(`familyName.${f.key}`, { defaultValue: f.name })}</Heading>
      {meta}
      <p className="story">{storyText(f.story)}</p>
      {/* The strip carries its own list of the same events (a <details>), its text alternative. */}
      {f.timeline.length > 0 ? (
        <FamilyTimeline vm={f.strip} caption={t('family.strip')} legend={legend} />
      ) : (
        <p>{t('family.noEvents')}</p>
      )}
      {children}
    </article>
  );
};
