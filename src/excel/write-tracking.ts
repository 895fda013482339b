// The output block on the clerk's tracking sheet: number formats before values (text as "@", so no text becomes
// a formula), header style, group merge, legend, widths; and the guard that proves, inside the same request as
// the writes, that the rows are still where they were read (else the writes are undone from what it read).
import { COLORS, OUTPUT_COL_WIDTHS, PlanValue, TrackingPlan } from "../core/write/plan";
import { blockFormats, blockMergesToUndo } from "../core/write/trackingPlan";
import { CellValue, SheetSnapshot, cellAt, colLetter } from "../core/read/snapshot";
import { columnRange, hexColor, parseAreaList, rangeA1, widthPoints } from "./address";

/** Widths (characters) of the block's columns, as the .xlsx shell sets them. */
export const BLOCK_WIDTHS = OUTPUT_COL_WIDTHS;
const HEADER_CELLS = 6;

/** Block rows as sheet row numbers: chunk [start, end) of plan.values covers rows top+start .. top+end-1. */
export const blockAddress = (t: TrackingPlan, first: number, last: number): string =>
  `${colLetter(t.col)}${first}:${colLetter(t.col + t.width - 1)}${last}`;

/** The number format of each block cell (the rule is the core's, shared with the .xlsx shell). */
export const formatRow = blockFormats;

export const valueRow = (row: PlanValue[]): (string | number)[] => row.map((v) => (v === null ? "" : v));

/** Merges of the clerk's sheet that lie wholly in the block's columns above its bottom (earlier runs' group titles). */
export const mergesToUndo = (t: TrackingPlan, sheet: SheetSnapshot): string[] => blockMergesToUndo(t, sheet.merges).map(rangeA1);

/** Sheet rows [first, last]. */
export interface Rows {
  first: number;
  last: number;
}

export interface Guard {
  names: { rows: Rows; range: Excel.Range };
  block: { rows: Rows; range: Excel.Range } | null;
  /** header and legend cells and the block's columns, with their formats as they were (when decorated) */
  decor: { cells: Excel.Range[]; columns: Excel.Range[] } | null;
  /** merged areas in the block's columns as they were (when this request merges or unmerges there) */
  merges: Excel.RangeAreas | null;
}

const FORMAT_PATHS =
  "format/horizontalAlignment,format/verticalAlignment,format/wrapText,format/fill/color,format/font/name,format/font/size,format/font/bold,format/font/italic,format/font/color";

/**
 * Queue, before the writes of the same request, the loads that prove where they land: the name column over
 * `names`, the block over `block` (values, formulas, number formats: enough to put it back), and with `decor`
 * the formats of the cells and columns the decoration changes.
 */
export function queueGuard(ws: Excel.Worksheet, t: TrackingPlan, names: Rows, block: Rows | null, decor: boolean, merges: boolean): Guard {
  const nameRange = ws.getRange(columnRange(t.nameCol, names.first, names.last));
  nameRange.load("values");
  let blockPart: Guard["block"] = null;
  if (block) {
    const range = ws.getRange(blockAddress(t, block.first, block.last));
    range.load("values,formulas,numberFormat");
    blockPart = { rows: block, range };
  }
  let decorPart: Guard["decor"] = null;
  if (decor) {
    const cells = decorCells(t).map((a) => ws.getRange(a).load(FORMAT_PATHS));
    const columns = BLOCK_WIDTHS.map((_, off) => ws.getRange(`${colLetter(t.col + off)}:${colLetter(t.col + off)}`).load("format/columnWidth"));
    decorPart = { cells, columns };
  }
  const merged = merges
    ? ws
        .getRange(blockAddress(t, 1, t.top + t.values.length - 1))
        .getMergedAreasOrNullObject()
        .load("address")
    : null;
  return { names: { rows: names, range: nameRange }, block: blockPart, decor: decorPart, merges: merged };
}

const decorCells = (t: TrackingPlan): string[] => [
  ...t.headerRows.flatMap((r) => Array.from({ length: HEADER_CELLS }, (_, off) => `${colLetter(t.col + off)}${r}`)),
  t.legend.shortfall,
  t.legend.error,
];

/** Whether a value Office gives now is the one read earlier (errors compare by their text). */
export const sameCell = (now: unknown, read: CellValue): boolean => {
  const a = now === null || now === undefined ? "" : String(now);
  const b = read === null ? "" : typeof read === "object" ? read.error : String(read);
  return a === b;
};

/** Whether the names and the block, as they were just before the writes, are what the plan was computed from. */
export function guardHolds(g: Guard, t: TrackingPlan, sheet: SheetSnapshot): boolean {
  const names = g.names.range.values;
  for (let r = g.names.rows.first; r <= g.names.rows.last; r++)
    if (!sameCell(names[r - g.names.rows.first][0], cellAt(sheet, r, t.nameCol))) return false;
  if (!g.block) return true;
  const block = g.block.range.values;
  const { first, last } = g.block.rows;
  for (let r = first; r <= last; r++)
    for (let off = 0; off < t.width; off++) if (!sameCell(block[r - first][off], cellAt(sheet, r, t.col + off))) return false;
  return true;
}

/** Put back what the guard read: merges, the block (formats first, so restored text stays text), the decoration's formats. */
export function queueUndo(ws: Excel.Worksheet, t: TrackingPlan, g: Guard): void {
  if (g.decor && t.groupMerge) ws.getRange(rangeA1(t.groupMerge)).unmerge();
  if (g.block) {
    const target = ws.getRange(blockAddress(t, g.block.rows.first, g.block.rows.last));
    const was = g.block.range; // loaded and synced by the request that wrote over it
    target.numberFormat = was.numberFormat;
    target.formulas = was.formulas;
  }
  if (g.merges && !g.merges.isNullObject) for (const m of parseAreaList(g.merges.address)) ws.getRange(rangeA1(m)).merge(false);
  for (const cell of g.decor?.cells ?? []) {
    const f = cell.format;
    const was = {
      h: f.horizontalAlignment,
      v: f.verticalAlignment,
      wrap: f.wrapText,
      fill: f.fill.color,
      font: { name: f.font.name, size: f.font.size, bold: f.font.bold, italic: f.font.italic, color: f.font.color },
    };
    f.horizontalAlignment = was.h;
    f.verticalAlignment = was.v;
    f.wrapText = was.wrap;
    if (was.fill === "#FFFFFF")
      f.fill.clear(); // Office reports "no fill" as white
    else f.fill.color = was.fill;
    Object.assign(f.font, was.font);
  }
  for (const col of g.decor?.columns ?? []) {
    const width = col.format.columnWidth; // as loaded before the write
    col.format.columnWidth = width;
  }
}

/** Queue rows [start, end) of the block: number formats, then values. */
export function queueBlockRows(ws: Excel.Worksheet, t: TrackingPlan, start: number, end: number): void {
  if (end <= start) return;
  const rows = t.values.slice(start, end);
  const target = ws.getRange(blockAddress(t, t.top + start, t.top + end - 1));
  target.numberFormat = rows.map((r) => formatRow(t, r));
  target.values = rows.map(valueRow);
}

/** Queue the block's header style, group merge, legend fills and column widths. */
export function queueBlockDecor(ws: Excel.Worksheet, t: TrackingPlan): void {
  const heads = t.headerRows.map((r) => `${colLetter(t.col)}${r}:${colLetter(t.col + HEADER_CELLS - 1)}${r}`).join(",");
  const f = ws.getRanges(heads).format;
  f.font.name = "Times New Roman";
  f.font.size = 11;
  f.font.bold = true;
  f.horizontalAlignment = "Center";
  f.verticalAlignment = "Center";
  f.wrapText = true;
  f.fill.color = hexColor(COLORS.header);
  for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical"] as const) {
    const b = f.borders.getItem(edge);
    b.style = "Continuous";
    b.weight = "Thin";
  }
  if (t.groupMerge) ws.getRange(rangeA1(t.groupMerge)).merge(false);
  ws.getRange(t.legend.shortfall).format.fill.color = hexColor(COLORS.shortfall);
  ws.getRange(t.legend.error).format.fill.color = hexColor(COLORS.error);
  BLOCK_WIDTHS.forEach((w, off) => {
    ws.getRange(`${colLetter(t.col + off)}:${colLetter(t.col + off)}`).format.columnWidth = widthPoints(w);
  });
}
