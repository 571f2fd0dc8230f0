/**
 * How provider lists read on a small screen: every generated provider name starts with the region ("West-Brabant
 * West: ambulante jeugdhulp 12"), which says nothing inside that region's own game, and numbers sort as
 * numbers (2 before 10).
 */
export const shortProviderName = (name: string, region: string): string =>
  name.startsWith(`${region}: `) ? name.slice(region.length + 2) : name;

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/** Trading providers first, then by care type in the order of the route, then by name with numbers as numbers. */
export const byProviderOrder =
  (typeOrder: readonly string[]) =>
  (
    a: { bankrupt: boolean; type: string; name: string },
    b: { bankrupt: boolean; type: string; name: string },
  ): number =>
    Number(a.bankrupt) - Number(b.bankrupt) ||
    typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) ||
    collator.compare(a.name, b.name);
