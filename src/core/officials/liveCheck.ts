// The live check's pure part: which rows a sheet change touches (or whether the layout must be read again), and
// re-checking just those rows with the engine's evaluateRow — no ranking, no other rows read.
import { Catalog, fieldMap } from "../catalog";
import { cellText, isBlank } from "../read/cells";
import { Issue, evaluateRow } from "../score/evaluate";
import { Layout, OUTPUT_WIDTH } from "../read/layout";
import { Lang } from "../messages";
import { MergedArea, SheetSnapshot, a1, cellAt, parseA1 } from "../read/snapshot";
import { exactKey, fold } from "../read/text";

export interface RowCheck {
  row: number;
  /** False for a row that is (now) blank, a section, total or signature row: its issues and highlights go. */
  isData: boolean;
  name: string;
  issues: Issue[];
  highlights: { shortfall: string[]; error: string[] };
}

/** What one change event asks for. */
export type ChangeScope = { kind: "ignore" } | { kind: "rows"; rows: number[] } | { kind: "all" };

const MAX_ROWS_PER_CHANGE = 2000;
const GRID_ROWS = 1048576;
const GRID_COLS = 16384;

/** "A1:B2", "'Theo dõi'!C3", "3:5", "C:D", comma-separated lists → areas (sheet names dropped). */
export function parseAreas(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  for (const part of address.split(/,(?=(?:[^']*'[^']*')*[^']*$)/)) {
    const ref = part
      .slice(part.lastIndexOf("!") + 1)
      .replace(/\$/g, "")
      .trim()
      .toUpperCase();
    if (!ref) continue;
    const [a, b = a] = ref.split(":");
    if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
      out.push({ top: Math.min(+a, +b), bottom: Math.max(+a, +b), left: 1, right: GRID_COLS });
    } else if (/^[A-Z]+$/.test(a) && /^[A-Z]+$/.test(b)) {
      const l = parseA1(`${a}1`).col;
      const r = parseA1(`${b}1`).col;
      out.push({ top: 1, bottom: GRID_ROWS, left: Math.min(l, r), right: Math.max(l, r) });
    } else {
      const p = parseA1(a);
      const q = parseA1(b);
      out.push({ top: Math.min(p.row, q.row), bottom: Math.max(p.row, q.row), left: Math.min(p.col, q.col), right: Math.max(p.col, q.col) });
    }
  }
  return out;
}

/** Classify a change: inside the add-in's output block only → ignore; over the header, whole columns, row or
 *  column inserts/deletes, or a very tall area → read everything again; else the rows it covers. */
export function changeScope(address: string, layout: Layout, changeType?: string): ChangeScope {
  if (changeType && /Inserted|Deleted/i.test(changeType)) return { kind: "all" };
  let areas: MergedArea[];
  try {
    areas = parseAreas(address);
  } catch {
    return { kind: "all" };
  }
  const outL = layout.outputCol;
  const outR = layout.outputCol + OUTPUT_WIDTH - 1;
  const inputAreas = areas.filter((a) => !(a.left >= outL && a.right <= outR));
  if (inputAreas.length === 0) return { kind: "ignore" };
  const headerEnd = layout.numberingRow ?? layout.headerBottom;
  const rows = new Set<number>();
  for (const a of inputAreas) {
    if (a.top <= headerEnd && a.bottom >= layout.headerTop) return { kind: "all" };
    if (a.bottom - a.top + 1 > MAX_ROWS_PER_CHANGE) return { kind: "all" };
    for (let r = Math.max(a.top, headerEnd + 1); r <= a.bottom; r++) rows.add(r);
  }
  return rows.size ? { kind: "rows", rows: [...rows].sort((x, y) => x - y) } : { kind: "ignore" };
}

const SECTION = /^\s*(?:[IVXLCDM]+|[A-Z])\s*\.(?:\s|$)/;
const TOTALS = new Set(["tổng cộng", "cộng", "tổng"]);
const isSignature = (s: string) => {
  const f = fold(s);
  return f.startsWith("nguoi lap") || /^tm\s*[.:\s]/.test(f) || /ngay\b.*\bthang\b.*\bnam\b/.test(f);
};

/** Whether a row below the header is a data row, by the rules of §7 (section, total, signature rows are not). */
export function isDataRow(sheet: SheetSnapshot, layout: Layout, row: number): boolean {
  if (row <= (layout.numberingRow ?? layout.headerBottom)) return false;
  const cols = layout.columns;
  const hasData = Object.entries(cols).some(([f, c]) => f !== "stt" && f !== "ho_ten" && f !== "ghi_chu" && !isBlank(cellAt(sheet, row, c)));
  const name = cols.ho_ten ? cellText(cellAt(sheet, row, cols.ho_ten)) : "";
  const stt = cols.stt ? cellText(cellAt(sheet, row, cols.stt)) : "";
  const total = (s: string) => TOTALS.has(exactKey(s).replace(/\s*:$/, ""));
  if (total(stt) || total(name)) return false;
  if (!hasData && (SECTION.test(stt) || SECTION.test(name))) return false;
  // a signature row ("Người lập biểu", "TM. …", "…, ngày … tháng … năm …") holds no numbers
  const outL = layout.outputCol;
  const cells = sheet.values[row - 1] ?? [];
  const numeric = Object.values(cols).some((c) => typeof cellAt(sheet, row, c) === "number");
  if (
    (name === "" || isSignature(name)) &&
    !numeric &&
    cells.some((v, i) => (i + 1 < outL || i + 1 >= outL + OUTPUT_WIDTH) && typeof v === "string" && isSignature(v))
  )
    return false;
  return name !== "" || hasData;
}

/** Re-check the given rows only (the snapshot needs just those rows filled in). No duplicates check, no rank. */
export function checkRows(sheet: SheetSnapshot, layout: Layout, catalog: Catalog, rows: number[], lang: Lang = "vi"): RowCheck[] {
  const ctx = { sheet, layout, catalog, fields: fieldMap(catalog), lang };
  return [...new Set(rows)]
    .sort((a, b) => a - b)
    .map((row) => {
      if (!isDataRow(sheet, layout, row)) return { row, isData: false, name: "", issues: [], highlights: { shortfall: [], error: [] } };
      const e = evaluateRow(ctx, row);
      const shortfall = e.results.filter((c) => c.status === "shortfall" && c.col).map((c) => a1(row, c.col!));
      const error = e.issues.filter((i) => i.severity === "error").map((i) => i.cell);
      return { row, isData: true, name: e.name, issues: e.issues, highlights: { shortfall: [...new Set(shortfall)], error: [...new Set(error)] } };
    });
}
