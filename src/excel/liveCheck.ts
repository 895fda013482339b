// The live check while the pane is open, on every chosen tracking sheet: each sheet's onChanged (ExcelApi 1.7)
// collects the rows people edit (local or remote; the add-in's own writes and its output block ignored), a burst is
// coalesced (debounce), then only those rows are read and re-checked (core checkRows: no ranking), their highlights
// are replaced and the new issues go to the pane. Every re-check runs through `exclusive`, the host's one lane for
// anything that rewrites highlight rules, so a run (from the pane or the ribbon) and a re-check never interleave.
// `Excel` and the clock are injected, so tests drive it with the fake and a manual clock.
import { Catalog } from "../core/catalog";
import { Layout } from "../core/read/layout";
import { chooseTables, readLayout } from "../core/read/tables";
import { RowCheck, changeScope, checkRows } from "../core/officials/liveCheck";
import { Lang } from "../core/messages";
import { SheetSnapshot, colLetter } from "../core/read/snapshot";
import { rowRuns } from "../core/write/formPlan";
import { SparseRows } from "./cells";
import { ExcelGlobal } from "./env";
import { PasswordProtectedError } from "./formSheet";
import { replaceRowHighlights } from "./liveHighlights";
import { readBook } from "./read";

export interface Scheduler {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
export const realScheduler: Scheduler = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface LiveReport {
  sheet: string;
  /** The rows re-checked, each with its issues now (a row that is no longer a data row has none). */
  rows: RowCheck[];
  /** True when the whole sheet was re-read (header edited, rows inserted or deleted …). */
  full: boolean;
  /** False when highlights could not be updated (sheet protected with a password). */
  highlighted: boolean;
}

/** Runs `fn` alone among the host's jobs that touch highlight rules. */
export type Exclusive = <T>(fn: () => Promise<T>) => Promise<T>;
const alone: Exclusive = (fn) => fn();

export interface LiveCheckOptions {
  excel: ExcelGlobal;
  catalog: Catalog;
  /** The chosen tracking sheets (none: the one the engine finds), or every tracking sheet. */
  sheets?: string[];
  allSheets?: boolean;
  mapping?: Record<string, string>;
  onReport: (r: LiveReport) => void;
  onError?: (message: string) => void;
  scheduler?: Scheduler;
  debounceMs?: number;
  lang?: Lang;
  exclusive?: Exclusive;
}

export interface LiveCheck {
  readonly sheets: string[];
  /** Re-checks done so far (one per sheet re-checked). */
  readonly checks: number;
  /** Run what is pending now (without waiting for the debounce) and wait until it is done. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export type LiveStart = { ok: true; live: LiveCheck } | { ok: false; message: string };

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const EDIT: Excel.RunOptions = { delayForCellEdit: true };

/** One watched sheet: its layout (re-read when the whole sheet changes) and the rows waiting for a re-check. */
interface Watched {
  layout: Layout;
  rows: Set<number>;
  all: boolean;
  handler?: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
}

/** Read only the given rows' input columns (one range per run of rows) into a sparse snapshot: 1 sync. */
async function readRows(ctx: Excel.RequestContext, layout: Layout, rows: number[]): Promise<SheetSnapshot> {
  const ws = ctx.workbook.worksheets.getItem(layout.sheet);
  const last = colLetter(Math.max(1, layout.outputCol - 1));
  const parts = rowRuns(rows).map(([a, b]) => ({ a, range: ws.getRange(`A${a}:${last}${b}`).load("values,valueTypes") }));
  await ctx.sync();
  const values = new SparseRows();
  for (const { a, range } of parts) values.place(a - 1, 0, range.values, range.valueTypes);
  return { name: layout.sheet, values: values.finish(), merges: [] };
}

/** The sheet and rows to check: the given rows, or every row after the whole book is read again (new layout). */
async function sheetToCheck(ctx: Excel.RequestContext, o: LiveCheckOptions, w: Watched, rows: number[], all: boolean) {
  if (!all) return { snapshot: await readRows(ctx, w.layout, rows), target: rows };
  const book = await readBook(ctx);
  const found = readLayout(book.snapshot, o.catalog, { sheet: w.layout.sheet, mapping: o.mapping });
  if (!found.ok) throw new Error(`Không còn nhận ra bảng theo dõi trên trang “${w.layout.sheet}”.`);
  w.layout = found.layout;
  return { snapshot: book.snapshot.sheets.find((s) => s.name === w.layout.sheet)!, target: w.layout.dataRows };
}

/** Re-check rows of one sheet and replace their highlights (a password-protected sheet keeps its old ones). */
async function recheck(o: LiveCheckOptions, w: Watched, rows: number[], all: boolean): Promise<LiveReport> {
  return o.excel.run(EDIT, async (ctx) => {
    const { snapshot, target } = await sheetToCheck(ctx, o, w, rows, all);
    const result = checkRows(snapshot, w.layout, o.catalog, target, o.lang);
    let highlighted = true;
    try {
      await replaceRowHighlights(ctx, ctx.workbook.worksheets.getItem(w.layout.sheet), all ? null : target, result);
    } catch (e) {
      if (!(e instanceof PasswordProtectedError)) throw e;
      highlighted = false;
    }
    return { sheet: w.layout.sheet, rows: result, full: all, highlighted };
  });
}

/** The chosen sheets' layouts (one read of the book), or why there is none. */
async function findLayouts(o: LiveCheckOptions): Promise<Layout[] | null> {
  return o.excel.run(EDIT, async (ctx) => {
    const book = await readBook(ctx);
    const found = chooseTables(book.snapshot, o.catalog, { sheets: o.sheets, allSheets: o.allSheets, mapping: o.mapping });
    return found.ok ? found.layouts : null;
  });
}

/** Listen on every watched sheet (one request); each handler is removed later in the context it was added in. */
async function listen(o: LiveCheckOptions, watched: Watched[], onChanged: (w: Watched, ev: Excel.WorksheetChangedEventArgs) => void): Promise<void> {
  await o.excel.run(EDIT, async (ctx) => {
    for (const w of watched) w.handler = ctx.workbook.worksheets.getItem(w.layout.sheet).onChanged.add(async (ev) => onChanged(w, ev));
    await ctx.sync();
  });
}

async function unlisten(o: LiveCheckOptions, w: Watched): Promise<void> {
  const h = w.handler;
  if (!h) return;
  await o.excel.run(h.context, async (ctx) => {
    h.remove();
    await ctx.sync();
  });
}

/** Start listening on the chosen tracking sheets (their layouts read once now). */
export async function startLiveCheck(o: LiveCheckOptions): Promise<LiveStart> {
  const sched = o.scheduler ?? realScheduler;
  const delay = o.debounceMs ?? 300;
  const exclusive = o.exclusive ?? alone;
  let watched: Watched[] = [];
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  let checks = 0;

  const cancelTimer = () => {
    if (timer !== null) sched.clearTimeout(timer);
    timer = null;
  };

  /** Each sheet with pending rows is re-checked; a failed re-check keeps its rows for the next one. */
  const runPending = async (): Promise<void> => {
    for (const w of watched) {
      if (stopped || (!w.all && w.rows.size === 0)) continue;
      const rows = [...w.rows];
      const all = w.all;
      w.rows.clear();
      w.all = false;
      checks++;
      try {
        o.onReport(await exclusive(() => recheck(o, w, rows, all)));
      } catch (e) {
        for (const r of rows) w.rows.add(r);
        w.all = w.all || all;
        o.onError?.(`Kiểm tra tức thì gặp lỗi: ${errorText(e)}`);
      }
    }
  };

  const flush = async (): Promise<void> => {
    cancelTimer();
    while (running) await running;
    if (stopped) return;
    running = runPending().finally(() => (running = null));
    await running;
  };

  const onChanged = (w: Watched, ev: Excel.WorksheetChangedEventArgs): void => {
    if (stopped || ev.triggerSource === "ThisLocalAddin") return; // our own writes (ExcelApi 1.14)
    const d = ev.details; // ExcelApi 1.9: a single cell retyped with the same value changes nothing
    if (d && d.valueBefore === d.valueAfter && d.valueTypeBefore === d.valueTypeAfter) return;
    const scope = changeScope(ev.address, w.layout, ev.changeType);
    if (scope.kind === "ignore") return;
    if (scope.kind === "all") w.all = true;
    else scope.rows.forEach((r) => w.rows.add(r));
    cancelTimer();
    timer = sched.setTimeout(() => {
      timer = null;
      void flush();
    }, delay);
  };

  try {
    const layouts = await findLayouts(o);
    if (!layouts) {
      const named = o.sheets?.length ? ` trên trang ${o.sheets.map((s) => `“${s}”`).join(", ")}` : "";
      return { ok: false, message: `Không nhận ra bảng theo dõi${named} để kiểm tra tức thì.` };
    }
    watched = layouts.map((layout) => ({ layout, rows: new Set<number>(), all: false }));
    await listen(o, watched, onChanged);
  } catch (e) {
    return { ok: false, message: `Không bật được kiểm tra tức thì: ${errorText(e)}` };
  }

  const live: LiveCheck = {
    get sheets() {
      return watched.map((w) => w.layout.sheet);
    },
    get checks() {
      return checks;
    },
    flush,
    async stop() {
      stopped = true;
      cancelTimer();
      while (running) await running;
      for (const w of watched) await unlisten(o, w);
    },
  };
  return { ok: true, live };
}
