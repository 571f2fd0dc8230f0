import type { Parameters } from '../scenario/parameters.ts';
import { clamp } from './context.ts';

export type Workforce = { sickLeave: number; turnover: number; vacancies: number };

/**
 * M8: admin load, lack of room and overload raise sick leave and turnover (004:252-253); staff who leave
 * are replaced only after a vacancy is filled (labour shortage, 003:1706-1711). Sick leave under 2% with
 * little admin and full room (Peel en Maas, 004:470).
 */
export const updateWorkforce = (
  p: Parameters,
  w: Workforce,
  fte: number,
  admin: number,
  autonomy: number,
  load: number,
): void => {
  const excessAdmin = Math.max(0, admin - p.adminFreeShare);
  const overload = Math.max(0, load - p.overloadAbove);
  const sickTarget =
    p.sickBase +
    p.sickPerAdmin * excessAdmin +
    // Squared: a little room lost matters little, working to protocol alone a lot.
    p.sickPerLackOfAutonomy * (1 - autonomy) ** 2 +
    p.sickPerOverload * overload;
  w.sickLeave += (clamp(sickTarget, 0, p.sickLeaveMax) - w.sickLeave) / p.workforceTauWeeks;
  w.turnover = clamp(
    p.turnoverBasePerYear + p.turnoverPerAdmin * excessAdmin + p.turnoverPerLackOfAutonomy * (1 - autonomy),
    0,
    1,
  );
  const leaving = ((fte - w.vacancies) * w.turnover) / 52;
  const filled = w.vacancies / p.vacancyFillWeeks;
  w.vacancies = clamp(w.vacancies + leaving - filled, 0, fte);
};

/** Care slots a staff of `fte` offers per week after admin, sick leave and reflection time (M5). */
export const careSlots = (
  p: Parameters,
  fte: number,
  w: Workforce,
  admin: number,
  reflectionHours: number,
  hoursPerCase: number,
  reservedHours = 0,
): number => {
  const hours = p.weeklyHoursPerFte;
  const careHours =
    (fte - w.vacancies) * hours * (1 - admin) * (1 - w.sickLeave) * (1 - reflectionHours / hours);
  return Math.max(0, Math.floor((careHours - reservedHours) / hoursPerCase));
};
