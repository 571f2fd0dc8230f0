import { type ReactNode, useEffect, useRef } from 'react';
import { echarts } from '../components/echarts-setup.ts';

/** Below this width per column a left-to-right route has no room for the stations' names. */
const COLUMN_PX = 120;

/**
 * A Sankey drawn by ECharts with its text alternative as children (a list or table of the same routes): the
 * picture is hidden from screen readers, which read the caption and the alternative instead (WCAG 1.1.1).
 */
export const SankeyFigure = ({
  title,
  columns,
  option,
  children,
}: {
  title: string;
  /** Columns of the Sankey left to right; a box too narrow for them draws the route top to bottom. */
  columns: number;
  /** The option for a wide box (left to right) or a narrow one (top to bottom). */
  option: (vertical: boolean) => echarts.EChartsCoreOption;
  children: ReactNode;
}) => {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = el.current;
    if (!box) return;
    const chart = echarts.init(box, undefined, { renderer: 'svg' });
    const narrow = () => box.clientWidth < columns * COLUMN_PX;
    let vertical = narrow();
    box.classList.toggle('vertical', vertical);
    chart.setOption(option(vertical));
    const observer = new ResizeObserver(() => {
      if (narrow() !== vertical) {
        vertical = narrow();
        box.classList.toggle('vertical', vertical);
        chart.setOption(option(vertical), true);
      }
      chart.resize();
    });
    observer.observe(box);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option, columns]);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div ref={el} className="chart-canvas sankey-canvas" aria-hidden="true" />
      {children}
    </figure>
  );
};
