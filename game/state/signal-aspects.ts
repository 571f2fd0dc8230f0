/**
 * What an ervaringsdeskundige can point at in a family's journey (GAME.md section 6, leefwereld): the
 * counters of the engine's named-family journeys.
 */
export const signalAspects = [
  'story-retold', // told the story again and again
  'waiting', // waited weeks before real help
  'letters', // letters instead of people
  'desks', // many desks and doors
  'continuity', // a new professional again
  'school', // out of school
  'trust', // lost trust in the system
] as const;
export type SignalAspect = (typeof signalAspects)[number];
