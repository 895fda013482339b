// The live check while the pane is open: the tracking sheet's onChanged (ExcelApi 1.7) collects the rows people
// edit (local or remote; the add-in's own writes and its output block ignored), a burst is coalesced (debounce),
// then only those rows are read and re-checked (core checkRows: no ranking), their highlights are replaced and the
// new issues go to the pane. `Excel` and the clock are injected, so tests drive it with the fake and a manual clock.
import { Catalog } from "../core/catalog";
import { Layout } from "../core/read/layout";
import { readLayout } from "../core/read/tables";
import { RowCheck, changeScope, checkRows } from "../core/officials/liveCheck";
import { Lang } from "../core/messages";
import { CellValue, SheetSnapshot, colLetter } from "../core/read/snapshot";
import { rowRuns } from "../core/write/formPlan";
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

export interface LiveCheckOptions {
  excel: ExcelGlobal;
  catalog: Catalog;
  sheet?: string;
  mapping?: Record<string, string>;
  onReport: (r: LiveReport) => void;
  onError?: (message: string) => void;
  scheduler?: Scheduler;
  debounceMs?: number;
  lang?: Lang;
}

export interface LiveCheck {
  readonly sheet: string;
  /** Re-checks done so far. */
  readonly checks: number;
  /** Run what is pending now (without waiting for the debounce) and wait until it is done. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export type LiveStart = { ok: true; live: LiveCheck } | { ok: false; message: string };

type RunWithContext = <T>(context: Excel.RequestContext, batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function cellValue(v: unknown, type: string): CellValue {
  if (type === "Empty" || v === "" || v === null || v === undefined) return null;
  if (type === "Error") return { error: String(v) };
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(v);
}

/** Read only the given rows' input columns (one range per run of rows) into a sparse snapshot: 1 sync. */
async function readRows(ctx: Excel.RequestContext, ws: Excel.Worksheet, layout: Layout, rows: number[]): Promise<SheetSnapshot> {
  const last = colLetter(Math.max(1, layout.outputCol - 1));
  const parts = rowRuns(rows).map(([a, b]) => ({ a, range: ws.getRange(`A${a}:${last}${b}`).load("values,valueTypes") }));
  await ctx.sync();
  const values: CellValue[][] = [];
  for (const { a, range } of parts) range.values.forEach((row, i) => (values[a - 1 + i] = row.map((v, j) => cellValue(v, range.valueTypes[i][j]))));
  for (let i = 0; i < values.length; i++) values[i] ??= [];
  return { name: layout.sheet, values, merges: [] };
}

/** Start listening on the tracking sheet (its layout read once now). */
export async function startLiveCheck(o: LiveCheckOptions): Promise<LiveStart> {
  const sched = o.scheduler ?? realScheduler;
  const delay = o.debounceMs ?? 300;
  let layout: Layout;
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  let checks = 0;
  const pending = new Set<number>();
  let pendingAll = false;

  const recheck = async (rows: number[], all: boolean): Promise<void> => {
    checks++;
    const report = await o.excel.run({ delayForCellEdit: true }, async (ctx) => {
      let snapshot: SheetSnapshot;
      let target = rows;
      if (all) {
        const book = await readBook(ctx);
        const found = readLayout(book.snapshot, o.catalog, { sheet: layout.sheet, mapping: o.mapping });
        if (!found.ok) throw new Error(`Không còn nhận ra bảng theo dõi trên trang “${layout.sheet}”.`);
        layout = found.layout;
        snapshot = book.snapshot.sheets.find((s) => s.name === layout.sheet)!;
        target = layout.dataRows;
      } else {
        snapshot = await readRows(ctx, ctx.workbook.worksheets.getItem(layout.sheet), layout, rows);
      }
      const result = checkRows(snapshot, layout, o.catalog, target, o.lang);
      let highlighted = true;
      try {
        await replaceRowHighlights(ctx, ctx.workbook.worksheets.getItem(layout.sheet), all ? null : target, result);
      } catch (e) {
        if (!(e instanceof PasswordProtectedError)) throw e;
        highlighted = false;
      }
      return { sheet: layout.sheet, rows: result, full: all, highlighted };
    });
    o.onReport(report);
  };

  const flush = async (): Promise<void> => {
    if (timer !== null) {
      sched.clearTimeout(timer);
      timer = null;
    }
    while (running) await running;
    if (stopped || (!pendingAll && pending.size === 0)) return;
    const rows = [...pending];
    const all = pendingAll;
    pending.clear();
    pendingAll = false;
    running = recheck(rows, all)
      .catch((e) => {
        // keep the rows: they are checked again with the next change (or the next flush)
        for (const r of rows) pending.add(r);
        pendingAll = pendingAll || all;
        o.onError?.(`Kiểm tra tức thì gặp lỗi: ${errorText(e)}`);
      })
      .finally(() => (running = null));
    await running;
  };

  const onChanged = async (ev: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (stopped || ev.triggerSource === "ThisLocalAddin") return; // our own writes (ExcelApi 1.14)
    const d = ev.details; // ExcelApi 1.9: a single cell retyped with the same value changes nothing
    if (d && d.valueBefore === d.valueAfter && d.valueTypeBefore === d.valueTypeAfter) return;
    const scope = changeScope(ev.address, layout, ev.changeType);
    if (scope.kind === "ignore") return;
    if (scope.kind === "all") pendingAll = true;
    else scope.rows.forEach((r) => pending.add(r));
    if (timer !== null) sched.clearTimeout(timer);
    timer = sched.setTimeout(() => {
      timer = null;
      void flush();
    }, delay);
  };

  let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  try {
    const started = await o.excel.run({ delayForCellEdit: true }, async (ctx) => {
      const book = await readBook(ctx);
      const found = readLayout(book.snapshot, o.catalog, { sheet: o.sheet, mapping: o.mapping });
      if (!found.ok) return null;
      const h = ctx.workbook.worksheets.getItem(found.layout.sheet).onChanged.add(onChanged);
      await ctx.sync();
      return { layout: found.layout, h };
    });
    if (!started) return { ok: false, message: `Không nhận ra bảng theo dõi${o.sheet ? ` trên trang “${o.sheet}”` : ""} để kiểm tra tức thì.` };
    layout = started.layout;
    handler = started.h;
  } catch (e) {
    return { ok: false, message: `Không bật được kiểm tra tức thì: ${errorText(e)}` };
  }

  const live: LiveCheck = {
    get sheet() {
      return layout.sheet;
    },
    get checks() {
      return checks;
    },
    flush,
    async stop() {
      stopped = true;
      if (timer !== null) sched.clearTimeout(timer);
      timer = null;
      while (running) await running;
      // an event handler is removed in the context it was added in
      await (o.excel.run as unknown as RunWithContext)(handler.context as Excel.RequestContext, async (ctx) => {
        handler.remove();
        await ctx.sync();
      });
    },
  };
  return { ok: true, live };
}
