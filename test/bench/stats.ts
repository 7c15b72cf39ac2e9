// Small statistics for benchmark samples.

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function summarize(samples: number[]): {
  median: number;
  p95: number;
  max: number;
  n: number;
} {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    n: samples.length,
  };
}

export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * A bench's size from the environment (e.g. OFFSITE_BOARD_NOTES=50, as the smoke run in
 * test/bench/smoke.spec.ts sets it), else its default. A value that is not a positive number throws.
 */
export function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}=${raw}: not a positive number`);
  return n;
}

/** A list of sizes from the environment (comma-separated, e.g. OFFSITE_ROOM_SIZES=40,150). */
export function envNumbers(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const ns = raw.split(',').map(Number);
  if (ns.some((n) => !Number.isFinite(n) || n <= 0))
    throw new Error(`${name}=${raw}: not a list of positive numbers`);
  return ns;
}
