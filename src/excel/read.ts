// Office.js → the core's snapshot, without ever reading a sheet's full extent. Sync 1: sheet names (anything the
// caller queued before travels with it). Sync 2, for every sheet: the values of the used cells of rows 1–HEAD_ROWS
// (a normal tracking sheet is all there), where used cells lie below them (their bounding box only), merged areas,
// conditional formats and protection. Cells below the head are then read where they are: a small box at once (a
// value left in A1048576 is one cell: one more small request); a large one is first probed slice by slice for the
// rows that hold anything, then read in row bands of about READ_CELLS cells (the deliberate chunking of a truly big
// sheet). Whole-column formats and validations cost nothing: only cells with values are ever looked for.
import { MergedArea, SheetSnapshot, WorkbookSnapshot, colLetter } from "../core/read/snapshot";
import { parseAreaList } from "./address";
import { SparseRows } from "./cells";
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

/** Rows read with the sheet's other facts in one request: a tracking sheet is seldom longer. */
export const HEAD_ROWS = 6000;
/** Cells per read request in the chunked path (values + value types ≈ 15–20 bytes a cell). */
export const READ_CELLS = 150_000;
/** Rows per slice when looking for the rows of a large box below the head that hold anything. */
export const PROBE_ROWS = 8192;
const MAX_ROWS = 1_048_576;
/** Rows per merged-areas query in the chunked path (Office fails past 512 merged areas in one query). */
const MERGE_BAND = 100;

/** A box of rows and columns (1-based, inclusive). */
type Box = MergedArea;

interface SheetState {
  ws: Excel.Worksheet;
  rows: SparseRows;
  merges: MergedArea[];
  /** Whether the whole sheet's merges were read at once (else with each band). */
  mergesRead: boolean;
  /** Boxes of cells still to read. */
  todo: Box[];
  rules: Excel.ConditionalFormatCollection;
  protection: Excel.WorksheetProtection;
}

const boxOf = (r: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Box => ({
  top: r.rowIndex + 1,
  left: r.columnIndex + 1,
  bottom: r.rowIndex + r.rowCount,
  right: r.columnIndex + r.columnCount,
});
const boxA1 = (b: Box): string => `${colLetter(b.left)}${b.top}:${colLetter(b.right)}${b.bottom}`;
const cells = (b: Box): number => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/** The whole workbook: 2 syncs for normal sheets, one more for cells far below, a few more for a very big sheet. */
export async function readBook(ctx: Excel.RequestContext, progress?: (fraction: number) => void): Promise<BookRead> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name");
  await ctx.sync();
  progress?.(0.2);
  return readSheets(ctx, sheets.items, progress);
}

/** The given sheets (their names loaded): 1 sync for normal sheets, more only for cells below the head. */
export async function readSheets(ctx: Excel.RequestContext, items: Excel.Worksheet[], progress?: (fraction: number) => void): Promise<BookRead> {
  let states: SheetState[];
  try {
    states = await readHeads(ctx, items);
  } catch {
    // a head too large for one response, or more than 512 merged areas: nothing was changed, read by parts
    states = await readExtents(ctx, items);
  }
  await narrowLargeBoxes(ctx, states);
  await readBoxes(ctx, states, progress);
  const snapshot: WorkbookSnapshot = {
    sheets: states.map((s): SheetSnapshot => ({ name: s.ws.name, values: s.rows.finish(), merges: s.merges })),
  };
  return {
    snapshot,
    rules: new Map(states.map((s) => [s.ws.name, s.rules] as const)),
    protection: new Map(states.map(({ ws, protection: p }) => [ws.name, { protected: p.protected, options: { ...p.options } }] as const)),
  };
}

/** Sync 2: the head's values, the box of anything below it, merges, rules and protection of every sheet. */
async function readHeads(ctx: Excel.RequestContext, items: Excel.Worksheet[]): Promise<SheetState[]> {
  const parts = items.map((ws) => ({
    ws,
    head: ws.getRange(`1:${HEAD_ROWS}`).getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,values,valueTypes"),
    below: ws
      .getRange(`${HEAD_ROWS + 1}:${MAX_ROWS}`)
      .getUsedRangeOrNullObject(true)
      .load("rowIndex,columnIndex,rowCount,columnCount"),
    merged: ws.getRange().getMergedAreasOrNullObject().load("address"),
    rules: loadRules(ws),
    protection: ws.protection.load("protected,options"),
  }));
  await ctx.sync();
  return parts.map(({ ws, head, below, merged, rules, protection }) => {
    const rows = new SparseRows();
    if (!head.isNullObject) rows.place(head.rowIndex, head.columnIndex, head.values, head.valueTypes);
    const merges = merged.isNullObject ? [] : parseAreaList(merged.address);
    return { ws, rows, merges, mergesRead: true, todo: below.isNullObject ? [] : [boxOf(below)], rules, protection };
  });
}

/** Sync 2 again when the heads did not fit: only each sheet's used box, rules and protection; all read by parts. */
async function readExtents(ctx: Excel.RequestContext, items: Excel.Worksheet[]): Promise<SheetState[]> {
  const parts = items.map((ws) => ({
    ws,
    used: ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
    rules: loadRules(ws),
    protection: ws.protection.load("protected,options"),
  }));
  await ctx.sync();
  return parts.map(({ ws, used, rules, protection }) => ({
    ws,
    rows: new SparseRows(),
    merges: [],
    mergesRead: false,
    todo: used.isNullObject ? [] : [boxOf(used)],
    rules,
    protection,
  }));
}

/**
 * A box too large to read at once (a table far longer than the head, or a stray value far below it) is probed in
 * slices of PROBE_ROWS rows, one small request for all of them: each slice's used box replaces it.
 */
async function narrowLargeBoxes(ctx: Excel.RequestContext, states: SheetState[]): Promise<void> {
  const probes: { s: SheetState; range: Excel.Range }[] = [];
  for (const s of states) {
    const keep: Box[] = [];
    for (const b of s.todo) {
      if (cells(b) <= READ_CELLS) keep.push(b);
      else
        for (let top = b.top; top <= b.bottom; top += PROBE_ROWS) {
          const slice = { ...b, top, bottom: Math.min(b.bottom, top + PROBE_ROWS - 1) };
          probes.push({ s, range: s.ws.getRange(boxA1(slice)).getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount") });
        }
    }
    s.todo = keep;
  }
  if (probes.length === 0) return;
  await ctx.sync(); // deliberate: only for a sheet with a large box of cells below the head
  for (const { s, range } of probes) if (!range.isNullObject) s.todo.push(boxOf(range));
}

interface Band {
  s: SheetState;
  box: Box;
}

/** The boxes left, in row bands packed into requests of about READ_CELLS cells (halved when a response is refused). */
async function readBoxes(ctx: Excel.RequestContext, states: SheetState[], progress?: (fraction: number) => void): Promise<void> {
  const bands: Band[] = [];
  for (const s of states) {
    for (const b of s.todo) {
      const width = b.right - b.left + 1;
      const rows = Math.max(1, Math.floor(READ_CELLS / width));
      const step = s.mergesRead ? rows : Math.min(rows, MERGE_BAND);
      for (let top = b.top; top <= b.bottom; top += step) bands.push({ s, box: { ...b, top, bottom: Math.min(b.bottom, top + step - 1) } });
    }
  }
  let budget = READ_CELLS;
  for (let next = 0; next < bands.length;) {
    let size = 0;
    let end = next;
    while (end < bands.length && (end === next || size + cells(bands[end].box) <= budget)) size += cells(bands[end++].box);
    const batch = bands.slice(next, end).map((band) => ({
      band,
      range: band.s.ws.getRange(boxA1(band.box)).load("values,valueTypes"),
      merged: band.s.mergesRead ? null : band.s.ws.getRange(`${band.box.top}:${band.box.bottom}`).getMergedAreasOrNullObject().load("address"),
    }));
    try {
      await ctx.sync(); // deliberate: one request per ~READ_CELLS cells, only for cells the head did not hold
    } catch (e) {
      if (end - next === 1 && budget < 1000) throw e;
      budget = Math.max(1, Math.floor(budget / 2)); // long texts: halve and read the same rows again
      continue;
    }
    for (const { band, range, merged } of batch) {
      band.s.rows.place(band.box.top - 1, band.box.left - 1, range.values, range.valueTypes);
      if (merged && !merged.isNullObject) band.s.merges.push(...parseAreaList(merged.address));
    }
    next = end;
    progress?.(0.2 + (0.8 * next) / bands.length);
  }
}
