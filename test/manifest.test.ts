/**
 * @jest-environment jsdom
 */
// The XML manifest: Excel only, minimal permission, the ExcelApi version the shell needs, the four Home-tab buttons with their
// functions, Vietnamese labels with English overrides, and every icon it names present in assets/ at its size.
import fs from "fs";
import path from "path";
import { REQUIRED_SETS } from "../src/excel/env";

const ROOT = path.join(__dirname, "..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const all = (el: Document | Element, name: string): Element[] => [...el.getElementsByTagNameNS("*", name)];
const one = (el: Document | Element, name: string): Element => {
  const found = all(el, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
};
const kids = (el: Element, name: string): Element[] => [...el.children].filter((c) => c.localName === name);
const xsiType = (el: Element) => el.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");

/** resid → { vi, en } from ShortStrings / LongStrings; resid → URL from Images / Urls. */
function resources() {
  const strings = new Map<string, { vi: string; en?: string }>();
  for (const s of [...all(one(doc, "ShortStrings"), "String"), ...all(one(doc, "LongStrings"), "String")]) {
    const en =
      all(s, "Override")
        .find((o) => o.getAttribute("Locale") === "en-US")
        ?.getAttribute("Value") ?? undefined;
    strings.set(s.getAttribute("id")!, { vi: s.getAttribute("DefaultValue")!, en });
  }
  const urls = new Map<string, string>();
  for (const u of [...all(one(doc, "Images"), "Image"), ...all(one(doc, "Urls"), "Url")])
    urls.set(u.getAttribute("id")!, u.getAttribute("DefaultValue")!);
  return { strings, urls };
}

test("the manifest is well-formed XML for an Excel task pane add-in in Vietnamese", () => {
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  expect(doc.documentElement.localName).toBe("OfficeApp");
  expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
  expect(one(doc, "DefaultLocale").textContent).toBe("vi-VN");
  expect(one(doc, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(one(doc, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
});

test("Excel only, read/write of the document only, and the ExcelApi version the shell needs", () => {
  const hosts = kids(kids(doc.documentElement, "Hosts")[0], "Host").map((h) => h.getAttribute("Name"));
  expect(hosts).toEqual(["Workbook"]);
  expect(one(doc, "Permissions").textContent).toBe("ReadWriteDocument");
  const sets = all(kids(doc.documentElement, "Requirements")[0], "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
  // The shell's own list (src/excel/env.ts) decides: the highest version it relies on is the manifest's minimum.
  const needed = REQUIRED_SETS.map((r) => r.version)
    .sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]))
    .at(-1);
  expect(sets).toEqual([["ExcelApi", needed]]);
  expect(Number(needed!.split(".")[1])).toBeGreaterThanOrEqual(9);
  expect(all(one(doc, "VersionOverrides"), "Host").map(xsiType)).toEqual(["Workbook"]);
});

test("the Home tab holds the Thi đua CCHC group with its four buttons and their functions", () => {
  const { strings, urls } = resources();
  const tab = one(doc, "OfficeTab");
  expect(tab.getAttribute("id")).toBe("TabHome");
  const group = one(tab, "Group");
  expect(strings.get(kids(group, "Label")[0].getAttribute("resid")!)?.vi).toBe("Thi đua CCHC");
  const buttons = kids(group, "Control").map((c) => {
    const action = kids(c, "Action")[0];
    const label = strings.get(kids(c, "Label")[0].getAttribute("resid")!)!;
    return {
      type: xsiType(c),
      vi: label.vi,
      en: label.en,
      action: xsiType(action),
      fn: kids(action, "FunctionName")[0]?.textContent ?? null,
      pane: kids(action, "SourceLocation")[0] ? urls.get(kids(action, "SourceLocation")[0].getAttribute("resid")!) : null,
    };
  });
  expect(buttons).toEqual([
    { type: "Button", vi: "Chấm điểm & Xếp hạng", en: "Score & Rank", action: "ExecuteFunction", fn: "scoreAndRank", pane: null },
    { type: "Button", vi: "Mở bảng điều khiển", en: "Open the pane", action: "ShowTaskpane", fn: null, pane: "https://localhost:3000/taskpane.html" },
    { type: "Button", vi: "Xóa đánh dấu", en: "Clear highlights", action: "ExecuteFunction", fn: "clearHighlights", pane: null },
    { type: "Button", vi: "Tạo bảng theo dõi", en: "Create tracking sheet", action: "ExecuteFunction", fn: "openOfficialsTools", pane: null },
  ]);
  // one runtime for the pane and the ribbon (SharedRuntime 1.1): the Runtime, the function file and the one pane
  // button are the same page, so a command never re-navigates the pane (it routes it by state)
  expect(all(doc, "TaskpaneId").map((e) => e.textContent)).toEqual(["ThiDua.Taskpane"]);
  const runtime = one(doc, "Runtime");
  expect([urls.get(runtime.getAttribute("resid")!), runtime.getAttribute("lifetime")]).toEqual(["https://localhost:3000/taskpane.html", "long"]);
  expect(urls.get(one(doc, "FunctionFile").getAttribute("resid")!)).toBe("https://localhost:3000/taskpane.html");
  const app = fs.readFileSync(path.join(ROOT, "src", "taskpane", "App.tsx"), "utf8");
  expect(app).toContain('mo === "tao-bang"');
});

test("every resid points at a resource, every string has an English override, every URL is https://localhost:3000", () => {
  const { strings, urls } = resources();
  for (const el of all(doc, "*").filter((e) => e.hasAttribute("resid"))) {
    const id = el.getAttribute("resid")!;
    expect([id, strings.has(id) || urls.has(id)]).toEqual([id, true]);
  }
  for (const [id, s] of strings) expect([id, typeof s.en]).toEqual([id, "string"]);
  const loose = [...xml.matchAll(/"(https?:\/\/[^"]+)"/g)]
    .map((m) => m[1])
    .filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
  expect(loose.length).toBeGreaterThan(10);
  for (const u of loose) expect(u).toMatch(/^https:\/\/localhost:3000\//);
  for (const s of strings.values()) expect(s.vi.length).toBeLessThanOrEqual(250);
});

test("every icon the manifest names exists in assets/ as a PNG of the declared size", () => {
  const icons: { url: string; size: number | null }[] = [
    { url: one(doc, "IconUrl").getAttribute("DefaultValue")!, size: 32 },
    { url: one(doc, "HighResolutionIconUrl").getAttribute("DefaultValue")!, size: 64 },
  ];
  const images = new Map(all(one(doc, "Images"), "Image").map((i) => [i.getAttribute("id")!, i.getAttribute("DefaultValue")!]));
  for (const ref of all(doc, "Image").filter((i) => i.hasAttribute("resid"))) {
    icons.push({ url: images.get(ref.getAttribute("resid")!)!, size: Number(ref.getAttribute("size")) });
  }
  expect(icons.length).toBe(2 + 5 * 3);
  for (const { url, size } of icons) {
    const rel = new URL(url).pathname.replace(/^\//, "");
    expect(rel).toMatch(/^assets\/[\w-]+\.png$/);
    const file = path.join(ROOT, rel);
    expect([rel, fs.existsSync(file)]).toEqual([rel, true]);
    const png = fs.readFileSync(file);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([rel, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([rel, size, size]);
  }
});

const commands = path.join(ROOT, "src", "commands", "handlers.ts");
(fs.existsSync(commands) ? test : test.skip)("the ribbon's function names are registered by src/commands/handlers.ts", () => {
  const src = fs.readFileSync(commands, "utf8");
  for (const fn of all(doc, "FunctionName").map((f) => f.textContent!)) expect(src).toMatch(new RegExp(`associate\\(\\s*["']${fn}["']`));
});
