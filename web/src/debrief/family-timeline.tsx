import { useLocale } from '../i18n/i18n.ts';
import { type FamilyJourneysVm, markGroups } from './family-journeys-vm.ts';

const LANE = 44;
const STACK = 7;

/**
 * The family's timeline in every municipality, one lane each, weeks on x and events as marks coloured by what
 * they meant. Positions are percentages so the lanes stretch to any width without distorting the marks; the
 * events as a list per municipality are the text alternative, in a <details> below.
 */
/** What the timeline draws: a name, year ticks and one or more lanes of marks. */
export type TimelineVm = Pick<FamilyJourneysVm, 'name' | 'years'> & {
  lanes: Pick<FamilyJourneysVm['lanes'][number], 'id' | 'name' | 'status' | 'marks'>[];
};

/** What the colours of the marks mean; shown once above a list of timelines, or under a single one. */
export const MarkLegend = () => {
  const { t } = useLocale();
  return (
    <ul className="mark-legend">
      {markGroups.map((g) => (
        <li key={g}>
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="5" className={`mark mark-${g}`} />
          </svg>{' '}
          {t(`debrief.families.group.${g}`)}
        </li>
      ))}
    </ul>
  );
};

export const FamilyTimeline = ({
  vm,
  caption,
  legend = true,
}: {
  vm: TimelineVm;
  caption?: string;
  legend?: boolean;
}) => {
  const { t } = useLocale();
  return (
    <figure className="chart family-timeline">
      <figcaption>{caption ?? t('debrief.families.timeline', { name: vm.name })}</figcaption>
      <div aria-hidden="true">
        {vm.lanes.map((lane) => (
          <div key={lane.id} className="lane">
            <span className="lane-name">
              {lane.name} <span className="help">({t(`debrief.families.status.${lane.status}`)})</span>
            </span>
            <svg width="100%" height={LANE} className="lane-svg" aria-hidden="true">
              <line x1="0" x2="100%" y1={LANE - 10} y2={LANE - 10} className="lane-axis" />
              {vm.years.map((y) => (
                <line key={y.year} x1={`${y.x}%`} x2={`${y.x}%`} y1={0} y2={LANE} className="lane-year" />
              ))}
              {lane.marks.map((m) => (
                <circle
                  key={m.id}
                  cx={`${Math.min(99, Math.max(1, m.x))}%`}
                  cy={LANE - 10 - m.stack * STACK}
                  r={5}
                  className={`mark mark-${m.group}`}
                >
                  <title>{`${t('debrief.families.when', m.when)} ${t(`event.${m.kind}`)}`}</title>
                </circle>
              ))}
            </svg>
          </div>
        ))}
        <div className="lane-years">
          {vm.years.map((y) => (
            <span key={y.year} style={{ left: `${y.x}%` }}>
              {y.year}
            </span>
          ))}
        </div>
        {legend && <MarkLegend />}
      </div>
      <details>
        <summary>{t('debrief.families.asList')}</summary>
        <div className="lane-lists">
          {vm.lanes.map((lane) => (
            <section key={lane.id} aria-label={lane.name}>
              <h4>{lane.name}</h4>
              <ol className="timeline">
                {lane.marks.map((m) => (
                  <li key={m.id}>
                    <span className="week">{t('debrief.families.when', m.when)}</span> {t(`event.${m.kind}`)}
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      </details>
    </figure>
  );
};
