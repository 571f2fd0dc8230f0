import type { FamilyJourneysVm } from './family-journeys-vm.ts';

type Flows = FamilyJourneysVm['flows'];

/** Colours by what a station means for the family; they meet WCAG AA on white like the rest (app.css). */
const stageColour: Record<string, string> = {
  begin: '#4a5360',
  hulpvraag: '#0b5cad',
  toegang: '#0b5cad',
  wachten: '#b35900',
  afgehaakt: '#b35900',
  hulp: '#1e6b34',
  wisseling: '#a4161a',
  erger: '#a4161a',
  thuiszitten: '#a4161a',
  uithuis: '#7a2e8e',
  'vroeg-gesloten': '#a4161a',
  afgerond: '#1e6b34',
  'klein-gebleven': '#1e6b34',
  omweg: '#b35900',
};

/**
 * The ECharts option for a family's routes as a Sankey: one column per step of the route, a band's width the
 * number of municipalities that went that way. Node names are the route's ids ("2:toegang"), shown as the
 * station's name, because a station can appear in several columns. On a narrow screen the route runs top to
 * bottom, so six or seven stations still have room for their names.
 */
export const sankeyOption = (
  flows: Flows,
  stageLabel: (stage: string) => string,
  { large = false, vertical = false }: { large?: boolean; vertical?: boolean } = {},
) => {
  const label = new Map(flows.nodes.map((n) => [n.id, stageLabel(n.stage)]));
  const fontSize = large ? 20 : 12;
  return {
    aria: { enabled: true },
    animation: false,
    tooltip: {
      trigger: 'item' as const,
      formatter: (p: {
        dataType?: string;
        name?: string;
        data?: { source?: string; target?: string; value?: number };
      }) =>
        p.dataType === 'edge'
          ? `${label.get(p.data?.source ?? '')} → ${label.get(p.data?.target ?? '')}: ${p.data?.value ?? 0}`
          : (label.get(p.name ?? '') ?? ''),
    },
    series: [
      {
        type: 'sankey' as const,
        orient: vertical ? ('vertical' as const) : ('horizontal' as const),
        left: 8,
        right: vertical ? 8 : large ? 180 : 110,
        top: 8,
        bottom: vertical ? 24 : 8,
        nodeWidth: large ? 22 : 14,
        nodeGap: large ? 14 : 8,
        nodeAlign: 'left' as const,
        draggable: false,
        layoutIterations: 0,
        emphasis: { focus: 'adjacency' as const },
        label: {
          fontSize,
          position: vertical ? ('bottom' as const) : ('right' as const),
          // A white halo keeps a name readable where it lies over a band.
          textBorderColor: '#ffffff',
          textBorderWidth: 3,
          formatter: (p: { name: string }) => label.get(p.name) ?? p.name,
        },
        lineStyle: { color: 'gradient' as const, opacity: 0.3 },
        data: flows.nodes.map((n) => ({
          name: n.id,
          depth: n.depth,
          itemStyle: { color: stageColour[n.stage] ?? '#4a5360' },
        })),
        links: flows.links.map((l) => ({ source: l.source, target: l.target, value: l.value })),
      },
    ],
  };
};
