// One benchmark measurement in its own process (so heap figures are not mixed between sizes):
// `tsx bench/core-run.ts <rows> <runs>` prints JSON with the median core time, the baseline and the heap.
import { DEFAULT_CATALOG, fieldMap } from "../src/core/catalog";
import { parseCount } from "../src/core/read/cells";
import { evaluateSheet } from "../src/core/score/evaluate";
import { scoreWorkbook } from "../src/core/engine";
import { readLayout } from "../src/core/read/tables";
import { nominate, scoreRows } from "../src/core/score/rank";
import { SheetSnapshot } from "../src/core/read/snapshot";
import { summarize, summarizeBySector } from "../src/core/score/summary";
import { generateSheet } from "./generate";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** validate + score + rank + nominate + summary (no write plan, no JSON). */
function core(sheet: SheetSnapshot): number {
  const found = readLayout({ sheets: [sheet] }, DEFAULT_CATALOG);
  if (!found.ok) throw new Error("layout");
  const evals = evaluateSheet({ sheet, layout: found.layout, catalog: DEFAULT_CATALOG, fields: fieldMap(DEFAULT_CATALOG), lang: "vi" });
  const rows = scoreRows(evals, DEFAULT_CATALOG, { method: "ty-le-dat", minScore: 80, quota: 2 });
  const nomination = nominate(rows, 2);
  summarize(rows, DEFAULT_CATALOG);
  summarizeBySector(rows, new Set(nomination.nominees));
  return rows.length;
}

/** Touch every cell of the snapshot once: read it and parse it as a number (the §3 count reader). */
function baseline(sheet: SheetSnapshot): number {
  let sum = 0;
  for (const row of sheet.values)
    for (const v of row) {
      const p = parseCount(v);
      if (p.kind === "value") sum += p.value;
    }
  return sum;
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const n = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 7);
const sheet = generateSheet(n);
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
// warm-up (JIT), then measured runs
time(() => core(sheet));
time(() => baseline(sheet));
const coreMs: number[] = [];
const baseMs: number[] = [];
const fullMs: number[] = [];
// timed runs on a warm heap (as in a pane that has run before); no forced GC inside the timings
// core runs first, then the full runs: the full run's larger garbage would otherwise be collected inside core timings
for (let i = 0; i < runs; i++) {
  baseMs.push(time(() => baseline(sheet)));
  coreMs.push(time(() => core(sheet)));
}
for (let i = 0; i < runs; i++) fullMs.push(time(() => scoreWorkbook({ sheets: [sheet] })));
// heap: after a full GC, one complete run with its results kept alive
gc?.();
let kept: unknown = scoreWorkbook({ sheets: [sheet] });
const heapPeak = process.memoryUsage().heapUsed;
void kept;
kept = null;
const core_ms = median(coreMs);
const base_ms = median(baseMs);
console.log(
  JSON.stringify({
    rows: n,
    core_ms,
    baseline_ms: base_ms,
    ratio: core_ms / base_ms,
    full_ms: median(fullMs),
    rows_per_s: Math.round(n / (core_ms / 1000)),
    heap_mb: Math.round((heapPeak / 1e6) * 10) / 10,
    heap_input_mb: Math.round((heapBefore / 1e6) * 10) / 10,
  }),
);
