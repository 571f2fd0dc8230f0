import type { BudgetLine } from './budget-split.ts';

/**
 * The pitch in SVG user units. It scales with its card (viewBox), so the text sizes below are chosen for the
 * smallest case: a 390 px phone shows the pitch about 330 px wide, a third of these units, and the zone names
 * then read at about 14 px. Proportions follow a 105 x 68 m pitch.
 */
export const VIEW = { width: 1000, height: 666 } as const;
export const PITCH = { x: 24, y: 24, width: 952, height: 618 } as const;
export const CARD = { width: 320, height: 186, gap: 14, inset: 8 } as const;
/** Bands of each line's colour along both touchlines, where the cards point. */
export const BAND = 22;
/** How far a card's pointer stays from the card's corners. */
const POINTER_INSET = 28;

/** Left to right as the pitch is drawn: our own goal and its defence, then midfield, then attack. */
export const pitchOrder = ['verdediging', 'middenveld', 'aanval'] as const satisfies readonly BudgetLine[];

export type ZoneBox = { x: number; width: number; center: number };
/** `tipX` is where the card points at its zone; `pointer` the free side (up or down) to point from, if any. */
export type CardBox = { x: number; y: number; row: number; tipX: number; pointer: 'up' | 'down' | null };

/** Each line's stretch of the pitch, in pitch order, as wide as its share (shares add up to 1). */
export const zoneBoxes = (shares: readonly number[]): ZoneBox[] => {
  let x = PITCH.x;
  return shares.map((share) => {
    const width = share * PITCH.width;
    const box = { x, width, center: x + width / 2 };
    x += width;
    return box;
  });
};

const rowCount = 3;
const rowsTop = PITCH.y + (PITCH.height - rowCount * CARD.height - (rowCount - 1) * CARD.gap) / 2;
const rowY = (row: number) => rowsTop + row * (CARD.height + CARD.gap);
// The middle row first: from there a card can point at either touchline, and the others fit above and below.
const rowPreference = [1, 0, 2];

/**
 * Where each zone's label card goes: above the middle of its zone, kept on the pitch, and moved to another row
 * when it would cover a card already placed, so a thin zone (8% aanval) is as readable as a wide one. Three rows
 * for three cards means a free row always exists.
 */
export const cardBoxes = (zones: readonly ZoneBox[]): CardBox[] => {
  const min = PITCH.x + CARD.inset;
  const max = PITCH.x + PITCH.width - CARD.inset - CARD.width;
  const placed: { x: number; row: number }[] = [];
  for (const zone of zones) {
    const x = Math.min(max, Math.max(min, zone.center - CARD.width / 2));
    const free = (row: number) =>
      placed.every((c) => c.row !== row || Math.abs(c.x - x) >= CARD.width + CARD.gap);
    const row = rowPreference.find(free) ?? rowPreference[placed.length % rowCount];
    placed.push({ x, row });
  }
  return placed.map((c, i) => {
    const tipX = Math.min(c.x + CARD.width - POINTER_INSET, Math.max(c.x + POINTER_INSET, zones[i].center));
    // A pointer runs from the card to its zone's band on the touchline; it must not run under another card.
    const clear = (rows: number[]) =>
      placed.every((o) => o === c || !rows.includes(o.row) || tipX < o.x || tipX > o.x + CARD.width);
    const below = [c.row + 1, c.row + 2];
    const above = [c.row - 1, c.row - 2];
    // The nearer touchline first: the top row points up, the others down.
    const order = c.row === 0 ? (['up', 'down'] as const) : (['down', 'up'] as const);
    const pointer = order.find((d) => clear(d === 'up' ? above : below)) ?? null;
    return { x: c.x, y: rowY(c.row), row: c.row, tipX, pointer };
  });
};
