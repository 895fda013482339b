// `npm run score` and `npm run template`: the command line run from one esbuild bundle with plain node.
// Compiling ~150 TypeScript modules on every run (tsx) cost about 0.7 s of a 3,000-row job; the bundle is built
// once, into node_modules/.cache/thi-dua-cchc/cli/<stamp>/, and built again only when a file under src/, the
// lock file or this script is newer than it. The Word library sits in its own chunk, loaded only for --dossier.
// Runs straight after `npm ci` (esbuild is a dev dependency); nothing here reaches the network.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const COMMANDS = ["score", "template"];
// THI_DUA_CLI_CACHE moves the cache (the tests use a fresh one); a read-only node_modules falls back to the temp folder
const CACHE = process.env.THI_DUA_CLI_CACHE || cacheFolder();

function cacheFolder() {
  const preferred = path.join(ROOT, "node_modules", ".cache", "thi-dua-cchc", "cli");
  try {
    fs.mkdirSync(preferred, { recursive: true });
    fs.accessSync(preferred, fs.constants.W_OK);
    return preferred;
  } catch {
    return path.join(os.tmpdir(), `thi-dua-cchc-cli-${Buffer.from(ROOT).toString("hex").slice(-24)}`);
  }
}

/** The newest modification time (ms) among the files the bundle is made from. */
function newestSource() {
  let newest = 0;
  const visit = (p) => {
    for (const e of fs.readdirSync(p, { withFileTypes: true })) {
      const f = path.join(p, e.name);
      if (e.isDirectory()) visit(f);
      else newest = Math.max(newest, fs.statSync(f).mtimeMs);
    }
  };
  visit(path.join(ROOT, "src"));
  for (const f of ["package-lock.json", "package.json", "tsconfig.json", "scripts/run-cli.mjs"]) {
    const p = path.join(ROOT, f);
    if (fs.existsSync(p)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return Math.floor(newest);
}

/** The folder holding a bundle as new as the sources, built first when there is none. */
async function bundleDir() {
  const stamp = String(newestSource());
  const dir = path.join(CACHE, stamp);
  if (COMMANDS.every((c) => fs.existsSync(path.join(dir, `${c}.mjs`)))) return dir;
  const { build } = await import("esbuild");
  fs.mkdirSync(CACHE, { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(COMMANDS.map((c) => [c, `src/cli/${c}.ts`])),
    outdir: tmp,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
    // the CommonJS libraries inside the bundle (exceljs, saxes, xmldom) still call require() for Node's modules
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  });
  try {
    fs.renameSync(tmp, dir);
  } catch {
    // another run built the same stamp first: use that one
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  // earlier builds are no longer used — unless a run still going may load a chunk from one (the Word files' code is
  // loaded at the end of a run): only builds (and builds left half-done) older than an hour go
  const hourAgo = Date.now() - 3600_000;
  for (const old of fs.readdirSync(CACHE)) {
    const p = path.join(CACHE, old);
    try {
      if (old !== stamp && fs.statSync(p).mtimeMs < hourAgo) fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // removed by another run meanwhile
    }
  }
  return dir;
}

const command = process.argv[2];
if (!COMMANDS.includes(command)) {
  console.error(`run-cli: cần một lệnh: ${COMMANDS.join(" | ")} (nhận được: ${command ?? "không có"})`);
  process.exit(2);
}
process.argv.splice(2, 1);
const dir = await bundleDir();
const { run } = await import(pathToFileURL(path.join(dir, `${command}.mjs`)).href);
run();
