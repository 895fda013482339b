// Which Chromium the browser tests, the screenshots and the bench launch, and how: CHROMIUM_PATH, else the system's
// /usr/bin/chromium, else the one shipped inside the npm package @sparticuz/chromium — unpacked once (with its own
// fonts and libraries) into a folder of the system's temp dir named after its version. Nothing is ever downloaded.
import { execFile, spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";
import { chromium as playwright, type Browser } from "playwright-core";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** Flags every launch gets: no update checks, no sync, no background requests — nothing leaves the machine. */
const QUIET = ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];
/** For a system Chromium (run as root in CI: no sandbox). */
const SYSTEM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", ...QUIET];
/**
 * @sparticuz/chromium's own flags turn web security off (they are meant for scraping); the pane is tested under the
 * browser's normal rules, so these two are left out.
 */
const INSECURE = new Set(["--disable-web-security", "--allow-running-insecure-content"]);

export interface ChromiumBinary {
  executablePath: string;
  args: string[];
  /** Environment for the browser process (the bundled fonts and libraries of the npm package). */
  env?: Record<string, string>;
  /** Where it came from, for messages: "CHROMIUM_PATH", "/usr/bin/chromium" or "@sparticuz/chromium 143.0.4". */
  source: string;
}

interface Sparticuz {
  args: string[];
}

/** The package's version (its package.json is not exported: found above its main file). */
function packageVersion(): string {
  for (let dir = path.dirname(require.resolve("@sparticuz/chromium")); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    const pkg = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version: string }) : null;
    if (pkg?.name === "@sparticuz/chromium") return pkg.version;
  }
  throw new Error("@sparticuz/chromium: package.json not found");
}

/**
 * Unpacks the package's Chromium into `dir` (once: a finished folder is reused). The package unpacks into the system's
 * temp dir, so a child process does it with TMPDIR set to a private folder (jest gives tests a copy of process.env,
 * which os.tmpdir() does not read); the finished folder is then renamed into place, so a second process never sees a
 * half-written browser. AWS_LAMBDA_JS_RUNTIME asks the package for its libraries too (NSS, NSPR, expat: al2023.tar.br),
 * which the browser then uses on a machine that has none.
 */
async function unpack(dir: string): Promise<void> {
  if (fs.existsSync(path.join(dir, "chromium"))) return;
  const staging = `${dir}.${process.pid}.${Date.now()}`;
  fs.mkdirSync(staging, { recursive: true });
  try {
    const script = `require(${JSON.stringify(require.resolve("@sparticuz/chromium"))}).executablePath().then((p) => process.stdout.write(p))`;
    const { stdout } = await promisify(execFile)(process.execPath, ["-e", script], {
      env: { ...process.env, TMPDIR: staging, AWS_LAMBDA_JS_RUNTIME: "nodejs20.x" },
      timeout: 120_000,
    });
    const expected = [
      stdout,
      path.join(staging, "chromium"),
      path.join(staging, "fonts", "fonts"),
      path.join(staging, "al2023", "lib", "libnss3.so"),
    ];
    const missing = expected.filter((p) => !p.startsWith(staging) || !fs.existsSync(p));
    if (missing.length) throw new Error(`@sparticuz/chromium did not unpack as expected into ${staging}: missing ${missing.join(", ")}`);
    // fontconfig sees only the package's fonts: screenshots look the same on every machine, with or without fonts
    fs.writeFileSync(
      path.join(staging, "fonts.conf"),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${path.join(dir, "fonts", "fonts")}</dir>\n` +
        `  <cachedir>${path.join(dir, "fonts-cache")}</cachedir>\n</fontconfig>\n`,
    );
    fs.renameSync(staging, dir);
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (fs.existsSync(path.join(dir, "chromium"))) return; // another process finished first
    throw e;
  }
}

/** The browser to launch; throws with a plain message when CHROMIUM_PATH names a missing file. */
export async function findChromium(): Promise<ChromiumBinary> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv}: no such file`);
    return { executablePath: fromEnv, args: SYSTEM_ARGS, source: "CHROMIUM_PATH" };
  }
  if (fs.existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: SYSTEM_ARGS, source: SYSTEM_CHROMIUM };
  const version = packageVersion();
  const sparticuz = (await import("@sparticuz/chromium")).default as unknown as Sparticuz;
  const dir = path.join(os.tmpdir(), `thi-dua-cchc-chromium-${version}`);
  await unpack(dir);
  const lib = path.join(dir, "al2023", "lib");
  return {
    executablePath: path.join(dir, "chromium"),
    args: [...sparticuz.args.filter((a) => !INSECURE.has(a)), ...QUIET],
    env: {
      FONTCONFIG_FILE: path.join(dir, "fonts.conf"),
      LD_LIBRARY_PATH: [lib, process.env.LD_LIBRARY_PATH].filter(Boolean).join(":"),
    },
    source: `@sparticuz/chromium ${version}`,
  };
}

/** Launches the browser headless; the message names the binary when it does not start. */
export async function launchChromium(): Promise<Browser> {
  const bin = await findChromium();
  try {
    return await playwright.launch({
      executablePath: bin.executablePath,
      args: bin.args,
      headless: true,
      ...(bin.env ? { env: { ...process.env, ...bin.env } } : {}),
    });
  } catch (e) {
    const ldd = bin.env ? spawnSync("ldd", [bin.executablePath], { encoding: "utf8", env: { ...process.env, ...bin.env } }).stdout : "";
    const missing = (ldd ?? "").split("\n").filter((l) => l.includes("not found"));
    throw new Error(
      `${bin.source} (${bin.executablePath}) did not start: ${(e as Error).message.split("\n")[0]}${missing.length ? `\n${missing.join("\n")}` : ""}`,
    );
  }
}
