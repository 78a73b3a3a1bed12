// A linear_graph metric as a line over labelled axes with round ticks and light grid lines.
import { Circle, G, Line, Polyline, Svg, Text as SvgText, Text, View } from '@react-pdf/renderer';
import type { TMetricData } from '@/lib/schemas/model-card-content';
import { CONTENT_WIDTH, COLORS } from './theme';
import { axis } from './chart-scale';

type LineMetric = Extract<TMetricData, { type: 'linear_graph' }>;

const HEIGHT = 170;
const PLOT = { left: 46, right: 12, top: 18, bottom: 34 };

export function LineChart({ metric, width = CONTENT_WIDTH }: { metric: LineMetric; width?: number }) {
  const points = metric.value;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const x = axis(Math.min(...xs), Math.max(...xs), [PLOT.left, width - PLOT.right], 6);
  const y = axis(Math.min(...ys), Math.max(...ys), [HEIGHT - PLOT.bottom, PLOT.top], 5);
  const path = points.map(([px, py]) => `${x.map(px).toFixed(2)},${y.map(py).toFixed(2)}`).join(' ');
  const bottom = HEIGHT - PLOT.bottom;
  return (
    <View wrap={false} style={{ marginVertical: 4 }}>
      <Svg width={width} height={HEIGHT}>
        {y.ticks.map((tick) => (
          <G key={`y${tick.value}`}>
            <Line x1={PLOT.left} x2={width - PLOT.right} y1={y.map(tick.value)} y2={y.map(tick.value)} stroke={COLORS.ruleLight} strokeWidth={0.5} />
            <SvgText x={PLOT.left - 4} y={y.map(tick.value) + 2.5} textAnchor="end" style={{ fontSize: 6.5 }} fill={COLORS.muted}>
              {tick.label}
            </SvgText>
          </G>
        ))}
        {x.ticks.map((tick) => (
          <G key={`x${tick.value}`}>
            <Line x1={x.map(tick.value)} x2={x.map(tick.value)} y1={bottom} y2={bottom + 3} stroke={COLORS.muted} strokeWidth={0.5} />
            <SvgText x={x.map(tick.value)} y={bottom + 11} textAnchor="middle" style={{ fontSize: 6.5 }} fill={COLORS.muted}>
              {tick.label}
            </SvgText>
          </G>
        ))}
        <Line x1={PLOT.left} x2={width - PLOT.right} y1={bottom} y2={bottom} stroke={COLORS.muted} strokeWidth={0.75} />
        <Line x1={PLOT.left} x2={PLOT.left} y1={PLOT.top} y2={bottom} stroke={COLORS.muted} strokeWidth={0.75} />
        <Polyline points={path} fill="none" stroke={COLORS.accent} strokeWidth={1.4} />
        {points.length <= 40 ? points.map(([px, py], index) => <Circle key={index} cx={x.map(px)} cy={y.map(py)} r={1.6} fill={COLORS.accent} />) : null}
        <SvgText x={(PLOT.left + width - PLOT.right) / 2} y={HEIGHT - 6} textAnchor="middle" style={{ fontSize: 7.5, fontWeight: 600 }} fill={COLORS.ink}>
          {metric.x_axis_name ?? 'x'}
        </SvgText>
        <SvgText x={PLOT.left - 40} y={9} style={{ fontSize: 7.5, fontWeight: 600 }} fill={COLORS.ink}>
          {metric.y_axis_name ?? 'y'}
        </SvgText>
      </Svg>
      <Text style={{ fontSize: 6.5, color: COLORS.muted }}>
        {`Data (${points.length} points, x, y): ${points.map(([px, py]) => `(${px}, ${py})`).join(' ')}`}
      </Text>
    </View>
  );
}
