// The add-in manifest's checks, run on the source manifest.xml (test/manifest.test.ts) and on the one a build writes
// for a hosting address (test/browser/bundle.test.ts). No XSD of the current manifest schema is available offline
// (README › Tests), so the schema's rules that matter here are checked directly: which children each element may have
// and in what order (Microsoft's "manifest element ordering" page), lengths, patterns, and that resids resolve.
import { DOMParser } from "@xmldom/xmldom";
import fs from "fs";
import path from "path";
import { REQUIRED_SETS } from "../../src/excel/env";

const XSI = "http://www.w3.org/2001/XMLSchema-instance";

/**
 * Allowed children, in the order the schema requires them, of the elements this manifest uses (task pane add-in,
 * VersionOverrides 1.0). An element not listed here is not checked; a child not in its parent's list is an error.
 */
export const ORDER: Record<string, string[]> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
    "ExtendedOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins", "VersionOverrides"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  ExtensionPoint: ["OfficeTab", "CustomTab", "OfficeMenu"],
  OfficeTab: ["Group"],
  Group: ["OverriddenByRibbonApi", "Label", "Icon", "Control"],
  Control: ["OverriddenByRibbonApi", "Label", "Supertip", "Icon", "Action", "Enabled", "Items"],
  Supertip: ["Title", "Description"],
  Action: ["TaskpaneId", "SourceLocation", "Title", "FunctionName"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
  DefaultSettings: ["SourceLocation"],
};
const REPEATABLE = new Set(["Group", "Control", "Image", "Url", "String", "Set", "Host", "Override", "ExtensionPoint", "AppDomain"]);

export interface Manifest {
  xml: string;
  doc: Document;
  root: Element;
  all(name: string, within?: Element | Document): Element[];
  one(name: string, within?: Element | Document): Element;
  /** resid → Vietnamese default and English override, for short and long strings. */
  strings: Map<string, { vi: string; en?: string; long: boolean }>;
  /** resid → URL, for images and URLs. */
  urls: Map<string, string>;
}

export function readManifest(xml: string): Manifest {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`manifest XML: ${message}`);
    },
  }).parseFromString(xml, "text/xml") as unknown as Document;
  const all = (name: string, within: Element | Document = doc) => [...within.getElementsByTagNameNS("*", name)];
  const one = (name: string, within: Element | Document = doc) => {
    const found = all(name, within);
    if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
    return found[0];
  };
  const strings = new Map<string, { vi: string; en?: string; long: boolean }>();
  for (const [list, long] of [
    ["ShortStrings", false],
    ["LongStrings", true],
  ] as const) {
    for (const s of all("String", one(list))) {
      const en =
        all("Override", s)
          .find((o) => o.getAttribute("Locale") === "en-US")
          ?.getAttribute("Value") ?? undefined;
      strings.set(s.getAttribute("id")!, { vi: s.getAttribute("DefaultValue")!, en, long });
    }
  }
  const urls = new Map<string, string>();
  for (const u of [...all("Image", one("Images")), ...all("Url", one("Urls"))]) urls.set(u.getAttribute("id")!, u.getAttribute("DefaultValue")!);
  return { xml, doc, root: doc.documentElement, all, one, strings, urls };
}

export const kids = (el: Element, name?: string): Element[] =>
  [...el.childNodes].filter((c): c is Element => c.nodeType === 1 && (!name || (c as Element).localName === name));
export const xsiType = (el: Element): string | null => el.getAttributeNS(XSI, "type");

/** Elements under a parent the schema does not allow, or out of the schema's order, or repeated where it allows one. */
export function orderProblems(m: Manifest): string[] {
  const problems: string[] = [];
  for (const el of m.all("*")) {
    const allowed = ORDER[el.localName];
    if (!allowed) continue;
    let last = -1;
    let lastName = "";
    for (const child of kids(el)) {
      const at = allowed.indexOf(child.localName);
      const where = `<${child.localName}> in <${el.localName}>`;
      if (at < 0) problems.push(`${where}: not a child the schema allows there`);
      else if (at < last) problems.push(`${where}: must come before <${lastName}>`);
      else if (at === last && !REPEATABLE.has(child.localName)) problems.push(`${where}: only one allowed`);
      else [last, lastName] = [at, child.localName];
    }
  }
  return problems;
}

/** Values over the schema's limits: short strings 125, long strings 250, resource ids 32, URLs 2048 characters. */
export function lengthProblems(m: Manifest): string[] {
  const problems: string[] = [];
  const check = (what: string, value: string | null, max: number) => {
    if (value === null || value.length < 1 || value.length > max)
      problems.push(`${what}: ${value === null ? "missing" : `${value.length} characters`} (1–${max})`);
  };
  const valuesOf = (el: Element) => [el.getAttribute("DefaultValue"), ...kids(el, "Override").map((o) => o.getAttribute("Value"))];
  for (const el of [m.one("DisplayName"), ...kids(m.root, "Description")]) {
    const max = el.localName === "DisplayName" ? 125 : 250;
    valuesOf(el).forEach((v, i) => check(`<${el.localName}> value ${i}`, v, max));
  }
  for (const [list, max] of [
    ["ShortStrings", 125],
    ["LongStrings", 250],
  ] as const) {
    for (const s of m.all("String", m.one(list))) valuesOf(s).forEach((v, i) => check(`${list} ${s.getAttribute("id")} value ${i}`, v, max));
  }
  for (const el of m.all("*").filter((e) => e.hasAttribute("resid") || (e.hasAttribute("id") && ["Image", "Url", "String"].includes(e.localName)))) {
    check(`resource id on <${el.localName}>`, el.getAttribute("resid") ?? el.getAttribute("id"), 32);
  }
  for (const u of addresses(m)) check(`URL ${u.slice(0, 60)}`, u, 2048);
  return problems;
}

/** Every http(s) address in an attribute value or element text (the XML namespaces aside). */
export function addresses(m: Manifest): string[] {
  const out: string[] = [];
  for (const el of m.all("*")) {
    for (const a of [...el.attributes]) if (/^https?:/.test(a.value) && !a.name.startsWith("xmlns")) out.push(a.value);
    const text = kids(el).length ? "" : (el.textContent ?? "").trim();
    if (/^https?:/.test(text)) out.push(text);
  }
  return out;
}

/** The ribbon's buttons: type, labels, action and its function or pane address. */
export function buttons(m: Manifest) {
  return kids(m.one("Group", m.one("OfficeTab")), "Control").map((c) => {
    const action = kids(c, "Action")[0];
    const label = m.strings.get(kids(c, "Label")[0].getAttribute("resid")!)!;
    const source = kids(action, "SourceLocation")[0];
    return {
      type: xsiType(c),
      vi: label.vi,
      en: label.en,
      action: xsiType(action),
      fn: kids(action, "FunctionName")[0]?.textContent ?? null,
      pane: source ? (m.urls.get(source.getAttribute("resid")!) ?? null) : null,
    };
  });
}

/** The icons the manifest names, with the size each must have. */
export function icons(m: Manifest): { url: string; size: number }[] {
  const list = [
    { url: m.one("IconUrl").getAttribute("DefaultValue")!, size: 32 },
    { url: m.one("HighResolutionIconUrl").getAttribute("DefaultValue")!, size: 64 },
  ];
  for (const ref of m.all("Image").filter((i) => i.hasAttribute("resid")))
    list.push({ url: m.urls.get(ref.getAttribute("resid")!)!, size: Number(ref.getAttribute("size")) });
  return list;
}

export interface ManifestUnderTest {
  xml: string;
  /** The hosting address every URL must start with. */
  base: string;
  /** The file a path of the site (e.g. "assets/icon-16.png", "help.html") is served from; null when none. */
  fileOf(rel: string): string | null;
}

/** The checks every manifest gets, as jest tests; `load` runs once, before them. */
export function describeManifest(title: string, load: () => ManifestUnderTest): void {
  describe(title, () => {
    let m: Manifest;
    let t: ManifestUnderTest;
    beforeAll(() => {
      t = load();
      m = readManifest(t.xml);
    });

    test("is well-formed XML for an Excel task pane add-in in Vietnamese, with a GUID and a four-part version", () => {
      expect(m.root.localName).toBe("OfficeApp");
      expect(m.root.namespaceURI).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
      expect(xsiType(m.root)).toBe("TaskPaneApp");
      expect(m.one("DefaultLocale").textContent).toBe("vi-VN");
      expect(m.one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(m.one("Version").textContent).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    });

    test("has each element under a parent the schema allows, in the schema's order", () => {
      expect(orderProblems(m)).toEqual([]);
    });

    test("keeps within the schema's lengths (short strings 125, long 250, resource ids 32, URLs 2048)", () => {
      expect(lengthProblems(m)).toEqual([]);
    });

    test("Excel only, read/write of the document only, and the ExcelApi version the shell needs", () => {
      const hosts = kids(kids(m.root, "Hosts")[0], "Host").map((h) => h.getAttribute("Name"));
      expect(hosts).toEqual(["Workbook"]);
      expect(m.one("Permissions").textContent).toBe("ReadWriteDocument");
      const sets = m.all("Set", kids(m.root, "Requirements")[0]).map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
      // The shell's own list (src/excel/env.ts) decides: the highest version it relies on is the manifest's minimum.
      const minor = (v: string) => Number(v.split(".")[1]);
      const needed = REQUIRED_SETS.map((r) => r.version)
        .sort((a, b) => minor(a) - minor(b))
        .at(-1)!;
      expect(sets).toEqual([["ExcelApi", needed]]);
      expect(minor(needed)).toBeGreaterThanOrEqual(9);
      expect(m.all("Host", m.one("VersionOverrides")).map(xsiType)).toEqual(["Workbook"]);
    });

    test("the Home tab holds the Thi đua CCHC group with its four buttons and their functions", () => {
      expect(m.one("OfficeTab").getAttribute("id")).toBe("TabHome");
      expect(m.strings.get(kids(m.one("Group"), "Label")[0].getAttribute("resid")!)?.vi).toBe("Thi đua CCHC");
      expect(buttons(m)).toEqual([
        { type: "Button", vi: "Chấm điểm & Xếp hạng", en: "Score & Rank", action: "ExecuteFunction", fn: "scoreAndRank", pane: null },
        { type: "Button", vi: "Mở bảng điều khiển", en: "Open the pane", action: "ShowTaskpane", fn: null, pane: `${t.base}/taskpane.html` },
        { type: "Button", vi: "Xóa đánh dấu", en: "Clear highlights", action: "ExecuteFunction", fn: "clearHighlights", pane: null },
        { type: "Button", vi: "Tạo bảng theo dõi", en: "Create tracking sheet", action: "ExecuteFunction", fn: "openOfficialsTools", pane: null },
      ]);
      // one runtime for the pane and the ribbon (SharedRuntime 1.1): the Runtime, the function file and the one pane
      // button are the same page, so a command never re-navigates the pane (it routes it by state)
      expect(m.all("TaskpaneId").map((e) => e.textContent)).toEqual(["ThiDua.Taskpane"]);
      const runtime = m.one("Runtime");
      expect([m.urls.get(runtime.getAttribute("resid")!), runtime.getAttribute("lifetime")]).toEqual([`${t.base}/taskpane.html`, "long"]);
      expect(m.urls.get(m.one("FunctionFile").getAttribute("resid")!)).toBe(`${t.base}/taskpane.html`);
      expect(m.one("SourceLocation", m.one("DefaultSettings")).getAttribute("DefaultValue")).toBe(`${t.base}/taskpane.html`);
    });

    test("every resid points at a resource of its kind, and every string has an English override", () => {
      for (const el of m.all("*").filter((e) => e.hasAttribute("resid"))) {
        const id = el.getAttribute("resid")!;
        const kind = ["Image"].includes(el.localName)
          ? "image"
          : ["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"].includes(el.localName)
            ? "url"
            : "string";
        const found = kind === "string" ? m.strings.has(id) : m.urls.has(id);
        expect([el.localName, id, found]).toEqual([el.localName, id, true]);
      }
      for (const [id, s] of m.strings) expect([id, typeof s.en]).toEqual([id, "string"]);
    });

    test("every address is https under the hosting address, and nothing else is named", () => {
      const all = addresses(m);
      expect(all.length).toBeGreaterThan(20);
      for (const u of all) expect(u.startsWith(`${t.base}/`) ? u : `${u} (not under ${t.base}/)`).toBe(u);
      expect(t.base).toMatch(/^https:\/\//);
      if (!t.base.includes("localhost")) expect(m.xml).not.toMatch(/localhost/);
    });

    test("the support page and “learn more” are the help page, and every address is a file of the site", () => {
      expect(m.one("SupportUrl").getAttribute("DefaultValue")).toBe(`${t.base}/help.html`);
      expect(m.urls.get(m.one("LearnMoreUrl").getAttribute("resid")!)).toBe(`${t.base}/help.html`);
      for (const u of addresses(m)) {
        const rel = new URL(u).pathname.slice(new URL(`${t.base}/`).pathname.length);
        const file = t.fileOf(rel);
        expect([rel, file !== null && fs.existsSync(file)]).toEqual([rel, true]);
      }
    });

    test("every icon is a PNG of the size the manifest declares", () => {
      const list = icons(m);
      expect(list.length).toBe(2 + 5 * 3);
      for (const { url, size } of list) {
        const rel = url.slice(t.base.length + 1);
        expect(rel).toMatch(/^assets\/[\w-]+\.png$/);
        const png = fs.readFileSync(t.fileOf(rel)!);
        expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
        expect([rel, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([rel, size, size]);
      }
    });
  });
}

/** A path of the built site → its file in a build folder. */
export const inBuild =
  (dir: string) =>
  (rel: string): string | null =>
    rel && !rel.includes("..") ? path.join(dir, rel) : null;
