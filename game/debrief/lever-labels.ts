import type { Decisions } from '../../engine/index.ts';
import type { Text } from '../text.ts';

/** Plain names for the lever values the debrief mentions. */
const labels: Record<string, Text> = {
  'per-product': { nl: 'betaling per product', en: 'pay per product' },
  'per-traject': { nl: 'betaling per traject', en: 'pay per trajectory' },
  taakgericht: { nl: 'taakgerichte bekostiging', en: 'task-based funding' },
  lumpsum: { nl: 'lumpsum', en: 'lump sum' },
  strak: { nl: 'strakke controle', en: 'tight control' },
  steekproef: { nl: 'steekproeven', en: 'sample checks' },
  verhalend: { nl: 'verhalende verantwoording', en: 'narrative accountability' },
  aanbesteding: { nl: 'aanbesteding op prijs', en: 'price tender' },
  'open-house': { nl: 'open house', en: 'open house' },
  dialoog: { nl: 'dialooggerichte aanbesteding', en: 'dialogue-based tender' },
  'strategisch-partnerschap': { nl: 'strategisch partnerschap', en: 'strategic partnership' },
  'enkele-partner': { nl: 'één partner', en: 'single partner' },
  insourcing: { nl: 'insourcing', en: 'insourcing' },
  subsidie: { nl: 'subsidie', en: 'subsidy' },
  gebruik: { nl: 'alleen gebruik registreren', en: 'registering use only' },
  behoefte: { nl: 'behoefte registreren', en: 'registering need' },
  geen: { nl: 'geen', en: 'none' },
  adviserend: { nl: 'adviserend', en: 'advisory' },
  structureel: { nl: 'structureel', en: 'structural' },
  jaarlijks: { nl: 'jaarlijks', en: 'yearly' },
  kwartaal: { nl: 'per kwartaal', en: 'quarterly' },
  npm: { nl: 'NPM', en: 'NPM' },
  relationeel: { nl: 'relationeel', en: 'relational' },
  lerend: { nl: 'lerend', en: 'learning' },
  volgen: { nl: 'gevolgd', en: 'followed' },
  weerstaan: { nl: 'weerstaan', en: 'resisted' },
};

export const leverLabel = (value: string): Text => labels[value] ?? { nl: value, en: value };

/** A short description of one lever of a team's decisions. */
export const setupLabel = (d: Decisions, lever: keyof Decisions): Text => leverLabel(String(d[lever]));
