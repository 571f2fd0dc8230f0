/**
 * What a role can share to its team's table (GAME.md section 4, "share to the table"): a part of its own lens
 * or one named family's journey. The item is a reference; views show its current data.
 */
export const lensTableItems = [
  'beleid.dashboard',
  'beleid.spend',
  'contracten.providers',
  'contracten.behaviour',
  'praktijk.local-team',
  'praktijk.workload',
  'leefwereld.summary',
] as const;

export type TableItem = (typeof lensTableItems)[number] | `family:${string}`;

export const lensOfItem = (item: TableItem): string =>
  item.startsWith('family:') ? 'leefwereld' : item.split('.')[0];
