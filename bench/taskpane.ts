// Section 5: the task pane — production bundle size (all task pane JS reachable from taskpane.html, the ribbon's
// commands entry excluded; raw and gzip; the initial chunks apart) and navigation → primary button visible in
// headless Chromium (test/browser/harness.ts), over several launches. Builds the test build (test-output/dist) when missing or stale.
import { bundleSizes, ensureDist } from "../test/browser/build";
import { median, round } from "./stats";

export interface TaskpaneResult {
  /** webpack --mode production time, 0 when the test build was fresh */
  build_ms: number;
  bundle_error?: string;
  raw_kb: number;
  gzip_kb: number;
  initial_raw_kb: number;
  initial_gzip_kb: number;
  files: { file: string; kind: "initial" | "lazy"; raw_kb: number; gzip_kb: number }[];
  /** why first render was not measured on purpose (no build, the harness does not load) */
  render_skipped?: string;
  /** the launch or the page failed */
  render_error?: string;
  first_render_ms: number;
  first_render_runs_ms: number[];
}

const kb = (bytes: number) => round(bytes / 1024, 1);

export async function benchTaskpane(launches: number, log: (s: string) => void): Promise<TaskpaneResult> {
  const r: TaskpaneResult = {
    build_ms: 0,
    raw_kb: NaN,
    gzip_kb: NaN,
    initial_raw_kb: NaN,
    initial_gzip_kb: NaN,
    files: [],
    first_render_ms: NaN,
    first_render_runs_ms: [],
  };
  try {
    r.build_ms = ensureDist();
    if (r.build_ms) log(`  webpack --mode production: ${(r.build_ms / 1000).toFixed(1)} s`);
    const s = bundleSizes();
    Object.assign(r, {
      raw_kb: kb(s.total.raw),
      gzip_kb: kb(s.total.gzip),
      initial_raw_kb: kb(s.initialTotal.raw),
      initial_gzip_kb: kb(s.initialTotal.gzip),
      files: [
        ...s.initial.map((f) => ({ file: f.file, kind: "initial" as const, raw_kb: kb(f.raw), gzip_kb: kb(f.gzip) })),
        ...s.lazy.map((f) => ({ file: f.file, kind: "lazy" as const, raw_kb: kb(f.raw), gzip_kb: kb(f.gzip) })),
      ],
    });
  } catch (e) {
    r.bundle_error = (e as Error).message.slice(0, 2000);
    r.render_skipped = "no production build";
    return r;
  }
  // loaded here, not at the top: without playwright-core or Chromium only this measurement is skipped
  let harness: typeof import("../test/browser/harness");
  try {
    harness = await import("../test/browser/harness");
  } catch (e) {
    r.render_skipped = `the browser harness does not load: ${(e as Error).message.split("\n")[0]}`;
    return r;
  }
  const { startHarness } = harness;
  try {
    for (let i = 0; i < launches; i++) {
      const h = await startHarness();
      try {
        r.first_render_runs_ms.push(h.firstRenderMs);
        if (h.buildMs) log(`  (sources changed: test build rebuilt in ${(h.buildMs / 1000).toFixed(1)} s before launch ${i + 1})`);
      } finally {
        await h.close();
      }
      log(`  first render launch ${i + 1}/${launches}: ${h.firstRenderMs} ms`);
    }
    r.first_render_ms = Math.round(median(r.first_render_runs_ms));
  } catch (e) {
    r.render_error = `headless Chromium: ${(e as Error).message.split("\n")[0]}`;
  }
  return r;
}
