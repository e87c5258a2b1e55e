/** Order statistics for timings: medians and spread, never a pass/fail. */
export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

export const median = (values: readonly number[]) => summarize(values).p50;

/** `1.23 ms`, `45 ms`, `1.2 s` */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
export const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/** `p95 12 ms · p99 20 ms` */
export const tail = (s: Summary) => `p95 ${ms(s.p95)} · p99 ${ms(s.p99)} (n=${s.n})`;
/** `min–max 10–14 ms` */
export const range = (s: Summary) => `min–max ${ms(s.min)}–${ms(s.max)} (n=${s.n})`;

export function ratio(ours: number, anchor: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(anchor) || anchor === 0) return '–';
  const r = ours / anchor;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×`;
}
