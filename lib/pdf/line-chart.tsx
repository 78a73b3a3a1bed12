// A linear_graph metric as a line over labelled axes with round ticks and light grid lines.
import { Path, Svg, Text as SvgText, Text, View } from '@react-pdf/renderer';
import type { TMetricData } from '@/lib/schemas/model-card-content';
import { CONTENT_WIDTH, COLORS } from './theme';
import { PDF_FONT } from './fonts';
import { axis } from './chart-scale';

type LineMetric = Extract<TMetricData, { type: 'linear_graph' }>;

const HEIGHT = 170;
const PLOT = { left: 46, right: 12, top: 18, bottom: 34 };
const DOT_RADIUS = 1.6;
// SVG text does not inherit the page's font: without it, axis names fell back to Helvetica (Latin-1 only).
const TICK_LABEL = { fontFamily: PDF_FONT, fontSize: 6.5 };
const AXIS_TITLE = { fontFamily: PDF_FONT, fontSize: 7.5, fontWeight: 600 };

const at = (value: number) => value.toFixed(2);

/** A dot as two half-circle arcs, so all the dots are one path. */
const dot = (cx: number, cy: number) =>
  `M${at(cx - DOT_RADIUS)} ${at(cy)}a${DOT_RADIUS} ${DOT_RADIUS} 0 1 0 ${2 * DOT_RADIUS} 0a${DOT_RADIUS} ${DOT_RADIUS} 0 1 0 ${-2 * DOT_RADIUS} 0Z`;

/**
 * Grid, ticks, axes, the line and its dots are each one precomputed path (five drawing nodes however many points
 * and ticks), not an element per tick and per point: the chart draws the same and lays out in a fraction of the time.
 */
export function LineChart({ metric, width = CONTENT_WIDTH }: { metric: LineMetric; width?: number }) {
  const points = metric.value;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const x = axis(Math.min(...xs), Math.max(...xs), [PLOT.left, width - PLOT.right], 6);
  const y = axis(Math.min(...ys), Math.max(...ys), [HEIGHT - PLOT.bottom, PLOT.top], 5);
  const bottom = HEIGHT - PLOT.bottom;
  const right = width - PLOT.right;
  const grid = y.ticks.map((tick) => `M${PLOT.left} ${at(y.map(tick.value))}H${at(right)}`).join('');
  const ticks = x.ticks.map((tick) => `M${at(x.map(tick.value))} ${bottom}V${bottom + 3}`).join('');
  const line = points.map(([px, py], index) => `${index === 0 ? 'M' : 'L'}${at(x.map(px))} ${at(y.map(py))}`).join('');
  const dots = points.length <= 40 ? points.map(([px, py]) => dot(x.map(px), y.map(py))).join('') : '';
  return (
    <View wrap={false} style={{ marginVertical: 4 }}>
      <Svg width={width} height={HEIGHT}>
        <Path d={grid} fill="none" stroke={COLORS.ruleLight} strokeWidth={0.5} />
        <Path d={ticks} fill="none" stroke={COLORS.muted} strokeWidth={0.5} />
        <Path d={`M${PLOT.left} ${PLOT.top}V${bottom}H${at(right)}`} fill="none" stroke={COLORS.muted} strokeWidth={0.75} />
        <Path d={line} fill="none" stroke={COLORS.accent} strokeWidth={1.4} />
        {dots ? <Path d={dots} fill={COLORS.accent} /> : null}
        {y.ticks.map((tick) => (
          <SvgText key={`y${tick.value}`} x={PLOT.left - 4} y={y.map(tick.value) + 2.5} textAnchor="end" style={TICK_LABEL} fill={COLORS.muted}>
            {tick.label}
          </SvgText>
        ))}
        {x.ticks.map((tick) => (
          <SvgText key={`x${tick.value}`} x={x.map(tick.value)} y={bottom + 11} textAnchor="middle" style={TICK_LABEL} fill={COLORS.muted}>
            {tick.label}
          </SvgText>
        ))}
        <SvgText x={(PLOT.left + right) / 2} y={HEIGHT - 6} textAnchor="middle" style={AXIS_TITLE} fill={COLORS.ink}>
          {metric.x_axis_name ?? 'x'}
        </SvgText>
        <SvgText x={PLOT.left - 40} y={9} style={AXIS_TITLE} fill={COLORS.ink}>
          {metric.y_axis_name ?? 'y'}
        </SvgText>
      </Svg>
      <Text style={{ fontSize: 6.5, color: COLORS.muted }}>
        {`Data (${points.length} points, x, y): ${points.map(([px, py]) => `(${px}, ${py})`).join(' ')}`}
      </Text>
    </View>
  );
}
