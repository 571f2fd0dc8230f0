import { BarChart, LineChart, SankeyChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// The one place ECharts is set up: only the parts we use, rendered as SVG (crisp on a projector, light on a
// phone). Every chart imports ECharts from here, so the bundler makes one lazily loaded chunk of it.
echarts.use([
  LineChart,
  BarChart,
  SankeyChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  SVGRenderer,
]);

export { echarts };
