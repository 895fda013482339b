// A1 helpers of the Office.js shell: areas to addresses and back (RangeAreas addresses such as
// "'Theo dõi'!A1:C1, 'Theo dõi'!D2"), cells grouped into runs and address lists cut to a safe length.
import { MergedArea, a1, colLetter, parseA1 } from "../core/read/snapshot";
import { columnPt } from "../core/write/measure";

export const rangeA1 = (m: MergedArea): string =>
  m.top === m.bottom && m.left === m.right ? a1(m.top, m.left) : `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`;

export const columnRange = (col: number, top: number, bottom: number): string => `${colLetter(col)}${top}:${colLetter(col)}${bottom}`;

/** Areas of an address list as Office returns it; each area follows its sheet name and "!". */
export function parseAreaList(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  const re = /!(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?=\s*(?:,|$))/gi;
  for (let m = re.exec(address); m; m = re.exec(address)) {
    const p = parseA1(m[1].replace(/\$/g, ""));
    const q = m[2] ? parseA1(m[2].replace(/\$/g, "")) : p;
    out.push({ top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) });
  }
  return out;
}

/** "M10", "M11", "M12", "N4" → "M10:M12", "N4" (runs down each column). */
export function cellRuns(cells: string[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const { row, col } = parseA1(c);
    const rows = byCol.get(col);
    if (rows) rows.push(row);
    else byCol.set(col, [row]);
  }
  const out: string[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      out.push(rangeA1({ top: start, left: col, bottom: rows[i - 1], right: col }));
      start = rows[i];
    }
  }
  return out;
}

/** Join addresses with commas into lists of at most `max` characters (for getRanges). */
export function addressLists(addresses: string[], max = 2000): string[] {
  const out: string[] = [];
  let cur = "";
  for (const a of addresses) {
    if (cur && cur.length + 1 + a.length > max) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * A column width as an .xlsx file stores it (the .xlsx shell writes the plan's widths so, cell padding included) to
 * points (Office.js columnWidth): the core's `columnPt`, the width it measures wrapped text at, so row heights and
 * page breaks hold in both shells.
 */
export const widthPoints = (width: number): number => Math.round(columnPt(width) * 100) / 100;

/** "FFF4B183" (ARGB) → "#F4B183". */
export const hexColor = (argb: string): string => `#${argb.slice(-6)}`;

/** A cell `cols` columns right and `rows` rows down of `ref`. */
export function offsetCell(ref: string, rows: number, cols: number): string {
  const { row, col } = parseA1(ref);
  return a1(row + rows, col + cols);
}

/** "Theo dõi!M10" or "'Theo dõi'!M10" → "M10". */
export const localAddress = (address: string): string => address.slice(address.lastIndexOf("!") + 1);
