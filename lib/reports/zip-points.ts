// Points pair x and y values as the SDK's zip() does, up to the shorter list; the SDK drops the rest silently, here a warning says so.

export function zipPoints(xs: unknown[], ys: unknown[], names: [string, string], subject: string, warnings: string[]): unknown[][] {
  const count = Math.min(xs.length, ys.length);
  if (xs.length !== ys.length) {
    warnings.push(
      `In ${subject}, ${names[0]} has ${xs.length} values but ${names[1]} has ${ys.length}; only the first ${count === 1 ? 'point was' : `${count} points were`} kept.`,
    );
  }
  return xs.slice(0, count).map((x, index) => [x, ys[index]]);
}
