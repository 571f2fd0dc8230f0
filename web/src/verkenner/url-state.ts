import type { ExplorerSetting } from '../../../game/explorer/setting.ts';
import type { Decisions, RegionalDecisions } from '../api/view-types.ts';
import { leverFields } from '../play/lever-fields.ts';
import { developmentFundBounds } from '../play/region-vm.ts';

/** Everything the page shows, so a shared link opens the same view. */
export type VerkennerState = {
  preset: string;
  setting: ExplorerSetting;
  pinned: ExplorerSetting | null;
  seeds: number;
  why: { outcome: string; year: number } | null;
};

export const defaultSeeds = 20;
export const maxSeeds = 50;

const regionalKinds = {
  jointContracting: 'boolean',
  placementCoordination: 'boolean',
  developmentFundShare: 'number',
} as const satisfies Record<keyof RegionalDecisions, string>;

const encodeValue = (v: unknown): string =>
  v !== null && typeof v === 'object' ? Object.values(v as Record<string, number>).join('/') : String(v);

/** "tariffLevel:1.1;access:direct;regional.jointContracting:true" for the changed levers. */
const encodeSetting = (s: ExplorerSetting): string =>
  [
    ...Object.entries(s.decisions).map(([k, v]) => `${k}:${encodeValue(v)}`),
    ...Object.entries(s.regional).map(([k, v]) => `regional.${k}:${encodeValue(v)}`),
  ].join(';');

const inRange = (n: number, min: number, max: number) => Number.isFinite(n) && n >= min && n <= max;

// A value from a link is untrusted: anything that does not fit its lever is dropped.
const decodeLever = (lever: keyof Decisions, text: string): unknown => {
  const f = leverFields[lever];
  if (f.kind === 'choice') return f.options.includes(text) ? text : undefined;
  if (f.kind === 'boolean') return text === 'true' ? true : text === 'false' ? false : undefined;
  if (f.kind === 'number') return inRange(Number(text), f.min, f.max) ? Number(text) : undefined;
  if (f.kind === 'budget')
    return text === 'null' ? null : inRange(Number(text), 0, 1e12) ? Number(text) : undefined;
  const [aanval, middenveld, verdediging] = text.split('/').map(Number);
  const ok = [aanval, middenveld, verdediging].every((x) => inRange(x, 0, 1));
  return ok && Math.abs(aanval + middenveld + verdediging - 1) < 1e-6
    ? { aanval, middenveld, verdediging }
    : undefined;
};

const decodeRegional = (lever: keyof RegionalDecisions, text: string): unknown => {
  if (regionalKinds[lever] === 'boolean')
    return text === 'true' ? true : text === 'false' ? false : undefined;
  const n = Number(text);
  return inRange(n, developmentFundBounds.min, developmentFundBounds.max) ? n : undefined;
};

const decodeSetting = (text: string | null): ExplorerSetting => {
  const setting: ExplorerSetting = { decisions: {}, regional: {} };
  for (const part of (text ?? '').split(';')) {
    const at = part.indexOf(':');
    if (at < 0) continue;
    const [name, value] = [part.slice(0, at), part.slice(at + 1)];
    if (name.startsWith('regional.')) {
      const lever = name.slice('regional.'.length);
      if (!(lever in regionalKinds)) continue;
      const v = decodeRegional(lever as keyof RegionalDecisions, value);
      if (v !== undefined) (setting.regional as Record<string, unknown>)[lever] = v;
    } else if (name in leverFields) {
      const v = decodeLever(name as keyof Decisions, value);
      if (v !== undefined) (setting.decisions as Record<string, unknown>)[name] = v;
    }
  }
  return setting;
};

/** The query string of a state (without the "?"). */
export const encodeState = (s: VerkennerState): string => {
  const q = new URLSearchParams({ preset: s.preset });
  const set = encodeSetting(s.setting);
  if (set) q.set('set', set);
  if (s.pinned) q.set('pin', encodeSetting(s.pinned));
  if (s.seeds !== defaultSeeds) q.set('seeds', String(s.seeds));
  if (s.why) q.set('why', `${s.why.outcome}:${s.why.year}`);
  return q.toString();
};

/** Reads a query string; what is missing or wrong falls back to the defaults. */
export const decodeState = (search: string, presets: readonly string[], fallback: string): VerkennerState => {
  const q = new URLSearchParams(search);
  const preset = presets.includes(q.get('preset') ?? '') ? (q.get('preset') as string) : fallback;
  const seeds = Number(q.get('seeds') ?? defaultSeeds);
  const [outcome, year] = (q.get('why') ?? '').split(':');
  return {
    preset,
    setting: decodeSetting(q.get('set')),
    pinned: q.has('pin') ? decodeSetting(q.get('pin')) : null,
    seeds: Number.isInteger(seeds) && seeds >= 1 && seeds <= maxSeeds ? seeds : defaultSeeds,
    why: outcome && Number.isInteger(Number(year)) ? { outcome, year: Number(year) } : null,
  };
};
