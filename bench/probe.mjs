// Preloaded into a benchmark child (`node [--import tsx] --import ./bench/probe.mjs …`): when the process exits it
// writes its peak resident set (process.resourceUsage().maxRSS) and its lifetime since this module loaded to the
// file named by BENCH_PROBE_OUT, so the measured program itself (e.g. the command line) stays untouched. Plain
// JavaScript, so that timing the command line as `npm run score` runs it (plain node) adds no TypeScript loader.
import fs from "node:fs";

const out = process.env.BENCH_PROBE_OUT;
if (out) {
  const t0 = performance.now();
  process.on("exit", (code) => {
    const report = { code, maxRssKb: process.resourceUsage().maxRSS, aliveMs: performance.now() - t0 };
    fs.writeFileSync(out, JSON.stringify(report));
  });
}
