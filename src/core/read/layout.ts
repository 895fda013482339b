// Reading the clerk's sheet as it is (§7): which sheet, which header row(s), which column is which field,
// which rows are data rows (not titles, numbering, sections, totals, blanks or signatures).
import { Catalog } from "../catalog";
import { isBlank } from "./cells";
import { CellValue, MergedArea, SheetSnapshot, WorkbookSnapshot, cellAt, colCount, isCellError, parseA1 } from "./snapshot";
import { ColumnClass, HeaderMatcher } from "./headers";
import { exactKey, fold, headerKey } from "./text";

export { HeaderMatcher } from "./headers";

/** Title of the add-in's own output block, and how many columns it owns (6 results, a gap, the legend). */
export const OUTPUT_GROUP_TITLE = "KẾT QUẢ CHẤM ĐIỂM (tự động)";
export const OUTPUT_HEADERS = ["TC đạt/áp dụng", "Điểm", "Mức độ hoàn thành", "Xếp hạng", "Đề nghị khen thưởng", "Ghi chú kiểm tra"];
export const OUTPUT_WIDTH = 8;
const HEADER_SCAN_ROWS = 60;

export interface Layout {
  sheet: string;
  headerTop: number;
  headerBottom: number;
  numberingRow: number | null;
  /** field id → 1-based column */
  columns: Record<string, number>;
  dataRows: number[];
  /** The table's last row: its last data, section or total row (signature rows and stray values below excluded). */
  bodyEnd: number;
  /** Where the output block is (existing from an earlier run, or the first free column). */
  outputCol: number;
  outputExisting: boolean;
}

export type LayoutFailure = { code: "E_NO_SHEET" | "E_NO_HEADER"; sheet?: string; found: string[]; missing: string[]; sheets: string[] };

/** Merged areas indexed by their cells, built once per sheet. */
class MergeIndex {
  private byCell = new Map<number, MergedArea>();
  constructor(merges: MergedArea[]) {
    for (const m of merges) {
      if (m.bottom - m.top > 200) continue; // a tall merge is never a header; skip indexing its cells
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.byCell.set(r * 16384 + c, m);
    }
  }
  at(row: number, col: number): MergedArea | undefined {
    return this.byCell.get(row * 16384 + col);
  }
}

const text = (v: CellValue): string => (v === null || isCellError(v) ? "" : typeof v === "string" ? v.trim() : String(v));

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

interface HeaderChoice {
  top: number;
  bottom: number;
  columns: Record<string, number>;
}

function headerTexts(sheet: SheetSnapshot, merges: MergeIndex, row: number, col: number): string {
  const m = merges.at(row, col);
  if (m && (m.top !== row || m.left !== col)) return ""; // covered cell: its value belongs to the master
  const v = cellAt(sheet, row, col);
  return typeof v === "string" ? v.trim() : ""; // figures are never header text
}

function mapHeader(
  sheet: SheetSnapshot,
  merges: MergeIndex,
  matcher: HeaderMatcher,
  top: number,
  bottom: number,
  width: number,
  skip: (c: number) => boolean,
): Record<string, number> {
  const classes: { col: number; cls: ColumnClass }[] = [];
  for (let c = 1; c <= width; c++) {
    if (skip(c)) continue;
    if (top === bottom) {
      classes.push({ col: c, cls: matcher.classifyFlat(headerTexts(sheet, merges, top, c)) });
      continue;
    }
    const m = merges.at(top, c);
    if (m && m.bottom >= bottom) {
      // merged down over both rows: a one-row header for this column
      classes.push({ col: c, cls: m.left === c ? matcher.classifyFlat(text(cellAt(sheet, m.top, m.left))) : null });
      continue;
    }
    const group = m ? text(cellAt(sheet, m.top, m.left)) : text(cellAt(sheet, top, c));
    const sub = headerTexts(sheet, merges, bottom, c);
    const spans = !!m && m.right > m.left;
    let cls: ColumnClass;
    if (!sub) cls = spans ? null : matcher.classifyFlat(group);
    else cls = matcher.classifyGrouped(group, sub, m ? m.right - m.left + 1 : 1);
    // a title merged across columns is not a group: fall back to the sub-header alone
    if (cls === null && sub) cls = matcher.classifyFlat(sub);
    classes.push({ col: c, cls });
  }
  return matcher.assign(classes);
}

/** A row of texts and no numbers in the mapped columns: sub-headers ("Tổng số", "Số đạt"), not data. */
function isSubHeaderRow(sheet: SheetSnapshot, row: number, columns: Record<string, number>): boolean {
  if (columns.ho_ten !== undefined && !isBlank(cellAt(sheet, row, columns.ho_ten))) return false; // a data row has a name
  const cells = Object.values(columns).map((c) => cellAt(sheet, row, c));
  if (cells.some((v) => typeof v === "number")) return false;
  return cells.filter((v) => typeof v === "string" && v.trim() !== "" && !NUMBERING.test(v.trim())).length >= 2;
}

function chooseHeader(sheet: SheetSnapshot, matcher: HeaderMatcher, skip: (c: number) => boolean): HeaderChoice | null {
  const width = colCount(sheet);
  const merges = new MergeIndex(sheet.merges);
  const rows = Math.min(sheet.values.length, HEADER_SCAN_ROWS);
  let best: HeaderChoice | null = null;
  let bestN = 0;
  for (let r = 1; r <= rows; r++) {
    const row = sheet.values[r - 1];
    if (!row || row.every((v) => isBlank(v))) continue;
    for (const bottom of [r, r + 1]) {
      if (bottom > sheet.values.length) continue;
      const columns = mapHeader(sheet, merges, matcher, r, bottom, width, skip);
      const n = Object.keys(columns).length;
      // on a tie, a one-row header beats a two-row one ending on the same row (a title above is not a group);
      // and a two-row header beats the one-row header on its top row when the row below holds sub-headers
      const tie = n === bestN && best !== null;
      const subBelow = tie && best!.top === r && best!.bottom === r && bottom === r + 1 && isSubHeaderRow(sheet, r + 1, columns);
      if (n > bestN || (tie && best!.bottom === bottom && r > best!.top) || subBelow) {
        best = { top: r, bottom, columns };
        bestN = n;
      }
    }
  }
  return best;
}

/** "(1)", "(2)", "(5)=(4)/(3)", "(A)": the column numbers under a form's header. */
const NUMBERING = /^\(\s*[0-9]+\s*\)(?:\s*[=x*/+-].*)?$|^\(\s*[A-Za-z]\s*\)$/;

function isNumberingRow(sheet: SheetSnapshot, row: number, skip: (c: number) => boolean): boolean {
  const vals = (sheet.values[row - 1] ?? []).filter((v, i) => !skip(i + 1) && !isBlank(v));
  if (vals.length < 3) return false;
  if (vals.every((v) => typeof v === "string" && NUMBERING.test(v.trim()) && !/^[0-9]+$/.test(v.trim()))) return true;
  // bare labels count only when they run in order: letters A, B, C … for the text columns then numbers 1, 2, 3 …
  // (the statistical forms' convention); a data row without a name does not run like that
  let letter = 0;
  let num: number | null = null;
  for (const v of vals) {
    const t =
      typeof v === "number"
        ? String(v)
        : typeof v === "string"
          ? v
              .trim()
              .replace(/^\((.*)\)$/, "$1")
              .trim()
          : "";
    if (/^[A-Z]$/.test(t) && num === null && t.charCodeAt(0) === 65 + letter) letter++;
    else if (/^[0-9]+$/.test(t) && (num === null ? letter > 0 || Number(t) === 1 : Number(t) === num + 1)) num = Number(t);
    else return false;
  }
  return true;
}

const SECTION = /^\s*(?:[IVXLCDM]+|[A-Z])\s*\.(?:\s|$)/;
const TOTALS = new Set(["tổng cộng", "cộng", "tổng"]);

/** "Tổng cộng:" reads as "tổng cộng" (case, spaces and a trailing colon aside; diacritics count). */
const totalKey = (s: string) =>
  s.length > 24 || !/^\s*[TtCc]/.test(s)
    ? ""
    : s
        .normalize("NFC")
        .toLowerCase()
        .replace(/[\s\u00a0]+/g, " ")
        .trim()
        .replace(/\s*:$/, "");

function isSignatureText(s: string): boolean {
  const f = fold(s);
  return (
    f.startsWith("nguoi lap bieu") ||
    f === "nguoi lap" ||
    f.startsWith("nguoi lap ") ||
    /^tm\s*[.:]/.test(f) ||
    /^tm\s/.test(f) ||
    /ngay\b.*\bthang\b.*\bnam\b/.test(f)
  );
}

/** Rows of the table body: data rows, and where the body ends. */
function readRows(
  sheet: SheetSnapshot,
  columns: Record<string, number>,
  start: number,
  skip: (c: number) => boolean,
): { dataRows: number[]; bodyEnd: number } {
  const dataFields = Object.entries(columns)
    .filter(([f]) => f !== "stt" && f !== "ho_ten" && f !== "ghi_chu")
    .map(([, c]) => c);
  const nameCol = columns.ho_ten;
  const sttCol = columns.stt;
  const dataRows: number[] = [];
  let bodyEnd = start - 1;
  for (let r = start; r <= sheet.values.length; r++) {
    const row = sheet.values[r - 1];
    if (!row || row.length === 0) continue;
    let hasData = false;
    let hasNumber = false;
    for (const c of dataFields) {
      const v = row[c - 1] ?? null;
      if (!hasData && !isBlank(v)) hasData = true;
      if (typeof v === "number") {
        hasNumber = true;
        break;
      }
    }
    const name = nameCol === undefined ? "" : text(row[nameCol - 1] ?? null);
    const stt = sttCol === undefined ? "" : text(row[sttCol - 1] ?? null);
    // the first signature row ends the table ("Người lập biểu", "TM. …", "…, ngày … tháng … năm …")
    if (!hasNumber && (name === "" || isSignatureText(name))) {
      if (row.some((v, i) => !skip(i + 1) && typeof v === "string" && isSignatureText(v))) break;
    }
    // the STT cell, or the row's first cell when the sheet's STT column was not recognised
    const lead = sttCol === undefined ? text(row.find((v, i) => !skip(i + 1) && !isBlank(v ?? null)) ?? null) : stt;
    // the table reaches its last data, section or total row (§10): a stray value below it does not stretch it
    if (TOTALS.has(totalKey(lead)) || TOTALS.has(totalKey(name)) || (!hasData && (SECTION.test(lead) || SECTION.test(name)))) {
      bodyEnd = r;
      continue;
    }
    if (name === "" && !hasData) continue;
    bodyEnd = r;
    dataRows.push(r);
  }
  return { dataRows, bodyEnd };
}

/** The last column holding anything, the output block excluded. */
function lastUsedCol(sheet: SheetSnapshot, skip: (c: number) => boolean): number {
  let last = 0;
  for (const row of sheet.values) {
    for (let c = row.length; c > last; c--) {
      if (!skip(c) && !isBlank(row[c - 1] ?? null)) {
        last = c;
        break;
      }
    }
  }
  for (const m of sheet.merges) if (!skip(m.left) && m.right > last) last = m.right;
  return last;
}

export const REQUIRED_FIELDS = ["ho_ten"];

/** Find the tracking sheet and read its layout. `mapping` (field → column letter) overrides the header. */
export function readLayout(
  book: WorkbookSnapshot,
  catalog: Catalog,
  opts: { sheet?: string; mapping?: Record<string, string> } = {},
): { ok: true; layout: Layout } | { ok: false; failure: LayoutFailure } {
  const matcher = new HeaderMatcher(catalog);
  const sheets = book.sheets.map((s) => s.name);
  let candidates = book.sheets;
  if (opts.sheet) {
    const want = exactKey(opts.sheet);
    candidates = book.sheets.filter((s) => exactKey(s.name) === want);
    if (candidates.length === 0) return { ok: false, failure: { code: "E_NO_SHEET", sheet: opts.sheet, found: [], missing: [], sheets } };
  }
  let best: { sheet: SheetSnapshot; choice: HeaderChoice; outCol: number | null } | null = null;
  for (const sheet of candidates) {
    const outCol = findOutputBlock(sheet);
    const skip = (c: number) => outCol !== null && c >= outCol && c < outCol + OUTPUT_WIDTH;
    const choice = chooseHeader(sheet, matcher, skip);
    if (choice && (!best || Object.keys(choice.columns).length > Object.keys(best.choice.columns).length)) best = { sheet, choice, outCol };
  }
  const criterionFields = catalog.criteria.flatMap((c) => [c.denominator, c.numerator, c.percent, c.field].filter((x): x is string => !!x));
  const sheetName = best?.sheet.name ?? candidates[0]?.name;
  if (!best && opts.mapping?.ho_ten && candidates.length > 0) {
    // nothing recognised, but the clerk said which columns hold what: the header is the row above the first
    // row with a number in one of those columns (or the first row with a name)
    const sheet = candidates[0];
    const cols = Object.values(opts.mapping)
      .filter(Boolean)
      .map((l) => parseA1(`${l}1`).col);
    const nameCol = parseA1(`${opts.mapping.ho_ten}1`).col;
    const firstNumber = sheet.values.findIndex((row) => cols.some((c) => c !== nameCol && typeof row[c - 1] === "number")) + 1;
    const firstName = sheet.values.findIndex((row) => typeof row[nameCol - 1] === "string" && !isBlank(row[nameCol - 1])) + 1;
    const top = firstNumber > 1 ? firstNumber - 1 : firstName;
    if (top > 0) best = { sheet, choice: { top, bottom: top, columns: {} }, outCol: findOutputBlock(sheet) };
  }
  if (!best) {
    return {
      ok: false,
      failure: { code: "E_NO_HEADER", sheet: sheetName, found: [], missing: [...REQUIRED_FIELDS, ...new Set(criterionFields)], sheets },
    };
  }
  const { sheet, choice, outCol } = best;
  const columns = { ...choice.columns };
  for (const [field, letter] of Object.entries(opts.mapping ?? {})) {
    if (letter) columns[field] = parseA1(`${letter}1`).col;
  }
  const found = Object.keys(columns);
  const hasCriterion = criterionFields.some((f) => columns[f] !== undefined);
  if (REQUIRED_FIELDS.some((f) => columns[f] === undefined) || !hasCriterion) {
    const missing = [...REQUIRED_FIELDS, ...new Set(criterionFields)].filter((f) => columns[f] === undefined);
    return { ok: false, failure: { code: "E_NO_HEADER", sheet: sheet.name, found, missing, sheets } };
  }
  const skip = (c: number) => outCol !== null && c >= outCol && c < outCol + OUTPUT_WIDTH;
  let start = choice.bottom + 1;
  const numberingRow = isNumberingRow(sheet, start, skip) ? start : null;
  if (numberingRow) start++;
  const { dataRows, bodyEnd } = readRows(sheet, columns, start, skip);
  const outputCol = outCol ?? lastUsedCol(sheet, skip) + 1;
  return {
    ok: true,
    layout: {
      sheet: sheet.name,
      headerTop: choice.top,
      headerBottom: choice.bottom,
      numberingRow,
      columns,
      dataRows,
      bodyEnd,
      outputCol,
      outputExisting: outCol !== null,
    },
  };
}
