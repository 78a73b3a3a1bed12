// A string is shaped once per font face and kept: react-pdf shapes every text run afresh on each measurement, and a large card asks
// fontkit to shape 903 distinct strings 2,320 times per render (the page chrome on every page, each label and table cell again on
// every pagination round); shaping was about half of the text layout's time. Kept across renders too: the next card shares its
// labels, headings and page chrome. Shaping is a pure function of the face and its arguments,
// so a cached run gives the same glyphs and positions, and the same PDF bytes.

/** The part of a fontkit font this cache wraps; GlyphRun is fontkit's, opaque here apart from its two arrays. */
type GlyphRun = { glyphs: unknown[]; positions: unknown[] };
type ShapingFont = { layout: (...args: unknown[]) => GlyphRun };

/** Per face: a few thousand runs, each a few kilobytes at most, so a renderer keeps tens of megabytes for it at worst. */
export const SHAPED_RUNS_PER_FACE = 4000;

const installed = new Set<Map<string, GlyphRun>>();

function keyOf(args: unknown[]): string | null {
  const [text, ...options] = args;
  // fontkit also lays out arrays of glyphs; only strings are keyed.
  if (typeof text !== 'string') return null;
  return `${JSON.stringify(options)}\u0000${text}`;
}

const copy = <T extends object>(value: T): T => Object.assign(Object.create(Object.getPrototypeOf(value) as object) as T, value);

/**
 * Each caller gets its own arrays and positions: react-pdf replaces glyphs in place when it draws an inline attachment, and pdfkit
 * scales the positions of a run it lays out itself in place. The glyphs are shared, as fontkit itself shares them between runs.
 */
function copyOf(run: GlyphRun): GlyphRun {
  return Object.assign(copy(run), { glyphs: run.glyphs.slice(), positions: run.positions.map((position) => copy(position as object)) });
}

/** Wraps the face's layout() with a bounded cache of shaped runs, least recently used out first; installing twice wraps once. */
export function cacheShapedText(font: ShapingFont, limit: number = SHAPED_RUNS_PER_FACE): void {
  const marked = font as ShapingFont & { __cardinalShapedText?: Map<string, GlyphRun> };
  if (marked.__cardinalShapedText) return;
  const shape = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  marked.__cardinalShapedText = runs;
  installed.add(runs);
  font.layout = (...args: unknown[]) => {
    const key = keyOf(args);
    if (key === null) return shape(...args);
    let run = runs.get(key);
    if (run) runs.delete(key);
    else {
      run = shape(...args);
      if (runs.size >= limit) runs.delete(runs.keys().next().value!);
    }
    runs.set(key, run);
    return copyOf(run);
  };
}

/** Forgets every shaped run (benchmarks measure a card whose strings were never shaped before). */
export function clearShapedText(): void {
  for (const runs of installed) runs.clear();
}
