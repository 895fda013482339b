// The one way an Office.js cell becomes a snapshot cell (values + valueTypes → CellValue), and sparse snapshot rows:
// blocks of values placed where they were read, every row never read sharing one frozen empty row, so a value far
// below the table does not make a row per sheet row.
import { CellValue } from "../core/read/snapshot";

/** An Office value with its value type ("Empty", "Error", "Double", …) as the core reads it. */
export function officeCell(v: unknown, type?: string): CellValue {
  if (type === "Empty" || v === "" || v === null || v === undefined) return null;
  if (type === "Error") return { error: String(v) };
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** The row every row without a value read shares (frozen: nothing may write into it). */
export const EMPTY_ROW: CellValue[] = Object.freeze([] as CellValue[]) as CellValue[];

/** A sheet's rows as they are read, block by block; rows never placed are EMPTY_ROW. */
export class SparseRows {
  private readonly rows = new Map<number, CellValue[]>();

  /** A block of values read at (rowIndex, columnIndex), both 0-based as Office gives them. */
  place(rowIndex: number, columnIndex: number, values: unknown[][], types: string[][] | null): void {
    for (let r = 0; r < values.length; r++) {
      let row = this.rows.get(rowIndex + r);
      if (!row) this.rows.set(rowIndex + r, (row = []));
      for (let c = row.length; c < columnIndex; c++) row[c] = null;
      for (let c = 0; c < values[r].length; c++) row[columnIndex + c] = officeCell(values[r][c], types?.[r]?.[c]);
    }
  }

  /** values[r - 1][c - 1], rows up to the last one placed; short rows and gaps filled with null. */
  finish(): CellValue[][] {
    let last = -1;
    for (const r of this.rows.keys()) if (r > last) last = r;
    const values = new Array<CellValue[]>(last + 1).fill(EMPTY_ROW);
    for (const [r, row] of this.rows) {
      for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
      values[r] = row;
    }
    return values;
  }
}
