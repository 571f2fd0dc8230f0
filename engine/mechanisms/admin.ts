import type { Decisions } from '../scenario/decisions.ts';
import type { Parameters } from '../scenario/parameters.ts';
import { clamp } from './context.ts';

/**
 * M5: the admin share of professional time rises with control, with the number of contracts, with product
 * codes and with per-product funding (004:297: 20-40%; 001:2968: 38%); registering need costs time
 * (002:121-130); a learning stock removes needless admin (004:454-456).
 */
export const adminShareOf = (p: Parameters, d: Decisions, contracts: number, learning: number): number => {
  const control =
    d.accountability === 'strak'
      ? p.adminTightControl
      : d.accountability === 'steekproef'
        ? p.adminSampleControl
        : 0;
  const codes =
    d.productCodes === 'veel' ? p.adminManyCodes : d.productCodes === 'weinig' ? p.adminManyCodes / 2 : 0;
  const funding =
    d.funding === 'per-product'
      ? p.adminPerProductFunding
      : d.funding === 'per-traject'
        ? (p.adminPerProductFunding * 2) / 3
        : d.funding === 'taakgericht'
          ? p.adminPerProductFunding / 3
          : 0;
  const registration = d.registration === 'behoefte' ? p.adminNeedRegistration : 0;
  const share =
    p.adminBase +
    control +
    p.adminPerLogProvider * Math.log(1 + contracts) +
    codes +
    funding +
    registration -
    p.adminLearningRelief * learning;
  return clamp(share, p.adminShareMin, p.adminShareMax);
};

const REGIME_ROOM = (p: Parameters) =>
  ({ strak: p.roomStrak, steekproef: p.roomSteekproef, verhalend: p.roomVerhalend }) as const;
const ARCHETYPE_ROOM = (p: Parameters) =>
  ({ npm: p.roomNpm, relationeel: p.roomRelationeel, lerend: p.roomLerend }) as const;

/** Room professionals of the local team have: their mandate, within the accountability regime (001:1416-1447). */
export const localAutonomyOf = (p: Parameters, d: Decisions): number =>
  (p.autonomyBase + p.autonomyPerMandate * d.mandate) * REGIME_ROOM(p)[d.accountability];

/** Room a provider's professionals have under a municipality's contract (agency vs stewardship, 004:159). */
export const providerAutonomyOf = (p: Parameters, d: Decisions): number =>
  ARCHETYPE_ROOM(p)[d.archetype] * REGIME_ROOM(p)[d.accountability];
