import type { TFunction } from 'i18next';
import type { Byline } from './team-table-vm.ts';

/** A byline in words: the student's name, "a former team member" or "the game" (a bot). */
export const bylineText = (t: TFunction, by: Byline): string =>
  by.kind === 'student' ? by.name : t(`table.by.${by.kind}`);
