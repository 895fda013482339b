// Section 1–2: the scoring core on generated sheets, one child process per size (bench/core-run.ts), with V8's GC
// trace read for the true peak of heap used; the 100,000-row size is also run once under --max-old-space-size=500.
import { runNode } from "./child";
import { mb, round } from "./stats";

export interface CoreSize {
  rows: number;
  runs: number;
  /** V8 old-space cap for the child (MiB), or undefined for none */
  heapCapMb?: number;
}

export interface CoreResult {
  rows: number;
  runs: number;
  heapCapMb?: number;
  ok: boolean;
  error?: string;
  core_ms: number;
  baseline_ms: number;
  ratio: number;
  full_ms: number;
  rows_per_s: number;
  us_per_row: number;
  /** peak heap used over the child's life (largest "before" figure of the GC trace, or the kept-result reading) */
  heap_peak_mb: number;
  /** heap used after a full GC with one complete run's results alive (core-run's own figure) */
  heap_kept_mb: number;
  rss_mb: number;
}

/** Largest heap-used figure in `--trace-gc` lines ("Scavenge 39.3 (56.6) -> 32.0 (56.6) MB"), V8 MB = 2^20 bytes. */
export function tracePeakMb(text: string): number {
  let peak = 0;
  for (const m of text.matchAll(/\s([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/g)) peak = Math.max(peak, Number(m[1]), Number(m[2]));
  return mb(peak * 1024 * 1024);
}

const failed = (s: CoreSize, error: string): CoreResult => ({
  rows: s.rows,
  runs: s.runs,
  heapCapMb: s.heapCapMb,
  ok: false,
  error,
  core_ms: NaN,
  baseline_ms: NaN,
  ratio: NaN,
  full_ms: NaN,
  rows_per_s: NaN,
  us_per_row: NaN,
  heap_peak_mb: NaN,
  heap_kept_mb: NaN,
  rss_mb: NaN,
});

/**
 * One size. With a heap cap, two children: the timings come from one without the cap (as the add-in runs), the heap
 * figures from a second, single run under the cap, which must finish (V8 collects much more often near a cap, so
 * timing under it would measure the cap, not the code).
 */
export async function benchCoreSize(s: CoreSize): Promise<CoreResult> {
  const timed = await benchCoreChild({ rows: s.rows, runs: s.runs });
  if (!s.heapCapMb || !timed.ok) return timed;
  const capped = await benchCoreChild({ rows: s.rows, runs: 1, heapCapMb: s.heapCapMb });
  if (!capped.ok) return { ...capped, runs: s.runs };
  return { ...timed, heapCapMb: s.heapCapMb, heap_peak_mb: capped.heap_peak_mb, heap_kept_mb: capped.heap_kept_mb, rss_mb: capped.rss_mb };
}

async function benchCoreChild(s: CoreSize): Promise<CoreResult> {
  const flags = ["--expose-gc", "--trace-gc", ...(s.heapCapMb ? [`--max-old-space-size=${s.heapCapMb}`] : [])];
  const r = await runNode(flags, "bench/core-run.ts", [String(s.rows), String(s.runs)]);
  const line = r.stdout.split("\n").find((l) => l.startsWith("{"));
  if (r.code !== 0 || !line) {
    const oom = /heap out of memory|Reached heap limit/i.test(r.stderr + r.stdout);
    return failed(
      s,
      oom ? `out of memory under --max-old-space-size=${s.heapCapMb}` : `exit ${r.code}: ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`,
    );
  }
  const j = JSON.parse(line) as { core_ms: number; baseline_ms: number; ratio: number; full_ms: number; rows_per_s: number; heap_mb: number };
  return {
    rows: s.rows,
    runs: s.runs,
    heapCapMb: s.heapCapMb,
    ok: true,
    core_ms: round(j.core_ms, 2),
    baseline_ms: round(j.baseline_ms, 2),
    ratio: round(j.ratio, 2),
    full_ms: round(j.full_ms, 1),
    rows_per_s: j.rows_per_s,
    us_per_row: round((j.core_ms * 1000) / s.rows, 2),
    heap_peak_mb: round(Math.max(tracePeakMb(r.stdout), j.heap_mb), 1),
    heap_kept_mb: j.heap_mb,
    rss_mb: round(r.rssMb, 1),
  };
}

/** Each size in turn (never in parallel: the machine has two cores and other work on it). */
export async function benchCore(sizes: CoreSize[], log: (s: string) => void): Promise<CoreResult[]> {
  const out: CoreResult[] = [];
  for (const s of sizes) {
    const t0 = performance.now();
    const r = await benchCoreSize(s);
    log(`  core ${s.rows} rows × ${s.runs} runs: ${r.ok ? `${r.core_ms} ms` : r.error} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    out.push(r);
  }
  return out;
}
