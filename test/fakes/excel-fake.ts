// A faithful fake of the Excel JavaScript API subset the add-in uses, for jest and for the headless-browser test
// (plain TypeScript, no DOM or Node APIs): `createFakeOffice(data)` gives `Excel.run`, `Office` and the workbook.
import type { CellValue, WorkbookSnapshot } from "../../src/core/read/snapshot";
import { areaA1, parseArea, splitAddressList } from "./fake-address";
import { FakeBook } from "./fake-book";
import { FakeHooks, FakeRequestContext, FakeStats, Runtime } from "./fake-context";
import { OfficeError, Scalar, ensureCell, merge, setFormat } from "./fake-model";
import { WorkbookProxy } from "./fake-sheet";

export { FakeBook } from "./fake-book";
export type { FakeHooks, FakeStats } from "./fake-context";
export { FakeRequestContext } from "./fake-context";
export { OfficeError } from "./fake-model";

/** A cell as a test gives it: a value, an error, or a formula with its cached result. */
export type FakeCellData = Scalar | null | { error: string } | { formula: string; value?: Scalar | null; error?: boolean };

export interface FakeSheetData {
  name: string;
  /** rows[r - 1][c - 1], like the core's snapshot; merged areas hold their value in the top-left cell only */
  rows?: FakeCellData[][];
  /** "A1" or "A1:B9" → number format */
  numberFormats?: Record<string, string>;
  /** "A1" or "A1:B9" → fill colour "#RRGGBB" (the clerk's own formatting) */
  fills?: Record<string, string>;
  merges?: string[];
  /** the clerk's own conditional formats */
  conditionalFormats?: { ranges: string; formula: string; fill?: string }[];
}

export interface FakeWorkbookData {
  sheets: FakeSheetData[];
  settings?: Record<string, unknown>;
}

export interface FakeOptions {
  /** Highest ExcelApi version the fake host claims (default "1.17"). */
  excelApi?: string;
  /** Other requirement sets it claims, name → version. */
  otherSets?: Record<string, string>;
  /** Excel on the web: 5 MB per request and per response. */
  requestLimitBytes?: number;
  responseLimitBytes?: number;
  host?: string;
}

/** The snapshot the core reads, as fake workbook data (values and merges). */
export function workbookDataFromSnapshot(snapshot: WorkbookSnapshot): FakeWorkbookData {
  const cell = (v: CellValue): FakeCellData => (v !== null && typeof v === "object" ? { error: v.error } : v);
  return {
    sheets: snapshot.sheets.map((s) => ({
      name: s.name,
      rows: s.values.map((row) => (row ?? []).map(cell)),
      merges: s.merges.map((m) => areaA1(m)),
    })),
  };
}

export function buildBook(data: FakeWorkbookData): FakeBook {
  const book = new FakeBook();
  for (const sd of data.sheets) {
    const s = book.addSheet(sd.name);
    for (const m of sd.merges ?? []) merge(s, parseArea(m).area, false);
    (sd.rows ?? []).forEach((row, r) =>
      (row ?? []).forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        const cell = ensureCell(s, r + 1, c + 1);
        if (typeof v !== "object") cell.value = v;
        else if ("formula" in v) Object.assign(cell, { formula: v.formula, value: v.value ?? null, ...(v.error ? { error: true } : {}) });
        else Object.assign(cell, { value: v.error, error: true });
      }),
    );
    for (const [addr, nf] of Object.entries(sd.numberFormats ?? {})) for (const a of splitAddressList(addr)) setNumberFormat(book, s.name, a, nf);
    for (const [addr, color] of Object.entries(sd.fills ?? {}))
      setFormat(
        s,
        splitAddressList(addr).map((a) => parseArea(a).area),
        (f) => (f.fill = color),
      );
    for (const cf of sd.conditionalFormats ?? []) {
      s.cfs.push({
        id: book.newId("cf"),
        type: "Custom",
        areas: splitAddressList(cf.ranges).map((a) => parseArea(a).area),
        formula: cf.formula,
        fill: cf.fill,
      });
    }
  }
  for (const [k, v] of Object.entries(data.settings ?? {})) book.settings.set(k, v);
  if (book.sheets[0]) book.activeId = book.sheets[0].id;
  return book;
}

function setNumberFormat(book: FakeBook, sheet: string, address: string, nf: string): void {
  const { area } = parseArea(address);
  const s = book.sheet(sheet);
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) ensureCell(s, r, c).numberFormat = nf;
}

const versionAtLeast = (have: string, want: string): boolean => {
  const [a1, a2 = 0] = have.split(".").map(Number);
  const [b1, b2 = 0] = want.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
};

export type FakeBatch<T> = (context: FakeRequestContext) => Promise<T>;

export interface FakeOffice {
  Excel: { run<T>(a: FakeBatch<T> | object, b?: FakeBatch<T>): Promise<T> };
  Office: {
    context: { requirements: { isSetSupported(name: string, version?: string): boolean }; host: string };
    onReady(cb?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
    actions: { associate(name: string, fn: (event: unknown) => unknown): void };
    HostType: { Excel: string };
  };
  workbook: FakeBook;
  stats: FakeStats;
  hooks: FakeHooks;
  /** Functions given to Office.actions.associate, by name. */
  actions: Map<string, (event: unknown) => unknown>;
}

/** The fake host: `Excel`, `Office`, the workbook, round-trip stats and a hook between syncs. */
export function createFakeOffice(data: FakeWorkbookData, opts: FakeOptions = {}): FakeOffice {
  const book = buildBook(data);
  const stats: FakeStats = { syncs: 0, maxPayloadBytes: 0, maxResponseBytes: 0, payloads: [], responses: [], refused: [], runs: 0, runOptions: [] };
  const hooks: FakeHooks = {};
  const limit = 5 * 1024 * 1024;
  const rt: Runtime = { book, stats, hooks, requestLimit: opts.requestLimitBytes ?? limit, responseLimit: opts.responseLimitBytes ?? limit };
  const actions = new Map<string, (event: unknown) => unknown>();
  const excelApi = opts.excelApi ?? "1.17";
  const host = opts.host ?? "Excel";

  async function run<T>(a: FakeBatch<T> | object, b?: FakeBatch<T>): Promise<T> {
    const batch = (typeof a === "function" ? a : b) as FakeBatch<T> | undefined;
    if (!batch) throw new OfficeError("InvalidArgument", "Excel.run needs a batch function.");
    stats.runs++;
    stats.runOptions.push(typeof a === "function" ? null : a);
    const ctx = new FakeRequestContext(rt);
    ctx.workbook = new WorkbookProxy(ctx);
    const result = await batch(ctx);
    if (ctx._pending > 0) await ctx.sync(); // Excel.run sends what is still queued
    return result;
  }

  const Office: FakeOffice["Office"] = {
    context: {
      host,
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          const have = name === "ExcelApi" ? excelApi : opts.otherSets?.[name];
          return have !== undefined && (version === undefined || versionAtLeast(have, version));
        },
      },
    },
    onReady(cb) {
      const info = { host, platform: "OfficeOnline" };
      return Promise.resolve().then(() => {
        cb?.(info);
        return info;
      });
    },
    actions: { associate: (name, fn) => void actions.set(name, fn) },
    HostType: { Excel: "Excel" },
  };
  return { Excel: { run }, Office, workbook: book, stats, hooks, actions };
}
