// Small numeric helpers for the benchmark: median, rounding, units.

/** The median (mean of the two middle values for an even count); NaN for an empty list. */
export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Round to `digits` decimals (numbers stay numbers in result.json). */
export const round = (x: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Bytes → MB (10^6 bytes, as bench/core-run.ts reports the heap). */
export const mb = (bytes: number): number => bytes / 1e6;
