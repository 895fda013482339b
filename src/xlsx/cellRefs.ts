// Cell references in a part's text: a reference's column letters as a number, an area ("B3:D4") normalised.
import { MergedArea, parseA1 } from "../core/read/snapshot";

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
