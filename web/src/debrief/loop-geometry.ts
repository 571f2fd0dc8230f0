/**
 * Where the variables of one causal loop sit and how its arrows run: variables evenly on a circle, clockwise
 * from the top, each arrow an arc along the circle from the edge of one name to the edge of the next. A pure
 * function, tested without a DOM.
 */
export const LOOP_BOX = { width: 400, height: 330 } as const;

const CENTER = { x: LOOP_BOX.width / 2, y: LOOP_BOX.height / 2 };
const RADIUS = 118;
/** Assumption: a bold 14px character is about 8px wide; a line is 15px high (loop-figure.tsx, debrief.css). */
const CHAR = 8;
export const LINE = 15;
const MARGIN = 8;
const MIN_ARC = 0.18;

/** Splits a label into lines of about `max` characters at spaces, so it fits beside the circle. */
export const wrapLabel = (label: string, max = 14): string[] =>
  label.split(' ').reduce<string[]>((lines, word) => {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []);

const point = (angle: number, r = RADIUS) => ({
  x: Math.round((CENTER.x + r * Math.cos(angle)) * 10) / 10,
  y: Math.round((CENTER.y + r * Math.sin(angle)) * 10) / 10,
});

/** How far along the circle (radians) an arrow must stay from a name's box centred on the circle at `angle`. */
const clearance = (lines: readonly string[], angle: number): number => {
  const halfW = (Math.max(...lines.map((l) => l.length)) * CHAR) / 2 + MARGIN;
  const halfH = (lines.length * LINE) / 2 + MARGIN;
  // Leaving along the tangent (-sin, cos), the path exits the box through its nearer side.
  const sin = Math.abs(Math.sin(angle));
  const cos = Math.abs(Math.cos(angle));
  const along = Math.min(sin > 1e-6 ? halfW / sin : Infinity, cos > 1e-6 ? halfH / cos : Infinity);
  return along / RADIUS;
};

export const loopGeometry = (labels: readonly (readonly string[])[]) => {
  const n = labels.length;
  const step = (2 * Math.PI) / Math.max(1, n);
  const angle = (i: number) => -Math.PI / 2 + i * step;
  const gaps = labels.map((lines, i) => clearance(lines, angle(i)));
  return {
    center: CENTER,
    nodes: labels.map((_, i) => point(angle(i))),
    arcs: labels.map((_, i) => {
      let leave = gaps[i];
      let arrive = gaps[(i + 1) % n];
      // Names too wide for the gap between them: shrink both clearances so a short arrow still shows.
      const room = step - MIN_ARC;
      if (leave + arrive > room) {
        const k = room / (leave + arrive);
        leave *= k;
        arrive *= k;
      }
      const from = point(angle(i) + leave);
      const to = point(angle(i + 1) - arrive);
      const large = step - leave - arrive > Math.PI ? 1 : 0;
      return {
        path: `M ${from.x} ${from.y} A ${RADIUS} ${RADIUS} 0 ${large} 1 ${to.x} ${to.y}`,
        // The sign sits just outside the middle of the arrow.
        sign: point(angle(i) + leave + (step - leave - arrive) / 2, RADIUS + 16),
      };
    }),
  };
};
