// The production bundle for browser tests and the bench: build it when dist/ is missing or older than the
// sources, and measure the task pane's JavaScript (raw and gzip, the initial chunks and everything).
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import zlib from "zlib";

export const ROOT = path.join(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
const INPUTS = ["src", "assets", "webpack.config.js", "manifest.xml", "package.json", "tsconfig.json"];

function newest(p: string): number {
  const full = path.join(ROOT, p);
  if (!fs.existsSync(full)) return 0;
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(full).reduce((m, name) => Math.max(m, newest(path.join(p, name))), st.mtimeMs);
}

/** True when dist/ holds a production build at least as new as every input. */
export function distIsFresh(): boolean {
  const html = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(html)) return false;
  if (!/\.[0-9a-f]{8}\.js/.test(fs.readFileSync(html, "utf8"))) return false; // a development build
  return fs.statSync(html).mtimeMs >= Math.max(...INPUTS.map(newest));
}

/** Build for production unless a fresh build is there; returns how long the build took (0 when reused). */
export function ensureDist(): number {
  if (distIsFresh()) return 0;
  const t0 = Date.now();
  const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 180_000,
  });
  if (run.status !== 0) throw new Error(`webpack --mode production failed:\n${`${run.stdout}\n${run.stderr}`.slice(-4000)}`);
  return Date.now() - t0;
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
