// The benchmark's verdicts and output: the budgets of issue 4 checked against the measurements, the printed
// tables, and the flat figures written to bench/result.json.
import type { CliResult } from "./cli";
import type { CoreResult } from "./core";
import type { ExcelFarResult, ExcelResult } from "./excel";
import type { TaskpaneResult } from "./taskpane";
import { round } from "./stats";

export interface Measurements {
  quick: boolean;
  core: CoreResult[];
  cli: CliResult;
  excel: ExcelResult[];
  excelFar: ExcelFarResult;
  taskpane: TaskpaneResult;
  machine: { cpu: string; cores: number; memGb: number; node: string; loadBefore: number[]; loadAfter: number[] };
  totalS: number;
}

/** MISS: measured and over budget; ERROR: the measurement itself failed; SKIP: not measured (e.g. no Chromium). */
export type Verdict = "PASS" | "MISS" | "ERROR" | "SKIP";

export interface Check {
  id: string;
  label: string;
  measured: string;
  budget: string;
  verdict: Verdict;
}

const ok = (x: number) => Number.isFinite(x);
const judge = (measured: number, pass: boolean, failed = false): Verdict => (failed ? "ERROR" : ok(measured) ? (pass ? "PASS" : "MISS") : "SKIP");
const failedRun = (...xs: ({ ok: boolean } | undefined)[]) => xs.some((x) => x !== undefined && !x.ok);
const bySize = <T extends { rows: number }>(xs: T[], n: number): T | undefined => xs.find((x) => x.rows === n);
const fmt = (x: number, digits = 1) => (ok(x) ? x.toFixed(digits) : "—");

export function checks(m: Measurements): Check[] {
  const c10k = bySize(m.core, 10_000);
  const c100k = bySize(m.core, 100_000);
  const e50 = bySize(m.excel, 50);
  const e5k = bySize(m.excel, 5000);
  const nan = NaN;
  const core10 = c10k?.core_ms ?? nan;
  const r10 = c10k?.ratio ?? nan;
  const r100 = c100k?.ratio ?? nan;
  const heap = c100k?.heap_peak_mb ?? nan;
  const linear = c10k && c100k ? c100k.us_per_row / c10k.us_per_row : nan;
  const s50 = e50?.syncs ?? nan;
  const s5k = e5k?.syncs ?? nan;
  const syncsOk = s50 === s5k && s5k <= 3 && !!e50?.syncs_stable && !!e5k?.syncs_stable;
  const payload = e5k?.payload_max_bytes ?? nan;
  const gz = m.taskpane.gzip_kb;
  const fr = m.taskpane.first_render_ms;
  const { plain, far, large } = m.cli;
  const farRatio = far.wall_ms / plain.wall_ms;
  const xf = m.excelFar;
  const heapLabel = c100k && !c100k.ok ? (c100k.error ?? "failed") : `${fmt(heap)} MB peak heap used (cap --max-old-space-size=500)`;
  return [
    {
      id: "core_10000",
      label: "Core, 10,000 rows",
      measured: `${fmt(core10)} ms`,
      budget: "≤ 100 ms",
      verdict: judge(core10, core10 <= 100, failedRun(c10k)),
    },
    {
      id: "ratio_10000",
      label: "Core / baseline, 10,000 rows",
      measured: fmt(r10, 2),
      budget: "≤ 3",
      verdict: judge(r10, r10 <= 3, failedRun(c10k)),
    },
    {
      id: "ratio_100000",
      label: "Core / baseline, 100,000 rows",
      measured: fmt(r100, 2),
      budget: "≤ 3",
      verdict: judge(r100, r100 <= 3, failedRun(c100k) && !/out of memory/.test(c100k?.error ?? "")),
    },
    {
      id: "heap_100000",
      label: "100,000 rows within 500 MB heap",
      measured: heapLabel,
      budget: "≤ 500 MB",
      verdict: c100k && !c100k.ok ? "MISS" : judge(heap, heap <= 500),
    },
    {
      id: "linear",
      label: "Linear cost (µs/row 100k ÷ 10k)",
      measured: c10k && c100k ? `${fmt(c10k.us_per_row, 2)} → ${fmt(c100k.us_per_row, 2)} µs/row (× ${fmt(linear, 2)})` : "—",
      budget: "≤ × 1.5",
      verdict: judge(linear, linear <= 1.5, failedRun(c10k, c100k) && !/out of memory/.test(c100k?.error ?? "")),
    },
    {
      id: "cli_3000",
      label: `Command line, ${plain.rows.toLocaleString("en")} rows, end to end`,
      measured: plain.ok ? `${plain.wall_ms} ms, ${fmt(plain.rss_mb, 0)} MB RSS` : "failed (see above)",
      budget: "≤ 800 ms",
      verdict: judge(plain.wall_ms, plain.wall_ms <= 800, !plain.ok),
    },
    {
      id: "cli_50000",
      label: `Command line, ${large.rows.toLocaleString("en")} rows, end to end`,
      measured: large.ok ? `${fmt(large.wall_ms / 1000, 2)} s, ${fmt(large.rss_mb, 0)} MB RSS` : "failed (see above)",
      budget: "≤ 8 s, ≤ 1,000 MB RSS",
      verdict: judge(large.wall_ms, large.wall_ms <= 8000 && large.rss_mb <= 1000, !large.ok),
    },
    {
      id: "cli_far",
      label: "Whole-column rules + A1048576 ÷ plain (CLI)",
      measured: plain.ok && far.ok ? `${far.wall_ms} ÷ ${plain.wall_ms} ms = × ${fmt(farRatio, 2)}` : "failed (see above)",
      budget: "≤ × 2",
      verdict: judge(farRatio, farRatio <= 2, !plain.ok || !far.ok),
    },
    {
      id: "excel_far",
      label: "Whole-column rules + A1048576 (add-in, fake)",
      measured: xf.ok ? `${xf.far_syncs} vs ${xf.plain_syncs} syncs, ${xf.far_bytes - xf.plain_bytes} B more` : `failed: ${xf.error}`,
      budget: "≤ 1 request more",
      verdict: judge(xf.far_syncs, xf.far_syncs <= xf.plain_syncs + 1, !xf.ok),
    },
    {
      id: "syncs",
      label: "context.sync, 50 vs 5,000 rows",
      measured: failedRun(e50, e5k)
        ? "failed (see above)"
        : `${fmt(s50, 0)} vs ${fmt(s5k, 0)}${e50?.syncs_stable === false || e5k?.syncs_stable === false ? " (varies between runs)" : ""}`,
      budget: "equal, ≤ 3",
      verdict: judge(s5k + s50, syncsOk, failedRun(e50, e5k)),
    },
    {
      id: "payload_5000",
      label: "Largest request / response, 5,000 rows",
      measured: ok(payload)
        ? `${(payload / 1e6).toFixed(2)} MB / ${((e5k?.response_max_bytes ?? NaN) / 1e6).toFixed(2)} MB${e5k?.refused ? `, ${e5k.refused} refused` : ""}`
        : "—",
      budget: "< 5 MB each (Excel on the web)",
      verdict: judge(payload, payload < 5 * 1024 * 1024 && (e5k?.response_max_bytes ?? 0) < 5 * 1024 * 1024 && !e5k?.refused, failedRun(e5k)),
    },
    {
      id: "taskpane_gzip",
      label: "Task pane JS, gzip (all chunks)",
      measured: m.taskpane.bundle_error ? "build failed (see above)" : `${fmt(gz)} KB`,
      budget: "≤ 275 KB",
      verdict: judge(gz, gz <= 275, !!m.taskpane.bundle_error),
    },
    {
      id: "first_render",
      label: "First render, headless Chromium",
      measured: ok(fr) ? `${fr} ms` : m.taskpane.render_error ? "failed (see above)" : (m.taskpane.render_skipped ?? "—"),
      budget: "≤ 1,500 ms",
      verdict: judge(fr, fr <= 1500, !!m.taskpane.render_error),
    },
  ];
}

function table(head: string[], rows: string[][], right: boolean[] = []): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (right[i] ? c.padStart(w[i]) : c.padEnd(w[i])))
      .join("  ")
      .trimEnd();
  return [line(head), w.map((n) => "-".repeat(n)).join("  "), ...rows.map(line)].join("\n");
}

export function render(m: Measurements, cs: Check[]): string {
  const out: string[] = [];
  out.push(`Thi đua CCHC — benchmark${m.quick ? " (--quick)" : ""}, ${new Date().toISOString()}`);
  out.push(
    `${m.machine.cpu}, ${m.machine.cores} cores, ${m.machine.memGb} GB, Node ${m.machine.node}; load average ${m.machine.loadBefore.map((x) => x.toFixed(2)).join(" ")} before, ${m.machine.loadAfter.map((x) => x.toFixed(2)).join(" ")} after`,
  );
  out.push("Times are medians of the runs shown; the machine is shared, so expect ±20–30 % between runs.\n");

  out.push("1–2. Core (validate + score + rank + nominate + summary), one child process per size");
  out.push(
    table(
      ["rows", "runs", "core ms", "baseline ms", "core/base", "full ms", "rows/s", "µs/row", "heap peak MB", "heap kept MB", "RSS MB"],
      m.core.map((c) =>
        c.ok
          ? [
              c.rows.toLocaleString("en"),
              String(c.runs),
              fmt(c.core_ms, 1),
              fmt(c.baseline_ms, 1),
              fmt(c.ratio, 2),
              fmt(c.full_ms, 1),
              c.rows_per_s.toLocaleString("en"),
              fmt(c.us_per_row, 2),
              fmt(c.heap_peak_mb),
              fmt(c.heap_kept_mb),
              fmt(c.rss_mb, 0),
            ]
          : [c.rows.toLocaleString("en"), String(c.runs), "failed", "", "", "", "", "", "", "", ""],
      ),
      [true, true, true, true, true, true, true, true, true, true, true],
    ),
  );
  for (const c of m.core.filter((x) => !x.ok)) out.push(`  ${c.rows.toLocaleString("en")} rows failed: ${c.error}`);
  out.push("  baseline = touch every cell once and parse it as a number; full = core + write plan + JSON result;");
  out.push("  heap peak = largest heap used in the child's GC trace; heap kept = after a full GC with one run's results alive.\n");

  out.push("3. Command line as `npm run score` runs it (plain node, cached bundle; read .xlsx → score → write --out .xlsx and --json)");
  for (const c of [m.cli.plain, m.cli.far, m.cli.large])
    out.push(
      c.ok
        ? `  ${c.label} rows: wall ${c.wall_ms} ms (median of ${c.runs}: ${c.walls_ms.join(", ")}), ${c.inproc_ms} ms after node's start-up, peak RSS ${fmt(c.rss_mb, 0)} MB; input ${fmt(c.input_kb, 0)} KB, output ${fmt(c.output_kb, 0)} KB`
        : `  ${c.label} rows: failed: ${c.error}`,
    );
  out.push("");

  out.push("4. Excel round trips (Office.js shell on the Excel fake, fresh fake per run)");
  out.push(
    table(
      ["rows", "runs", "syncs", "largest request", "largest response", "refused", "ms on the fake"],
      m.excel.map((e) =>
        e.ok
          ? [
              e.rows.toLocaleString("en"),
              String(e.runs),
              `${e.syncs}${e.syncs_stable ? "" : " (varies)"}`,
              `${e.payload_max_bytes.toLocaleString("en")} B`,
              `${e.response_max_bytes.toLocaleString("en")} B`,
              String(e.refused),
              fmt(e.ms, 0),
            ]
          : [e.rows.toLocaleString("en"), String(e.runs), "failed", "", "", "", ""],
      ),
      [true, true, true, true, true, true, true],
    ),
  );
  for (const e of m.excel.filter((x) => !x.ok)) out.push(`  ${e.rows.toLocaleString("en")} rows failed: ${e.error}`);
  const xf = m.excelFar;
  out.push(
    xf.ok
      ? `  ${xf.rows.toLocaleString("en")} rows with a rule over F4:Z1048576 and x in A1048576: ${xf.far_syncs} syncs (plain sheet ${xf.plain_syncs}), ${xf.far_bytes.toLocaleString("en")} B requests + responses (plain ${xf.plain_bytes.toLocaleString("en")} B)`
      : `  far cells: failed: ${xf.error}`,
  );
  out.push("");

  const t = m.taskpane;
  out.push("5. Task pane (production build)");
  if (t.bundle_error) out.push(`  build failed: ${t.bundle_error.split("\n")[0]}`);
  else {
    out.push(
      `  all task pane JS ${fmt(t.raw_kb)} KB raw, ${fmt(t.gzip_kb)} KB gzip; initial chunks ${fmt(t.initial_raw_kb)} KB raw, ${fmt(t.initial_gzip_kb)} KB gzip${t.build_ms ? ` (built in ${(t.build_ms / 1000).toFixed(1)} s)` : ""}`,
    );
    for (const f of t.files)
      out.push(`    ${f.kind.padEnd(7)} ${f.file.padEnd(24)} ${fmt(f.raw_kb).padStart(7)} KB ${fmt(f.gzip_kb).padStart(6)} KB gzip`);
  }
  out.push(
    t.first_render_runs_ms.length && ok(t.first_render_ms)
      ? `  first render (navigation → "Chấm điểm & Xếp hạng" visible): ${t.first_render_ms} ms median of ${t.first_render_runs_ms.length} launches (${t.first_render_runs_ms.join(", ")})\n`
      : `  first render: ${t.render_error ? `failed — ${t.render_error}` : `skipped — ${t.render_skipped}`}\n`,
  );

  out.push("Budgets");
  out.push(
    table(
      ["check", "measured", "budget", "result"],
      cs.map((c) => [c.label, c.measured, c.budget, c.verdict]),
    ),
  );
  const miss = cs.filter((c) => c.verdict === "MISS").length;
  const skip = cs.filter((c) => c.verdict === "SKIP").length;
  const err = cs.filter((c) => c.verdict === "ERROR").length;
  out.push(`\n${cs.length - miss - skip - err} PASS, ${miss} MISS, ${err} ERROR, ${skip} SKIP — ${m.totalS.toFixed(0)} s in all`);
  return out.join("\n");
}

/** The flat figures of bench/result.json (numbers; null when not measured). */
export function resultJson(m: Measurements, cs: Check[]): Record<string, unknown> {
  const c = (n: number) => bySize(m.core, n);
  const e = (n: number) => bySize(m.excel, n);
  const num = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x : null);
  const c10k = c(10_000);
  const c100k = c(100_000);
  const r: Record<string, unknown> = {
    core_ms_10000: num(c10k?.core_ms),
    core_ms_100000: num(c100k?.core_ms),
    ratio_10000: num(c10k?.ratio),
    ratio_100000: num(c100k?.ratio),
    heap_mb_100000: num(c100k?.heap_peak_mb),
    cli_ms_3000: num(m.cli.plain.wall_ms),
    cli_ms_50000: num(m.cli.large.wall_ms),
    cli_far_ratio_3000: num(round(m.cli.far.wall_ms / m.cli.plain.wall_ms, 2)),
    syncs_far_3000: num(m.excelFar.far_syncs),
    syncs_50: num(e(50)?.syncs),
    syncs_5000: num(e(5000)?.syncs),
    payload_max_bytes_5000: num(e(5000)?.payload_max_bytes),
    taskpane_gzip_kb: num(m.taskpane.gzip_kb),
    first_render_ms: num(m.taskpane.first_render_ms),
  };
  for (const x of m.core) {
    Object.assign(r, {
      [`core_ms_${x.rows}`]: num(x.core_ms),
      [`baseline_ms_${x.rows}`]: num(x.baseline_ms),
      [`ratio_${x.rows}`]: num(x.ratio),
      [`full_ms_${x.rows}`]: num(x.full_ms),
      [`rows_per_s_${x.rows}`]: num(x.rows_per_s),
      [`us_per_row_${x.rows}`]: num(x.us_per_row),
      [`heap_mb_${x.rows}`]: num(x.heap_peak_mb),
      [`heap_kept_mb_${x.rows}`]: num(x.heap_kept_mb),
      [`rss_mb_${x.rows}`]: num(x.rss_mb),
      [`core_runs_${x.rows}`]: x.runs,
    });
  }
  if (c10k && c100k) r.linear_factor_100000_vs_10000 = num(round(c100k.us_per_row / c10k.us_per_row, 2));
  for (const [key, x] of [
    ["3000", m.cli.plain],
    ["3000_far", m.cli.far],
    ["50000", m.cli.large],
  ] as const) {
    Object.assign(r, {
      [`cli_ms_${key}`]: num(x.wall_ms),
      [`cli_inproc_ms_${key}`]: num(x.inproc_ms),
      [`cli_rss_mb_${key}`]: num(x.rss_mb),
      [`cli_runs_${key}`]: x.runs,
    });
  }
  Object.assign(r, { syncs_plain_3000: num(m.excelFar.plain_syncs), bytes_far_extra_3000: num(m.excelFar.far_bytes - m.excelFar.plain_bytes) });
  for (const x of m.excel) {
    Object.assign(r, {
      [`syncs_${x.rows}`]: num(x.syncs),
      [`payload_max_bytes_${x.rows}`]: num(x.payload_max_bytes),
      [`response_max_bytes_${x.rows}`]: num(x.response_max_bytes),
      [`excel_fake_ms_${x.rows}`]: num(x.ms),
    });
  }
  Object.assign(r, {
    taskpane_raw_kb: num(m.taskpane.raw_kb),
    taskpane_initial_raw_kb: num(m.taskpane.initial_raw_kb),
    taskpane_initial_gzip_kb: num(m.taskpane.initial_gzip_kb),
    first_render_runs_ms: m.taskpane.first_render_runs_ms,
    first_render_skipped: m.taskpane.render_skipped ?? null,
    errors: [
      ...m.core.filter((x) => !x.ok).map((x) => `core ${x.rows}: ${x.error}`),
      ...[m.cli.plain, m.cli.far, m.cli.large].filter((x) => !x.ok).map((x) => `cli ${x.label}: ${x.error}`),
      ...(m.excelFar.ok ? [] : [`excel far: ${m.excelFar.error}`]),
      ...m.excel.filter((x) => !x.ok).map((x) => `excel ${x.rows}: ${x.error}`),
      ...(m.taskpane.bundle_error ? [`bundle: ${m.taskpane.bundle_error}`] : []),
      ...(m.taskpane.render_error ? [`first render: ${m.taskpane.render_error}`] : []),
    ],
    budgets: Object.fromEntries(cs.map((x) => [x.id, x.verdict])),
    quick: m.quick,
    date: new Date().toISOString(),
    node: m.machine.node,
    cpu: m.machine.cpu,
    cores: m.machine.cores,
    mem_gb: m.machine.memGb,
    load_before: m.machine.loadBefore,
    load_after: m.machine.loadAfter,
    total_s: round(m.totalS, 1),
  });
  return r;
}
