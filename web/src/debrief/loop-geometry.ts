/**
 * Where the variables of one causal loop sit and how its arrows run: variables evenly on a circle, clockwise
 * from the top, each arrow an arc along the circle to the next variable. A pure function, tested without a DOM.
 */
export const LOOP_BOX = { width: 360, height: 300 } as const;

const CENTER = { x: LOOP_BOX.width / 2, y: LOOP_BOX.height / 2 };
const RADIUS = 105;

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

export const loopGeometry = (n: number) => {
  const step = (2 * Math.PI) / Math.max(1, n);
  const angle = (i: number) => -Math.PI / 2 + i * step;
  // The arc leaves room around each label: a share of the gap between variables, never more than ~23 degrees.
  const gap = Math.min(0.4, step * 0.3);
  return {
    center: CENTER,
    nodes: Array.from({ length: n }, (_, i) => point(angle(i))),
    arcs: Array.from({ length: n }, (_, i) => {
      const from = point(angle(i) + gap);
      const to = point(angle(i + 1) - gap);
      const large = step - 2 * gap > Math.PI ? 1 : 0;
      return {
        path: `M ${from.x} ${from.y} A ${RADIUS} ${RADIUS} 0 ${large} 1 ${to.x} ${to.y}`,
        // The sign sits just outside the middle of the arc.
        sign: point(angle(i) + step / 2, RADIUS + 16),
      };
    }),
  };
};
