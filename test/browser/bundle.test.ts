// The production build (made for the hosting address TEST_ADDIN_URL): the task pane's JS stays within its budgets
// (the first screen ≤ 150 KB gzip, all of it ≤ 275 KB gzip), the first screen loads only a part of it, no source maps ship, the runtime never builds code
// from strings; the manifest it writes passes the manifest's checks for that address; the help page ships, in
// Vietnamese, with its screenshots and nothing from outside.
import fs from "fs";
import path from "path";
import { describeManifest, inBuild } from "../helpers/manifest";
import { DIST, TEST_ADDIN_URL, bundleSizes, ensureDist, kb } from "./build";

/** Budgets (gzip): what the first screen loads, and all the pane's JS (the rest loads when a panel or run needs it). */
const FIRST_SCREEN_GZIP = 150 * 1024;
const BUDGET_GZIP = 275 * 1024;

beforeAll(() => {
  const ms = ensureDist();
  if (ms) console.log(`webpack --mode production: ${(ms / 1000).toFixed(1)} s`);
}, 200_000);

test("the first screen is within 150 KB gzip, all task pane JS within 275 KB gzip, the first screen loads less than all", () => {
  const s = bundleSizes();
  const lines = [...s.initial.map((f) => ({ ...f, kind: "initial" })), ...s.lazy.map((f) => ({ ...f, kind: "on demand" }))].map(
    (f) => `${f.kind.padEnd(10)} ${f.file.padEnd(30)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)}`,
  );
  console.log(
    [
      ...lines,
      `first screen: ${kb(s.initialTotal.raw)} raw, ${kb(s.initialTotal.gzip)} gzip`,
      `all task pane JS: ${kb(s.total.raw)} raw, ${kb(s.total.gzip)} gzip`,
    ].join("\n"),
  );
  expect(s.initial.length).toBeGreaterThan(0);
  expect(s.lazy.length).toBeGreaterThan(0);
  expect(s.initialTotal.gzip).toBeLessThanOrEqual(FIRST_SCREEN_GZIP);
  expect(s.total.gzip).toBeLessThanOrEqual(BUDGET_GZIP);
  expect(s.initialTotal.gzip).toBeLessThan(s.total.gzip);
});

test("no source maps and no eval() in the shipped JavaScript", () => {
  const js = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
  expect(fs.readdirSync(DIST).filter((f) => f.endsWith(".map"))).toEqual([]);
  for (const f of js) {
    const src = fs.readFileSync(path.join(DIST, f), "utf8");
    expect([f, /(^|[^\w$.])eval\(/.test(src), /sourceMappingURL/.test(src)]).toEqual([f, false, false]);
  }
});

test("the pages load Office.js from Microsoft's CDN and nothing else from outside", () => {
  for (const page of ["taskpane.html", "commands.html"]) {
    const html = fs.readFileSync(path.join(DIST, page), "utf8");
    const outside = [...html.matchAll(/(?:src|href)=["']?(https?:[^"'\s>]+)/g)].map((m) => m[1]);
    expect([page, outside]).toEqual([page, ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]]);
  }
});

describeManifest(`dist/manifest.xml of ADDIN_URL=${TEST_ADDIN_URL} npm run build`, () => ({
  xml: fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8"),
  base: TEST_ADDIN_URL,
  fileOf: inBuild(DIST),
}));

test("help.html ships in Vietnamese first, shows every screenshot it names, and loads nothing from outside", () => {
  const html = fs.readFileSync(path.join(DIST, "help.html"), "utf8"); // minified: attribute quotes may be gone
  expect(html).toMatch(/<html lang="?vi"?>/);
  expect(html.indexOf("Cài đặt")).toBeLessThan(html.search(/<section [^>]*lang="?en/));
  for (const heading of ["Phần bổ trợ làm gì", "Cài đặt", "Các nút lệnh", "Quyền riêng tư"]) expect(html).toContain(heading);
  const images = [...html.matchAll(/<img [^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
  expect(images.sort()).toEqual(
    fs
      .readdirSync(path.join(DIST, "screenshots"))
      .map((f) => `screenshots/${f}`)
      .sort(),
  );
  expect(images.length).toBeGreaterThanOrEqual(3);
  for (const src of images) expect(fs.readFileSync(path.join(DIST, src)).subarray(1, 4).toString("ascii")).toBe("PNG");
  expect(html).not.toMatch(/<script|<link|@import|url\(/);
  expect([...html.matchAll(/(?:src|href)=["']?(https?:[^"'\s>]+)/g)].map((m) => m[1])).toEqual([]);
});
