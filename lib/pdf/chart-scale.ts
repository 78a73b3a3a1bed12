// The PDF charts' axes and shading from the shared chart geometry (lib/charts), so the PDF and the card page draw the same ticks and colours.
import { linearScale, niceTicks } from '@/lib/charts/scale';
import { formatTick } from '@/lib/charts/format';
import { heatColour, heatIntensity } from '@/lib/charts/heat-colour';

export type Axis = { ticks: { value: number; label: string }[]; map: (value: number) => number };

/** Round ticks covering [low, high], and the map from data to points (or percent) across `range`. */
export function axis(low: number, high: number, range: [number, number], tickCount = 5): Axis {
  const ticks = niceTicks(low, high, tickCount);
  const map = linearScale([ticks.min, ticks.max], range);
  return { ticks: ticks.values.map((value) => ({ value, label: formatTick(value, ticks.step) })), map };
}

/** Light-theme shading (paper is white) with the text colour that keeps contrast on it. */
export function heatColor(value: number, min: number, max: number): { fill: string; text: string } {
  return heatColour(heatIntensity(value, min, max), 'light');
}
