// The production bundle for browser tests, the screenshots and the bench: built into test-output/dist (never the
// developer's dist/) with the hosting address TEST_ADDIN_URL, when missing or older than the sources — by one process
// at a time (a lock folder), so test files running in parallel share one build; and the task pane's JS measured.
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import zlib from "zlib";

export const ROOT = path.join(__dirname, "..", "..");
export const DIST = path.join(ROOT, "test-output", "dist");
/** The hosting address the test build is made for (`ADDIN_URL=… npm run build`), as in the issue's example. */
export const TEST_ADDIN_URL = "https://example.org/x";
const LOCK = `${DIST}.lock`;
const INPUTS = [
  "src",
  "assets",
  "help",
  "docs/screenshots",
  "scripts/addin-url.js",
  "webpack.config.js",
  "manifest.xml",
  "package.json",
  "tsconfig.json",
  "test/browser/build.ts",
];
const BUILD_TIMEOUT_MS = 300_000;

function newest(p: string): number {
  const full = path.join(ROOT, p);
  if (!fs.existsSync(full)) return 0;
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(full).reduce((m, name) => Math.max(m, newest(path.join(p, name))), st.mtimeMs);
}

/** Written after each successful build: webpack leaves unchanged files (taskpane.html too) with their old times. */
const STAMP = path.join(DIST, ".built");

/** True when the test build is a production build made after the last change to any input. */
export function distIsFresh(): boolean {
  const html = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(html) || !fs.existsSync(STAMP)) return false;
  if (!/\.[0-9a-f]{8}\.js/.test(fs.readFileSync(html, "utf8"))) return false; // a development build
  return fs.statSync(STAMP).mtimeMs >= Math.max(...INPUTS.map(newest));
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Takes the build lock, waiting while another process holds it (a lock older than the build timeout is stale). */
function lock(): void {
  for (;;) {
    try {
      fs.mkdirSync(LOCK, { recursive: false });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") fs.mkdirSync(path.dirname(LOCK), { recursive: true });
      else if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      else if (Date.now() - fs.statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > BUILD_TIMEOUT_MS)
        fs.rmSync(LOCK, { recursive: true, force: true });
      else sleep(250);
    }
  }
}

/** Build for production unless a fresh build is there; returns how long this call built (0 when reused). */
export function ensureDist(): number {
  if (distIsFresh()) return 0;
  lock();
  try {
    if (distIsFresh()) return 0; // built by the process that held the lock
    const t0 = Date.now();
    const cli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
    const run = spawnSync(process.execPath, [cli, "--mode", "production", "--output-path", DIST], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: BUILD_TIMEOUT_MS,
      env: { ...process.env, ADDIN_URL: TEST_ADDIN_URL },
    });
    if (run.status !== 0) throw new Error(`webpack --mode production failed:\n${`${run.stdout}\n${run.stderr}`.slice(-4000)}`);
    fs.writeFileSync(STAMP, `${new Date(t0).toISOString()} ${TEST_ADDIN_URL}\n`);
    fs.utimesSync(STAMP, t0 / 1000, t0 / 1000); // the build saw the inputs as they were when it started
    return Date.now() - t0;
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  /** Scripts taskpane.html loads before anything renders. */
  initial: FileSize[];
  /** Chunks loaded on demand (results, settings, mapping editor …). */
  lazy: FileSize[];
  total: { raw: number; gzip: number };
  initialTotal: { raw: number; gzip: number };
}

/** Local script files of an HTML page (quoted or not, as the minifier leaves them). */
export const scriptsOf = (html: string): string[] =>
  [...html.matchAll(/<script[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((s) => !/^https?:/.test(s))
    .map((s) => s.replace(/^\.?\//, ""));

function sizeOf(file: string): FileSize {
  const buf = fs.readFileSync(path.join(DIST, file));
  return { file, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
}

const sum = (xs: FileSize[]) => ({ raw: xs.reduce((n, x) => n + x.raw, 0), gzip: xs.reduce((n, x) => n + x.gzip, 0) });

/**
 * The task pane's JS: the scripts of taskpane.html, plus every chunk its webpack runtime can load on demand
 * (the runtime names each async chunk by its content hash), whether or not commands.html shares it.
 */
export function bundleSizes(): BundleSizes {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const initialFiles = scriptsOf(html);
  const text = new Map(
    fs
      .readdirSync(DIST)
      .filter((f) => f.endsWith(".js"))
      .map((f) => [f, fs.readFileSync(path.join(DIST, f), "utf8")]),
  );
  const reachable = new Set(initialFiles);
  for (let grew = true; grew;) {
    grew = false;
    for (const [f] of text) {
      const hash = /\.([0-9a-f]{8})\.js$/.exec(f)?.[1];
      if (reachable.has(f) || !hash) continue;
      if ([...reachable].some((r) => text.get(r)?.includes(`"${hash}"`))) {
        reachable.add(f);
        grew = true;
      }
    }
  }
  const initial = initialFiles.map(sizeOf);
  const lazy = [...reachable].filter((f) => !initialFiles.includes(f)).map(sizeOf);
  return { initial, lazy, total: sum([...initial, ...lazy]), initialTotal: sum(initial) };
}

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
