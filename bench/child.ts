// Running a benchmark child: `node <args>` from the project root with the exit probe (bench/probe.mjs) preloaded,
// its wall time measured from spawn to exit, its output collected and its peak RSS read back from the probe.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.join(__dirname, "..");
const PROBE = path.join(__dirname, "probe.mjs");

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** spawn → exit, node start-up and the TypeScript loader included */
  wallMs: number;
  /** peak resident set of the child, MB (10^6 bytes); NaN when the child died before its exit handler */
  rssMb: number;
  /** from the probe's load to exit (node and loader start-up excluded); NaN as above */
  aliveMs: number;
}

/**
 * `node <nodeFlags> --import tsx --import bench/probe.mjs <script> <args>`, cwd = the project root; without the tsx
 * loader when `plain` (a JavaScript entry such as scripts/run-cli.mjs, run as npm runs it).
 */
export function runNode(nodeFlags: string[], script: string, args: string[], timeoutMs = 600_000, plain = false): Promise<ChildRun> {
  const probeOut = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-probe-")), "probe.json");
  const argv = [...nodeFlags, ...(plain ? [] : ["--import", "tsx"]), "--import", PROBE, script, ...args];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, argv, { cwd: ROOT, env: { ...process.env, BENCH_PROBE_OUT: probeOut }, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - t0;
      let probe = { maxRssKb: NaN, aliveMs: NaN };
      try {
        probe = JSON.parse(fs.readFileSync(probeOut, "utf8"));
      } catch {
        /* the child died (e.g. out of memory) before its exit handler ran */
      }
      fs.rmSync(path.dirname(probeOut), { recursive: true, force: true });
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        wallMs,
        rssMb: (probe.maxRssKb * 1024) / 1e6,
        aliveMs: probe.aliveMs,
      });
    });
  });
}
