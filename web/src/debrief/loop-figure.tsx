import { useId } from 'react';
import { useLocale } from '../i18n/i18n.ts';
import { LINE, LOOP_BOX, loopGeometry, wrapLabel } from './loop-geometry.ts';
import type { LoopCard } from './loops-vm.ts';

/**
 * One causal loop drawn as a circle of variables with signed arrows and its R or B in the middle. The picture
 * is named by a sentence that reads the whole loop ("more waiting time gives more families giving up, ..."),
 * so a screen reader gets the same story (WCAG 1.1.1).
 */
export const LoopFigure = ({ loop }: { loop: LoopCard }) => {
  const { t, format } = useLocale();
  const arrow = useId();
  const labels = loop.steps.map((s) => wrapLabel(s.label));
  const g = loopGeometry(labels);
  const reading = loop.steps
    .map((s, i) =>
      t(s.polarity > 0 ? 'debrief.loops.more' : 'debrief.loops.less', {
        from: s.label,
        to: loop.steps[(i + 1) % loop.steps.length].label,
      }),
    )
    .join('; ');
  const label = `${loop.title} (${t(`debrief.loops.kind.${loop.kind}`)}): ${reading}.`;
  return (
    <figure className={loop.dominant ? 'loop-figure dominant' : 'loop-figure'}>
      <figcaption>
        <strong>{loop.title}</strong> <span className="tag">{t(`debrief.loops.kind.${loop.kind}`)}</span>{' '}
        {loop.dominant && <span className="tag strong">{t('debrief.loops.dominant')}</span>}
        <span className="loop-score">{t('debrief.loops.score', { score: format.percent(loop.score) })}</span>
      </figcaption>
      <svg viewBox={`0 0 ${LOOP_BOX.width} ${LOOP_BOX.height}`} role="img" aria-label={label}>
        <defs>
          <marker
            id={arrow}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" className="loop-arrowhead" />
          </marker>
        </defs>
        {g.arcs.map((a, i) => (
          <g key={loop.steps[i].id}>
            <path d={a.path} className="loop-arc" markerEnd={`url(#${arrow})`} />
            <text
              x={a.sign.x}
              y={a.sign.y}
              className="loop-sign"
              textAnchor="middle"
              dominantBaseline="central"
            >
              {loop.steps[i].polarity > 0 ? '+' : '−'}
            </text>
          </g>
        ))}
        <text
          x={g.center.x}
          y={g.center.y}
          className="loop-kind"
          textAnchor="middle"
          dominantBaseline="central"
        >
          {loop.kind}
        </text>
        {loop.steps.map((s, i) => {
          const lines = labels[i];
          const p = g.nodes[i];
          return (
            <text
              key={s.id}
              x={p.x}
              y={p.y - ((lines.length - 1) * LINE) / 2}
              className="loop-node"
              textAnchor="middle"
            >
              {lines.map((line, j) => (
                <tspan key={line} x={p.x} dy={j === 0 ? '0.35em' : LINE}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </svg>
      <p className="help">{loop.why}</p>
    </figure>
  );
};
