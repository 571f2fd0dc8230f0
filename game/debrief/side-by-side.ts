import type { YearReport } from '../../engine/index.ts';

/** What the dashboard registered in a year: the numbers a wethouder is held to (meetbaar). */
export const meetbaar = (y: YearReport) => ({
  spendEur: y.spendEur,
  budgetEur: y.budgetEur,
  registeredClients: y.dashboard.registeredClients,
  registeredWaiting: y.dashboard.registeredWaiting,
  registeredSuccessShare: y.dashboard.registeredSuccessShare,
  costPerTrajectoryEur: y.dashboard.costPerTrajectoryEur,
  lawfulness: y.dashboard.lawfulness,
});

/** What families went through in the same year (merkbaar), next to the dashboard's story. */
export const merkbaar = (y: YearReport) => ({
  weeksToFirstHelp: y.weeksToFirstHelp.median,
  reallyWaiting: y.dashboard.trueWaiting,
  trueSuccessShare: y.dashboard.trueSuccessShare,
  storyTellingsPerFamily: y.storyTellingsPerFamily,
  lettersPerFamily: y.lettersPerFamily,
  thuiszitters: y.thuiszitters,
  trust: y.trust,
});

/** The dashboard's story and the families' story of one year, side by side (null before any year). */
export const sideBySideYear = (y: YearReport | undefined) => ({
  year: y?.year ?? null,
  meetbaar: y ? meetbaar(y) : null,
  merkbaar: y ? merkbaar(y) : null,
});
