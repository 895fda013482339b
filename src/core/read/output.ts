// The add-in's output block on a tracking sheet, as the reader sees it: its titles and width, where an earlier run
// put it, and where a new one fits (right of the table's rows, before Excel's last column).
import { isBlank } from "./cells";
import { SheetSnapshot } from "./snapshot";
import { headerKey } from "./text";

/** Title of the add-in's own output block, and how many columns it owns (6 results, a gap, the legend). */
export const OUTPUT_GROUP_TITLE = "KẾT QUẢ CHẤM ĐIỂM (tự động)";
export const OUTPUT_HEADERS = ["TC đạt/áp dụng", "Điểm", "Mức độ hoàn thành", "Xếp hạng", "Đề nghị khen thưởng", "Ghi chú kiểm tra"];
export const OUTPUT_WIDTH = 8;
/** How many rows from the top an earlier block's titles (and a header) are looked for in. */
export const HEADER_SCAN_ROWS = 60;

/** The column of an earlier run's output block, if any (found by its titles in the top rows). */
export function findOutputBlock(sheet: SheetSnapshot): number | null {
  const titleKey = headerKey(OUTPUT_GROUP_TITLE);
  const firstKey = headerKey(OUTPUT_HEADERS[0]);
  const rows = Math.min(sheet.values.length, HEADER_SCAN_ROWS);
  for (let r = 1; r <= rows; r++) {
    const row = sheet.values[r - 1];
    if (!row) continue;
    for (let c = 1; c <= row.length; c++) {
      const v = row[c - 1];
      if (typeof v !== "string") continue;
      const k = headerKey(v);
      if (k === titleKey || k === firstKey) return c;
    }
  }
  return null;
}

/** The last column holding anything in rows top..bottom, the output block excluded (merges reaching in count). */
export function lastUsedCol(sheet: SheetSnapshot, top: number, bottom: number, skip: (c: number) => boolean): number {
  let last = 0;
  for (let r = top; r <= bottom; r++) {
    const row = sheet.values[r - 1];
    if (!row) continue;
    for (let c = row.length; c > last; c--) {
      if (!skip(c) && !isBlank(row[c - 1] ?? null)) {
        last = c;
        break;
      }
    }
  }
  for (const m of sheet.merges) if (!skip(m.left) && m.top <= bottom && m.bottom >= top && m.right > last) last = m.right;
  return last;
}

/** Whether row r holds nothing (no value, no merge) in columns from..to, the output block's own cells aside. */
export function rowFree(sheet: SheetSnapshot, r: number, from: number, to: number, skip: (c: number) => boolean): boolean {
  const row = sheet.values[r - 1] ?? [];
  for (let c = from; c <= Math.min(to, row.length); c++) if (!skip(c) && !isBlank(row[c - 1] ?? null)) return false;
  return !sheet.merges.some((m) => m.top <= r && m.bottom >= r && m.right >= from && m.left <= to && !(skip(m.left) && skip(m.right)));
}

/** Excel's last column (XFD). */
export const MAX_COL = 16384;
