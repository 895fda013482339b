// A worksheet part (or the shared strings) read by streaming: cell values as Office.js gives them, merged areas.
// Only cells with a value are stored; rows that hold none share one frozen empty row, so a lone value in
// A1048576 costs one row, and rules over whole columns (validations, conditional formats) are never expanded.
import { CellValue, MergedArea, parseA1 } from "../core/read/snapshot";
import { streamPart } from "./sax";
import { decodeOoxmlText } from "./xml";
import { CellSink, scanSharedStrings, scanSheet } from "./sheetScan";

/** The row every row without a value shares (never written to). */
export const EMPTY_ROW: CellValue[] = [];
Object.freeze(EMPTY_ROW);

export interface SheetValues {
  values: CellValue[][];
  merges: MergedArea[];
}

/** "B3:D4" (or "B3") as an area, normalised top-left to bottom-right; null when it is not one. */
export function parseRef(ref: string): MergedArea | null {
  const [a, b = a] = ref.split(":");
  if (!CELL_REF.test(a) || !CELL_REF.test(b)) return null;
  const p = parseA1(a);
  const q = parseA1(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}
const CELL_REF = /^\$?[A-Za-z]{1,3}\$?\d+$/;

/** Column number of a cell reference's letters ("AB12" → 28); 0 when it has none. */
export function refCol(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return col;
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
 * The values and merged areas of a worksheet part: from its text by the quick path (sheetScan.ts) when given and it
 * takes it, else streamed from its bytes through saxes.
 */
export function readSheetValues(bytes: Uint8Array, part: string, strings: readonly string[], text?: string): SheetValues {
  const rows = new Map<number, CellValue[]>();
  const store = (row: number, col: number, type: string, v: string | null, inline: string | null): void => {
    const value = cellValue(type, v, inline === null ? null : decodeOoxmlText(inline), strings);
    if (value === null) return;
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = []));
    cells[col - 1] = value;
  };
  const quick = text === undefined ? null : scanSheet(text, store);
  if (quick) return { values: denseRows(rows), merges: dropCovered(rows, quick) };
  rows.clear();
  const merges = streamSheet(bytes, part, store);
  return { values: denseRows(rows), merges: dropCovered(rows, merges) };
}

function streamSheet(bytes: Uint8Array, part: string, store: CellSink): MergedArea[] {
  const merges: MergedArea[] = [];
  let inData = false;
  let row = 0;
  let col = 0;
  let type = "n";
  let v: string | null = null;
  let inline: string | null = null;
  let into: "v" | "t" | null = null;
  let phonetic = 0;
  streamPart(bytes, part, {
    open(name, a) {
      if (!inData) {
        if (name === "sheetData") inData = true;
        else if (name === "mergeCell" && a.ref) {
          const area = parseRef(a.ref);
          if (area) merges.push(area);
        }
        return;
      }
      switch (name) {
        case "row":
          row = a.r ? Number(a.r) : row + 1;
          col = 0;
          break;
        case "c":
          col = (a.r ? refCol(a.r) : 0) || col + 1;
          type = a.t ?? "n";
          v = null;
          inline = null;
          break;
        case "v":
          into = "v";
          v = "";
          break;
        case "rPh":
          phonetic++;
          break;
        case "t":
          if (phonetic === 0) {
            into = "t";
            inline ??= "";
          }
          break;
      }
    },
    text(t) {
      if (into === "v") v += t;
      else if (into === "t") inline += t;
    },
    close(name) {
      if (!inData) return;
      if (name === "v" || name === "t") into = null;
      else if (name === "rPh") phonetic--;
      else if (name === "sheetData") inData = false;
      else if (name === "c") store(row, col, type, v, inline);
    },
  });
  return merges;
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
export function readSharedStrings(bytes: Uint8Array, part: string, text?: string): string[] {
  const quick = text === undefined ? null : scanSharedStrings(text);
  if (quick) return quick.map(decodeOoxmlText);
  const out: string[] = [];
  let cur: string | null = null;
  let inT = false;
  let phonetic = 0;
  streamPart(bytes, part, {
    open(name) {
      if (name === "si") cur = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inT = true;
    },
    text(t) {
      if (inT && cur !== null) cur += t;
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        out.push(decodeOoxmlText(cur ?? ""));
        cur = null;
      }
    },
  });
  return out;
}
