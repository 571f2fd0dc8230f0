import { SankeyChart } from 'echarts/charts';
import { AriaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type ReactNode, useEffect, useRef } from 'react';

echarts.use([SankeyChart, TooltipComponent, AriaComponent, SVGRenderer]);

/**
 * A Sankey drawn by ECharts with its text alternative as children (a list or table of the same routes): the
 * picture is hidden from screen readers, which read the caption and the alternative instead (WCAG 1.1.1).
 */
export const SankeyFigure = ({
  title,
  option,
  children,
}: {
  title: string;
  option: echarts.EChartsCoreOption;
  children: ReactNode;
}) => {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, undefined, { renderer: 'svg' });
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div ref={el} className="chart-canvas sankey-canvas" aria-hidden="true" />
      {children}
    </figure>
  );
};
