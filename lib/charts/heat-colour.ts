// Heat-map shading: a value becomes an intensity 0..1, then a single-hue colour per theme with text that keeps 4.5:1 contrast.

export type TTheme = 'light' | 'dark';

/** Where `value` sits between `min` and `max`; a matrix of one value reads as mid-intensity rather than empty. */
export function heatIntensity(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return 0;
  if (max <= min) return 0.5;
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

type TRgb = readonly [number, number, number];

/** Blue rather than the brand red: a dark cell means "many", not "danger". In dark mode larger values are lighter. */
const RAMPS: Record<TTheme, { from: TRgb; to: TRgb; darkText: string; lightText: string }> = {
  light: { from: [238, 243, 249], to: [24, 68, 128], darkText: '#16191d', lightText: '#ffffff' },
  dark: { from: [33, 40, 50], to: [140, 190, 245], darkText: '#111316', lightText: '#e8eaed' },
};

function toHex([r, g, b]: TRgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function luminance([r, g, b]: TRgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function hexToRgb(hex: string): TRgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(hexToRgb(a)), luminance(hexToRgb(b))].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function bestContrast(fill: string, ramp: { darkText: string; lightText: string }): { text: string; ratio: number } {
  const dark = contrastRatio(fill, ramp.darkText);
  const light = contrastRatio(fill, ramp.lightText);
  return dark >= light ? { text: ramp.darkText, ratio: dark } : { text: ramp.lightText, ratio: light };
}

/** The cell fill for intensity `t` and the text colour (of the theme's two) that contrasts more with it. */
export function heatColour(t: number, theme: TTheme): { fill: string; text: string } {
  const ramp = RAMPS[theme];
  const clamped = Math.min(1, Math.max(0, t));
  let rgb: TRgb = [0, 1, 2].map((i) => ramp.from[i] + (ramp.to[i] - ramp.from[i]) * clamped) as unknown as TRgb;
  // Mid-tones are too light for light text and too dark for dark text; deepen those few until light text reads.
  for (let step = 0; step < 20 && bestContrast(toHex(rgb), ramp).ratio < 4.5; step++) rgb = rgb.map((c) => c * 0.94) as unknown as TRgb;
  const fill = toHex(rgb);
  return { fill, text: bestContrast(fill, ramp).text };
}
