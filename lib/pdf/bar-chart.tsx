// A bar_chart metric as horizontal bars, one per category label, from a zero baseline (negative values point left), each with its exact value.
import { Text, View } from '@react-pdf/renderer';
import { StyleSheet } from '@react-pdf/renderer';
import type { TMetricData } from '@/lib/schemas/model-card-content';
import { COLORS } from './theme';
import { axis } from './chart-scale';

type BarMetric = Extract<TMetricData, { type: 'bar_chart' }>;

const barStyles = StyleSheet.create({
  row: { flexDirection: 'row', alignItems: 'center', minHeight: 12 },
  label: { width: '28%', paddingRight: 6, fontSize: 7.5, textAlign: 'right' },
  track: { width: '58%', height: 9, position: 'relative' },
  value: { width: '14%', paddingLeft: 5, fontSize: 7.5 },
  axis: { position: 'relative', marginLeft: '28%', width: '58%', height: 10, borderTopWidth: 0.75, borderTopColor: COLORS.muted, marginTop: 1 },
  tick: { fontSize: 6.5, color: COLORS.muted, top: 1 },
});

export function BarChart({ metric }: { metric: BarMetric }) {
  const labels = metric.x_axis_name ?? [];
  const scale = axis(Math.min(0, ...metric.value), Math.max(0, ...metric.value), [0, 100], 4);
  const zero = scale.map(0);
  return (
    <View style={{ marginVertical: 4 }}>
      {metric.value.map((value, index) => {
        const end = scale.map(value);
        return (
          <View key={index} style={barStyles.row} wrap={false}>
            <Text style={barStyles.label}>{labels[index] ?? `Category ${index + 1}`}</Text>
            <View style={barStyles.track}>
              <View style={{ position: 'absolute', left: `${zero}%`, top: -1.5, bottom: -1.5, width: 0.5, backgroundColor: COLORS.muted }} />
              <View
                style={{
                  position: 'absolute',
                  top: 0,
                  bottom: 0,
                  left: `${Math.min(zero, end)}%`,
                  width: `${Math.max(Math.abs(end - zero), 0.3)}%`,
                  backgroundColor: COLORS.accent,
                }}
              />
            </View>
            <Text style={barStyles.value}>{String(value)}</Text>
          </View>
        );
      })}
      <View style={barStyles.axis} wrap={false}>
        {scale.ticks.map((tick) => (
          <Text
            key={tick.value}
            style={[barStyles.tick, { position: 'absolute', left: `${scale.map(tick.value)}%`, marginLeft: -20, width: 40, textAlign: 'center' }]}
          >
            {tick.label}
          </Text>
        ))}
      </View>
      <Text style={{ marginLeft: '28%', width: '58%', textAlign: 'center', fontSize: 7.5, fontWeight: 600, marginTop: 1 }}>
        {metric.y_axis_name ?? 'Value'}
      </Text>
    </View>
  );
}
