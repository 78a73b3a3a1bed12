// A bar_chart metric as horizontal bars, one per category label, from a zero baseline (negative values point left), each with its exact value.
import { Path, Svg, Text, View } from '@react-pdf/renderer';
import { StyleSheet } from '@react-pdf/renderer';
import type { TMetricData } from '@/lib/schemas/model-card-content';
import { COLORS, CONTENT_WIDTH } from './theme';
import { axis } from './chart-scale';

type BarMetric = Extract<TMetricData, { type: 'bar_chart' }>;

/** The bars' track is 58% of the chart's width (the label 28%, the value 14%); charts span the content width. */
const TRACK_WIDTH = CONTENT_WIDTH * 0.58;
const ROW_HEIGHT = 12;
const BAR_HEIGHT = 9;

const barStyles = StyleSheet.create({
  row: { flexDirection: 'row', alignItems: 'center', minHeight: ROW_HEIGHT },
  label: { width: '28%', paddingRight: 6, fontSize: 7.5, textAlign: 'right' },
  value: { width: '14%', paddingLeft: 5, fontSize: 7.5 },
  axis: { position: 'relative', marginLeft: '28%', width: '58%', height: 10, borderTopWidth: 0.75, borderTopColor: COLORS.muted, marginTop: 1 },
  tick: { position: 'absolute', fontSize: 6.5, color: COLORS.muted, top: 1, marginLeft: -20, width: 40, textAlign: 'center' },
  title: { marginLeft: '28%', width: '58%', textAlign: 'center', fontSize: 7.5, fontWeight: 600, marginTop: 1 },
});

const at = (value: number) => value.toFixed(2);

/** Each bar and its stretch of the zero line are one small drawing, not three nested boxes. */
export function BarChart({ metric }: { metric: BarMetric }) {
  const labels = metric.x_axis_name ?? [];
  const scale = axis(Math.min(0, ...metric.value), Math.max(0, ...metric.value), [0, 100], 4);
  const zero = (scale.map(0) / 100) * TRACK_WIDTH;
  const top = (ROW_HEIGHT - BAR_HEIGHT) / 2;
  return (
    <View style={{ marginVertical: 4 }}>
      {metric.value.map((value, index) => {
        const end = (scale.map(value) / 100) * TRACK_WIDTH;
        const left = Math.min(zero, end);
        const width = Math.max(Math.abs(end - zero), TRACK_WIDTH * 0.003);
        return (
          <View key={index} style={barStyles.row} wrap={false}>
            <Text style={barStyles.label}>{labels[index] ?? `Category ${index + 1}`}</Text>
            <Svg width={TRACK_WIDTH} height={ROW_HEIGHT}>
              <Path d={`M${at(zero + 0.25)} 0V${ROW_HEIGHT}`} fill="none" stroke={COLORS.muted} strokeWidth={0.5} />
              <Path d={`M${at(left)} ${top}h${at(width)}v${BAR_HEIGHT}h${at(-width)}Z`} fill={COLORS.accent} />
            </Svg>
            <Text style={barStyles.value}>{String(value)}</Text>
          </View>
        );
      })}
      <View style={barStyles.axis} wrap={false}>
        {scale.ticks.map((tick) => (
          <Text key={tick.value} style={[barStyles.tick, { left: `${scale.map(tick.value)}%` }]}>
            {tick.label}
          </Text>
        ))}
      </View>
      <Text style={barStyles.title}>{metric.y_axis_name ?? 'Value'}</Text>
    </View>
  );
}
