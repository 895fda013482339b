// Starts the built task pane in headless Chromium (test/browser/chromium.ts) with an Office.js test double: the test
// build served on 127.0.0.1 under a strict CSP (no eval, no foreign hosts), the office.js CDN request answered by the
// fake Excel of test/fakes bundled with a fixture workbook, every other outside request blocked and recorded.
import fs from "fs";
import http from "http";
import path from "path";
import type { AddressInfo } from "net";
import type { Browser, Page } from "playwright-core";
import type { FakeWorkbookData } from "../fakes/excel-fake";
import { fakeDataFromXlsx } from "../fakes/fake-xlsx";
import { DIST, ROOT, ensureDist } from "./build";
import { launchChromium } from "./chromium";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const CSP = [
  "default-src 'self'",
  `script-src 'self' https://appsforoffice.microsoft.com`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join("; ");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** A static server for the test build (plus a few test files under /__test__/) on a free port of 127.0.0.1. */
export async function serveDist(extra: Record<string, string> = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = extra[pathname] ?? path.join(DIST, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(DIST) && !Object.values(extra).includes(file)) return void res.writeHead(403).end();
    fs.readFile(file, (err, body) => {
      if (err) return void res.writeHead(404).end();
      const headers: Record<string, string> = {
        "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-store",
      };
      if (file.endsWith(".html")) headers["Content-Security-Policy"] = CSP;
      res.writeHead(200, headers).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** A fixture .xlsx read in Node (through src/xlsx/read.ts) into the data the fake Excel starts from. */
export function fixtureWorkbook(name: string): Promise<FakeWorkbookData> {
  return fakeDataFromXlsx(path.join(ROOT, "test", "fixtures", name));
}

/** The Office.js double: test/browser/office-double.ts (the fake of test/fakes) bundled by esbuild, with the workbook inlined. */
export async function buildOfficeDouble(workbook: FakeWorkbookData): Promise<string> {
  // esbuild comes with tsx (a dev dependency); loaded lazily so the rest of the harness does not need it.
  const esbuild = (await import("esbuild")) as typeof import("esbuild");
  const out = await esbuild.build({
    entryPoints: [path.join(__dirname, "office-double.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  });
  return `window.__FAKE_WORKBOOK__ = ${JSON.stringify(workbook)};\n${out.outputFiles[0].text}`;
}

export interface Harness {
  page: Page;
  browser: Browser;
  url: string;
  /** Navigation start → the primary button visible, in ms. */
  firstRenderMs: number;
  /** How long ensureDist() took (0 when the test build was fresh). */
  buildMs: number;
  /** Requests to anything but the local server and office.js (blocked). */
  blocked: string[];
  /** Console errors and uncaught page errors (CSP violations show up here). */
  errors: string[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** A workbook of test/fixtures (default: 04-dong-hang-va-tap-the.xlsx) … */
  fixture?: string;
  /** … or the fake's workbook data directly. */
  workbook?: FakeWorkbookData;
  viewport?: { width: number; height: number };
  /** Device pixels per CSS pixel (2 for crisp screenshots); default 1. */
  deviceScaleFactor?: number;
}

/** Build if needed, serve, launch Chromium, open taskpane.html and wait for the primary button. */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const buildMs = ensureDist();
  const double = await buildOfficeDouble(opts.workbook ?? (await fixtureWorkbook(opts.fixture ?? "04-dong-hang-va-tap-the.xlsx")));
  const browser = await launchChromium();
  const server = await serveDist({ "/__test__/axe.min.js": path.join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  try {
    const context = await browser.newContext({
      viewport: opts.viewport ?? { width: 360, height: 900 },
      deviceScaleFactor: opts.deviceScaleFactor ?? 1,
      locale: "vi-VN",
      serviceWorkers: "block",
    });
    const page = await context.newPage();
    const blocked: string[] = [];
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route("**/*", (route) => {
      const u = route.request().url();
      if (u.startsWith(server.url + "/")) return route.continue();
      if (u === OFFICE_JS) return route.fulfill({ status: 200, contentType: "application/javascript; charset=utf-8", body: double });
      blocked.push(u);
      return route.abort("blockedbyclient");
    });
    const t0 = performance.now();
    await page.goto(`${server.url}/taskpane.html`, { waitUntil: "commit" });
    await page.getByRole("button", { name: "Chấm điểm & Xếp hạng" }).waitFor({ state: "visible", timeout: 30_000 });
    const firstRenderMs = Math.round(performance.now() - t0);
    return {
      page,
      browser,
      url: server.url,
      firstRenderMs,
      buildMs,
      blocked,
      errors,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (e) {
    await browser.close();
    await server.close();
    throw e;
  }
}
