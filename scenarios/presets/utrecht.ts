import { singleMunicipality } from './common.ts';

/** A nine-year lump-sum partnership with at most four providers and specialist teams per neighbourhood. */
export const utrecht = () =>
  singleMunicipality({
    id: 'utrecht',
    name: 'Utrecht: specialistische jeugdhulp (inspired by)',
    municipalityName: 'Utrecht',
    youth: 80_000,
    decisions: {
      procurement: 'strategisch-partnerschap',
      archetype: 'relationeel',
      contractYears: 9,
      providerCount: 4,
      funding: 'lumpsum',
      tariffLevel: 1,
      productCodes: 'weinig',
      specialistsNearby: true,
      mandate: 0.5,
      accountability: 'steekproef',
      learningRhythm: 'jaarlijks',
    },
    description: [
      'Inspired by the specialist youth care tender of Utrecht (003:1253-1421). About 70 providers before,',
      'for some 6,000 children and families in specialist care (003:1266-1273); the ambition is at most four',
      'providers (003:1116-1123) in a nine-year partnership with lump-sum funding (003:1313-1316), reached',
      'through a dialogue phase (003:1321-1340). An integral specialist team per neighbourhood works with',
      'schools, GP and JGZ (003:1280-1295): specialists nearby. Few upfront agreements, the provider is free',
      'within the budget, and a misfit is talked over (003:1346-1358): sample accountability. 80,000 youths,',
      'mandate and the remaining access route are assumptions.',
    ].join(' '),
  });
