// A worksheet part (or the shared strings) read from its text: cell values as Office.js gives them, merged areas; the
// quick path first (sheetScan.ts), saxes for what it does not take (sax.ts). Only cells with a value are stored; rows that hold none share one frozen empty row, so a lone value in
// A1048576 costs one row, and rules over whole columns (validations, conditional formats) are never expanded.
import { CellValue, MergedArea } from "../core/read/snapshot";
import { sharedStringsHandler, sheetHandler } from "./partHandlers";
import { saxParse } from "./sax";
import { scanSharedStrings, scanSheet } from "./sheetScan";
import { decodeOoxmlText } from "./xml";

/** The row every row without a value shares (never written to). */
export const EMPTY_ROW: CellValue[] = [];
Object.freeze(EMPTY_ROW);

export interface SheetValues {
  values: CellValue[][];
  merges: MergedArea[];
}

/** Days since 1899-12-30 (Excel's serial) of an ISO date written in a `t="d"` cell. */
function isoSerial(s: string): number | string {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) || !s.includes("T") ? s : `${s}Z`);
  return Number.isNaN(ms) ? s : ms / 86400000 + 25569;
}

function cellValue(type: string, v: string | null, inline: string | null, strings: readonly string[]): CellValue {
  if (type === "inlineStr") return inline ?? (v === null ? null : decodeOoxmlText(v));
  if (v === null) return null;
  switch (type) {
    case "s":
      return strings[Number(v)] ?? "";
    case "str":
      return decodeOoxmlText(v);
    case "b":
      return v.trim() === "1" || v.trim().toLowerCase() === "true";
    case "e":
      return { error: v.trim() };
    case "d":
      return isoSerial(v.trim());
    default: {
      const n = Number(v);
      return v.trim() !== "" && Number.isFinite(n) ? n : v;
    }
  }
}

/**
 * The values and merged areas of a worksheet part's text: by the quick path when it takes the part, else through
 * saxes (`quick: false` goes straight to saxes, for the tests that hold the two together).
 */
export function readSheetValues(text: string, part: string, strings: readonly string[], { quick = true } = {}): SheetValues {
  const rows = new Map<number, CellValue[]>();
  const store = (row: number, col: number, type: string, v: string | null, inline: string | null): void => {
    const value = cellValue(type, v, inline === null ? null : decodeOoxmlText(inline), strings);
    if (value === null) return;
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = []));
    cells[col - 1] = value;
  };
  let merges = quick ? scanSheet(text, store) : null;
  if (!merges) {
    rows.clear();
    saxParse(text, part, sheetHandler(store, (merges = [])));
  }
  return { values: denseRows(rows), merges: dropCovered(rows, merges) };
}

function denseRows(rows: Map<number, CellValue[]>): CellValue[][] {
  let last = 0;
  for (const r of rows.keys()) if (r > last) last = r;
  const values = new Array<CellValue[]>(last).fill(EMPTY_ROW);
  for (const [r, cells] of rows) {
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    values[r - 1] = cells;
  }
  return values;
}

/** A merged area's value only in its top-left cell (as Office.js gives it); only rows that hold values are visited. */
function dropCovered(rows: Map<number, CellValue[]>, merges: MergedArea[]): MergedArea[] {
  if (merges.length === 0) return merges;
  const present = [...rows.keys()].sort((a, b) => a - b);
  for (const m of merges) {
    let i = lowerBound(present, m.top);
    for (; i < present.length && present[i] <= m.bottom; i++) {
      const r = present[i];
      const cells = rows.get(r)!;
      for (let c = m.left; c <= Math.min(m.right, cells.length); c++) if (r !== m.top || c !== m.left) cells[c - 1] = null;
    }
  }
  return merges;
}

function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The shared strings table: rich text runs joined, phonetic guides left out (the quick path first, as for sheets). */
export function readSharedStrings(text: string, part: string, { quick = true } = {}): string[] {
  let out = quick ? scanSharedStrings(text) : null;
  if (!out) saxParse(text, part, sharedStringsHandler((out = [])));
  return out.map(decodeOoxmlText);
}
