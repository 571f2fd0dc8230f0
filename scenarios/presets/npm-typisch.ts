import { singleMunicipality } from './common.ts';

/** A typical NPM municipality: every lever at its default (decisions.ts defaults are NPM-typical). */
export const npmTypisch = () =>
  singleMunicipality({
    id: 'npm-typisch',
    name: 'NPM-typisch',
    municipalityName: 'Middelstad',
    youth: 16_000,
    decisions: {},
    description: [
      'A fictional mid-sized municipality (about 70,000 inhabitants, 001:673-674; 16,000 youths 0-22',
      'assumed) steered the way many municipalities chose after 2015: price tenders, many providers, low',
      'tariffs and tight control (000:27). Short two-year contracts with 40 providers, per-product funding',
      'with many product codes, a desk + intake + beschikking route and tight accountability (NPM clusters',
      '004:188-221). The contracted residential bed mix is the historic, skewed one. Reference route: Ryan',
      '(001:358-368).',
    ].join(' '),
  });
