// Office.js → the core's snapshot: sheet names (1st sync), then every sheet's used range (values, value types),
// merged areas, conditional formats and protection (2nd sync). A sheet too big for one 5 MB response is read again in row
// chunks (one sync per ~150,000 cells: the deliberate chunking; a normal workbook never gets there).
import { CellValue, MergedArea, SheetSnapshot, WorkbookSnapshot, colLetter } from "../core/read/snapshot";
import { parseAreaList } from "./address";
import { loadRules } from "./highlights";

export interface BookRead {
  snapshot: WorkbookSnapshot;
  /** Each sheet's conditional formats, loaded (type and custom formula), deletable later in the same run. */
  rules: Map<string, Excel.ConditionalFormatCollection>;
  /** Each sheet's protection as read (a protected sheet is unprotected and protected again around the writes). */
  protection: Map<string, SheetProtection>;
}

export interface SheetProtection {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
}

/** Cells per read request in the chunked path (values + value types ≈ 15–20 bytes a cell). */
export const READ_CELLS = 150_000;
/** Rows per merged-areas query in the chunked path (Office fails past 512 merged areas in one query). */
const MERGE_BAND = 100;

function cellValue(v: unknown, type: string): CellValue {
  if (type === "Empty" || v === "" || v === null || v === undefined) return null;
  if (type === "Error") return { error: String(v) };
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** Place a block of values read at (rowIndex, columnIndex), 0-based, into 1-based snapshot rows. */
function placeRows(into: CellValue[][], rowIndex: number, columnIndex: number, values: unknown[][], types: string[][]): void {
  for (let r = 0; r < values.length; r++) {
    const row = (into[rowIndex + r] ??= []);
    for (let c = 0; c < columnIndex; c++) if (row[c] === undefined) row[c] = null;
    for (let c = 0; c < values[r].length; c++) row[columnIndex + c] = cellValue(values[r][c], types[r][c]);
  }
}

function finish(name: string, rows: CellValue[][], merges: MergedArea[]): SheetSnapshot {
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { name, values: rows, merges };
}

interface SheetHandles {
  ws: Excel.Worksheet;
  used: Excel.Range;
  rules: Excel.ConditionalFormatCollection;
  protection: Excel.WorksheetProtection;
}

const protectionOf = (parts: SheetHandles[]): Map<string, SheetProtection> =>
  new Map(parts.map(({ ws, protection: p }) => [ws.name, { protected: p.protected, options: { ...p.options } }]));

/** The whole workbook in two syncs; falls back to row chunks when a sheet is too large for one response. */
export async function readBook(ctx: Excel.RequestContext, progress?: (fraction: number) => void): Promise<BookRead> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name");
  await ctx.sync();
  progress?.(0.2);
  try {
    return await readAtOnce(ctx, sheets.items);
  } catch {
    // too large a response, or more than 512 merged areas: the read changed nothing, so read again by parts
    return await readInChunks(ctx, sheets.items, progress);
  }
}

function handles(ws: Excel.Worksheet, withValues: boolean): SheetHandles {
  const used = ws.getUsedRangeOrNullObject(true);
  if (withValues) used.load("rowIndex,columnIndex,rowCount,columnCount,values,valueTypes");
  else used.load("rowIndex,columnIndex,rowCount,columnCount");
  return { ws, used, rules: loadRules(ws), protection: ws.protection.load("protected,options") };
}

async function readAtOnce(ctx: Excel.RequestContext, items: Excel.Worksheet[]): Promise<BookRead> {
  const parts = items.map((ws) => {
    const merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load("address");
    return { ...handles(ws, true), merged };
  });
  await ctx.sync();
  const rules = new Map<string, Excel.ConditionalFormatCollection>();
  const sheets = parts.map(({ ws, used, merged, rules: r }) => {
    rules.set(ws.name, r);
    const rows: CellValue[][] = [];
    if (!used.isNullObject) placeRows(rows, used.rowIndex, used.columnIndex, used.values, used.valueTypes);
    return finish(ws.name, rows, merged.isNullObject ? [] : parseAreaList(merged.address));
  });
  return { snapshot: { sheets }, rules, protection: protectionOf(parts) };
}

async function readInChunks(ctx: Excel.RequestContext, items: Excel.Worksheet[], progress?: (fraction: number) => void): Promise<BookRead> {
  const parts = items.map((ws) => handles(ws, false));
  await ctx.sync();
  const rules = new Map(parts.map((p) => [p.ws.name, p.rules] as const));
  const rows = parts.map(() => [] as CellValue[][]);
  const merges = parts.map(() => [] as MergedArea[]);
  // one task per band of rows of one sheet, packed into requests of about READ_CELLS cells
  const tasks: { sheet: number; top: number; bottom: number; cells: number }[] = [];
  parts.forEach(({ used }, i) => {
    if (used.isNullObject) return;
    const band = Math.max(1, Math.min(MERGE_BAND, Math.floor(READ_CELLS / used.columnCount)));
    for (let r = used.rowIndex + 1; r <= used.rowIndex + used.rowCount; r += band) {
      const bottom = Math.min(r + band - 1, used.rowIndex + used.rowCount);
      tasks.push({ sheet: i, top: r, bottom, cells: (bottom - r + 1) * used.columnCount });
    }
  });
  let budget = READ_CELLS;
  for (let next = 0; next < tasks.length;) {
    let cells = 0;
    let end = next;
    while (end < tasks.length && (end === next || cells + tasks[end].cells <= budget)) cells += tasks[end++].cells;
    const batch = tasks.slice(next, end).map((t) => {
      const { ws, used } = parts[t.sheet];
      const range = ws.getRange(`${colLetter(used.columnIndex + 1)}${t.top}:${colLetter(used.columnIndex + used.columnCount)}${t.bottom}`);
      range.load("values,valueTypes");
      const merged = ws.getRange(`${t.top}:${t.bottom}`).getMergedAreasOrNullObject();
      merged.load("address");
      return { t, range, merged };
    });
    try {
      await ctx.sync(); // deliberate: one request per ~READ_CELLS cells, only for sheets too big for one
    } catch (e) {
      if (end - next === 1 && budget < 1000) throw e;
      budget = Math.max(1, Math.floor(budget / 2)); // long texts: halve and read the same rows again
      continue;
    }
    for (const { t, range, merged } of batch) {
      placeRows(rows[t.sheet], t.top - 1, parts[t.sheet].used.columnIndex, range.values, range.valueTypes);
      if (!merged.isNullObject) merges[t.sheet].push(...parseAreaList(merged.address));
    }
    next = end;
    progress?.(0.2 + (0.8 * next) / tasks.length);
  }
  const sheets = parts.map((p, i) => finish(p.ws.name, rows[i], merges[i]));
  return { snapshot: { sheets }, rules, protection: protectionOf(parts) };
}
