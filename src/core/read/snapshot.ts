// The neutral sheet snapshot the core reads (no Office, no exceljs): values as Office.js gives them, with a
// merged area's value only in its top-left cell, and cell errors marked. Rows and columns are 1-based.

/** An Excel error value such as "#DIV/0!". */
export interface CellError {
  error: string;
}
export type CellValue = string | number | boolean | null | CellError;

export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** values[r - 1][c - 1] is the cell at row r, column c; rows may be ragged or shorter than the sheet. */
  values: CellValue[][];
  merges: MergedArea[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export const isCellError = (v: CellValue): v is CellError => typeof v === "object" && v !== null && "error" in v;

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - 1];
  if (!r) return null;
  const v = r[col - 1];
  return v === undefined ? null : v;
}

export const rowCount = (s: SheetSnapshot): number => s.values.length;
export function colCount(s: SheetSnapshot): number {
  let m = 0;
  for (const r of s.values) if (r.length > m) m = r.length;
  return m;
}

/** "AB" for 28. */
export function colLetter(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const a1 = (row: number, col: number): string => `${colLetter(col)}${row}`;

/** Parse "AB12" into { row: 12, col: 28 }. */
export function parseA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!m) throw new Error(`not an A1 address: ${ref}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
