import { PITCH } from './football-field-layout.ts';

// Metres of a 105 x 68 m pitch to SVG units, so the markings look like a real pitch at any split.
const sx = PITCH.width / 105;
const sy = PITCH.height / 68;
const midY = PITCH.y + PITCH.height / 2;
const left = PITCH.x;
const right = PITCH.x + PITCH.width;

/** A box on the goal line (penalty or goal area), `depth` metres into the pitch and `width` metres wide. */
const areaAt = (goalX: number, inward: 1 | -1, depth: number, width: number) => {
  const d = depth * sx;
  const h = width * sy;
  return { x: inward > 0 ? goalX : goalX - d, y: midY - h / 2, width: d, height: h };
};

const ends = [
  { key: 'own', x: left, inward: 1 as const },
  { key: 'theirs', x: right, inward: -1 as const },
];

/** Grass with mowing stripes and the white markings; decoration under the zones (the svg is one image to screen readers). */
export const PitchMarkings = () => (
  <g>
    <rect
      x={0}
      y={0}
      width={PITCH.x * 2 + PITCH.width}
      height={PITCH.y * 2 + PITCH.height}
      className="field-grass"
    />
    {Array.from({ length: 12 }, (_, i) => i)
      .filter((i) => i % 2 === 1)
      .map((i) => (
        <rect
          key={i}
          x={left + (i * PITCH.width) / 12}
          y={PITCH.y}
          width={PITCH.width / 12}
          height={PITCH.height}
          className="field-mow"
        />
      ))}
  </g>
);

/** The white lines, drawn over the zone tints so the pitch stays a pitch. */
export const PitchLines = () => (
  <g className="field-lines">
    <rect x={left} y={PITCH.y} width={PITCH.width} height={PITCH.height} />
    <line x1={(left + right) / 2} y1={PITCH.y} x2={(left + right) / 2} y2={PITCH.y + PITCH.height} />
    <circle cx={(left + right) / 2} cy={midY} r={9.15 * sx} />
    <circle cx={(left + right) / 2} cy={midY} r={6} className="field-spot" />
    {ends.map((e) => (
      <g key={e.key}>
        <rect {...areaAt(e.x, e.inward, 16.5, 40.32)} />
        <rect {...areaAt(e.x, e.inward, 5.5, 18.32)} />
        <circle cx={e.x + e.inward * 11 * sx} cy={midY} r={6} className="field-spot" />
        <rect {...areaAt(e.x, -e.inward as 1 | -1, 2, 7.32)} className="field-goal" />
      </g>
    ))}
  </g>
);
