// The XML manifest as written (development address) and as `ADDIN_URL=… npm run build` rewrites it, through the same
// checks (test/helpers/manifest.ts; the built file itself is checked by test/browser/bundle.test.ts); the hosting
// address ADDIN_URL accepts; the order checks catch what the schema refuses; the ribbon's functions exist.
import fs from "fs";
import path from "path";
import { DEV_URL, addinUrl, manifestFor } from "../scripts/addin-url";
import { describeManifest, lengthProblems, orderProblems, readManifest } from "./helpers/manifest";

const ROOT = path.join(__dirname, "..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** What the development server serves for a path (the same files webpack copies or builds into dist/). */
function sourceOf(rel: string): string | null {
  if (/^assets\/[\w-]+\.png$/.test(rel)) return path.join(ROOT, rel);
  if (/^screenshots\/[\w-]+\.png$/.test(rel)) return path.join(ROOT, "docs", rel);
  const pages: Record<string, string> = {
    "taskpane.html": "src/taskpane/taskpane.html",
    "commands.html": "src/commands/commands.html",
    "help.html": "help/help.html",
  };
  return pages[rel] ? path.join(ROOT, pages[rel]) : null;
}

describeManifest("manifest.xml (development address)", () => ({ xml, base: DEV_URL, fileOf: sourceOf }));
describeManifest("manifest.xml rewritten for ADDIN_URL=https://example.org/x", () => ({
  xml: manifestFor(xml, addinUrl("https://example.org/x")),
  base: "https://example.org/x",
  fileOf: sourceOf,
}));

describe("ADDIN_URL", () => {
  test("unset or blank gives the development address", () => {
    expect(addinUrl(undefined)).toBe("https://localhost:3000");
    expect(addinUrl("  ")).toBe(DEV_URL);
  });

  test("a trailing slash is dropped, a path is kept", () => {
    expect(addinUrl("https://cchc.example.gov.vn/thidua/")).toBe("https://cchc.example.gov.vn/thidua");
    expect(addinUrl("https://example.org")).toBe("https://example.org");
  });

  test.each([
    ["http://example.org/x", /https only/],
    ["https://example.org/x?v=1", /query or a fragment/],
    ["https://example.org/x#top", /query or a fragment/],
    ["https://user:pw@example.org/x", /user name or password/],
    ["https://example.org/a&b", /characters/],
    ["example.org/x", /not an address/],
  ])("%s is refused with a reason", (value, reason) => {
    expect(() => addinUrl(value)).toThrow(reason);
  });

  test("the rewritten manifest names the hosting address wherever the source names the development one", () => {
    const out = manifestFor(xml, "https://example.org/x");
    expect(out.split("https://example.org/x/").length).toBe(xml.split(`${DEV_URL}/`).length);
    expect(out).not.toContain("localhost");
  });
});

describe("the order and length checks catch what the schema refuses", () => {
  test("SupportUrl after Hosts, and an unknown child of a button", () => {
    const bad = xml
      .replace(/\s*<SupportUrl [^>]*\/>/, "")
      .replace("</Hosts>\n  <Requirements>", '</Hosts>\n  <SupportUrl DefaultValue="https://localhost:3000/help.html"/>\n  <Requirements>')
      .replace('<Label resid="Score.Label"/>', '<Label resid="Score.Label"/><Tooltip/>');
    expect(orderProblems(readManifest(bad))).toEqual([
      "<SupportUrl> in <OfficeApp>: must come before <Hosts>",
      "<Tooltip> in <Control>: not a child the schema allows there",
    ]);
  });

  test("a label over 125 characters and a resource id over 32", () => {
    const bad = xml.replace('DefaultValue="Xóa đánh dấu"', `DefaultValue="${"x".repeat(126)}"`).replace(/"Clear\.Tooltip"/g, `"${"C".repeat(33)}"`);
    const problems = lengthProblems(readManifest(bad));
    expect(problems).toContain("ShortStrings Clear.Label value 0: 126 characters (1–125)");
    expect(problems.filter((p) => p.includes("33 characters (1–32)"))).toEqual([
      "resource id on <Description>: 33 characters (1–32)",
      "resource id on <String>: 33 characters (1–32)",
    ]);
  });
});

test("the ribbon's function names are registered by src/commands/handlers.ts (the pane page and commands.html)", () => {
  const src = fs.readFileSync(path.join(ROOT, "src", "commands", "handlers.ts"), "utf8");
  const names = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
  expect(names).toEqual(["scoreAndRank", "clearHighlights", "openOfficialsTools"]);
  for (const fn of names) expect(src).toMatch(new RegExp(`associate\\(\\s*["']${fn}["']`));
});
