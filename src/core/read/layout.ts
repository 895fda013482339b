// Reading the clerk's sheet as it is (§7): which sheet, which header row(s), which column is which field,
// which rows are data rows (not titles, numbering, sections, totals, blanks or signatures).
import { Catalog } from "../catalog";
import { isBlank } from "./cells";
import { CellValue, MergedArea, SheetSnapshot, cellAt, isCellError, parseA1 } from "./snapshot";
import { ColumnClass, HeaderMatcher, NAME_FIRST } from "./headers";
import { fold, headerKey } from "./text";

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
  /** field id → 1-based column (for a name in two columns, `ho_ten` is the first of them) */
  columns: Record<string, number>;
  /** The name's columns: one, or two ("Họ và tên đệm" | "Tên") joined with a space (§10). */
  nameCols: number[];
  dataRows: number[];
  /** The table's last row: its last data, section or total row (§10: a stray value below is not the table). */
  bodyEnd: number;
  /** Where the output block is (existing from an earlier run, or the first column right of the table's rows). */
  outputCol: number;
  outputExisting: boolean;
  /** The output block's first row: the group title row above a one-row header when that row is free, else the header. */
  outputTop: number;
}

export type LayoutFailure =
  | { code: "E_NO_SHEET" | "E_NO_HEADER"; sheet?: string; found: string[]; missing: string[]; sheets: string[] }
  | { code: "E_NO_ROOM"; sheet: string; found: string[]; missing: string[]; sheets: string[] };

/** Merged areas indexed by their cells, built once per sheet. */
class MergeIndex {
  private byCell = new Map<number, MergedArea>();
  constructor(merges: MergedArea[]) {
    for (const m of merges) {
      // a tall merge, or one below the rows a header can be in, is never a header: its cells are not indexed
      if (m.bottom - m.top > 200 || m.top > HEADER_SCAN_ROWS + 1) continue;
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
  const rows = Math.min(sheet.values.length, HEADER_SCAN_ROWS);
  let width = 0;
  for (let r = 1; r <= Math.min(sheet.values.length, rows + 1); r++) width = Math.max(width, sheet.values[r - 1]?.length ?? 0);
  const merges = new MergeIndex(sheet.merges);
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

/** A name cell, or the two cells of a name in two columns joined by one space (either may be blank). */
export function nameAt(row: CellValue[] | undefined, nameCols: number[]): string {
  if (!row || nameCols.length === 0) return "";
  if (nameCols.length === 1) return text(row[nameCols[0] - 1] ?? null);
  return nameCols
    .map((c) => text(row[c - 1] ?? null))
    .filter((t) => t !== "")
    .join(" ");
}

/** Rows of the table body: data rows, and the table's last row (data, section or total; §10). */
function readRows(
  sheet: SheetSnapshot,
  columns: Record<string, number>,
  nameCols: number[],
  start: number,
  skip: (c: number) => boolean,
): { dataRows: number[]; bodyEnd: number } {
  const dataFields = Object.entries(columns)
    .filter(([f]) => f !== "stt" && f !== "ho_ten" && f !== "ghi_chu")
    .map(([, c]) => c);
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
    const name = nameAt(row, nameCols);
    const stt = sttCol === undefined ? "" : text(row[sttCol - 1] ?? null);
    // the first signature row ends the table ("Người lập biểu", "TM. …", "…, ngày … tháng … năm …")
    if (!hasNumber && (name === "" || isSignatureText(name))) {
      if (row.some((v, i) => !skip(i + 1) && typeof v === "string" && isSignatureText(v))) break;
    }
    // the STT cell, or the row's first cell when the sheet's STT column was not recognised
    const lead = sttCol === undefined ? text(row.find((v, i) => !skip(i + 1) && !isBlank(v ?? null)) ?? null) : stt;
    if (TOTALS.has(totalKey(lead)) || TOTALS.has(totalKey(name)) || (!hasData && (SECTION.test(lead) || SECTION.test(name)))) {
      bodyEnd = r; // a total or section row belongs to the table
      continue;
    }
    if (name === "" && !hasData) continue; // blank, or a stray value outside the fields: not the table
    dataRows.push(r);
    bodyEnd = r;
  }
  return { dataRows, bodyEnd };
}

/** The last column holding anything in rows top..bottom, the output block excluded (merges reaching in count). */
function lastUsedCol(sheet: SheetSnapshot, top: number, bottom: number, skip: (c: number) => boolean): number {
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
function rowFree(sheet: SheetSnapshot, r: number, from: number, to: number, skip: (c: number) => boolean): boolean {
  const row = sheet.values[r - 1] ?? [];
  for (let c = from; c <= Math.min(to, row.length); c++) if (!skip(c) && !isBlank(row[c - 1] ?? null)) return false;
  return !sheet.merges.some((m) => m.top <= r && m.bottom >= r && m.right >= from && m.left <= to && !(skip(m.left) && skip(m.right)));
}

/** Excel's last column (XFD). */
export const MAX_COL = 16384;

/** Where the two parts of a name sit: "Họ và tên đệm" (NAME_FIRST) followed by "Tên" as the next mapped column. */
function resolveNameCols(columns: Record<string, number>): number[] {
  const first = columns[NAME_FIRST];
  delete columns[NAME_FIRST];
  if (first === undefined) return columns.ho_ten === undefined ? [] : [columns.ho_ten];
  const next = Math.min(...Object.values(columns).filter((c) => c > first));
  if (columns.ho_ten === undefined || columns.ho_ten === next) {
    const cols = columns.ho_ten === undefined ? [first] : [first, columns.ho_ten];
    columns.ho_ten = first; // issues about the name name the first of the two cells
    return cols;
  }
  return [columns.ho_ten];
}

export const REQUIRED_FIELDS = ["ho_ten"];

/** Fields that are criteria inputs in a catalog. */
export const criterionFields = (catalog: Catalog): string[] => [
  ...new Set(catalog.criteria.flatMap((c) => [c.denominator, c.numerator, c.percent, c.field].filter((x): x is string => !!x))),
];

/** A sheet's header as found, before its rows are read: the columns and where the earlier output block is. */
export interface HeaderFound {
  sheet: SheetSnapshot;
  choice: HeaderChoice;
  outCol: number | null;
}

/** The best header of a sheet (or null): the rows that map the most fields (§7). */
export function findHeader(sheet: SheetSnapshot, matcher: HeaderMatcher): HeaderFound | null {
  const outCol = findOutputBlock(sheet);
  const skip = (c: number) => outCol !== null && c >= outCol && c < outCol + OUTPUT_WIDTH;
  const choice = chooseHeader(sheet, matcher, skip);
  return choice ? { sheet, choice, outCol } : null;
}

/** Whether a header makes a tracking sheet (§10): it maps the name and at least one criterion field. */
export const isTrackingHeader = (h: HeaderFound | null, catalog: Catalog): boolean =>
  !!h &&
  (h.choice.columns.ho_ten !== undefined || h.choice.columns[NAME_FIRST] !== undefined) &&
  criterionFields(catalog).some((f) => h.choice.columns[f] !== undefined);

/** When nothing is recognised but the clerk said which columns hold what: the header is the row above the first
 * row with a number in one of those columns (or the first row with a name). */
export function headerFromMapping(sheet: SheetSnapshot, mapping: Record<string, string>): HeaderFound | null {
  if (!mapping.ho_ten) return null;
  const cols = Object.values(mapping)
    .filter(Boolean)
    .map((l) => parseA1(`${l}1`).col);
  const nameCol = parseA1(`${mapping.ho_ten}1`).col;
  const firstNumber = sheet.values.findIndex((row) => !!row && cols.some((c) => c !== nameCol && typeof row[c - 1] === "number")) + 1;
  const firstName = sheet.values.findIndex((row) => !!row && typeof row[nameCol - 1] === "string" && !isBlank(row[nameCol - 1])) + 1;
  const top = firstNumber > 1 ? firstNumber - 1 : firstName;
  return top > 0 ? { sheet, choice: { top, bottom: top, columns: {} }, outCol: findOutputBlock(sheet) } : null;
}

/** The layout of a sheet from its header (and the clerk's mapping), or why it cannot be scored. */
export function layoutFrom(
  found: HeaderFound,
  catalog: Catalog,
  sheets: string[],
  mapping: Record<string, string> = {},
): { ok: true; layout: Layout } | { ok: false; failure: LayoutFailure } {
  const { sheet, choice, outCol } = found;
  const columns = { ...choice.columns };
  for (const [field, letter] of Object.entries(mapping)) {
    if (letter) columns[field] = parseA1(`${letter}1`).col;
  }
  const nameCols = mapping.ho_ten ? [columns.ho_ten] : resolveNameCols(columns);
  delete columns[NAME_FIRST];
  const found_ = Object.keys(columns);
  const fields = criterionFields(catalog);
  if (REQUIRED_FIELDS.some((f) => columns[f] === undefined) || !fields.some((f) => columns[f] !== undefined)) {
    const missing = [...REQUIRED_FIELDS, ...fields].filter((f) => columns[f] === undefined);
    return { ok: false, failure: { code: "E_NO_HEADER", sheet: sheet.name, found: found_, missing, sheets } };
  }
  const skip = (c: number) => outCol !== null && c >= outCol && c < outCol + OUTPUT_WIDTH;
  let start = choice.bottom + 1;
  const numberingRow = isNumberingRow(sheet, start, skip) ? start : null;
  if (numberingRow) start++;
  const { dataRows, bodyEnd } = readRows(sheet, columns, nameCols, start, skip);
  const last = Math.max(bodyEnd, choice.bottom);
  const outputCol = outCol ?? lastUsedCol(sheet, choice.top, last, skip) + 1;
  // a one-row header gets the block's group title in the row above, when that row is free over the block
  const titleAbove = choice.top === choice.bottom && choice.top > 1 && rowFree(sheet, choice.top - 1, outputCol, outputCol + OUTPUT_WIDTH - 1, skip);
  const outputTop = titleAbove ? choice.top - 1 : choice.top;
  if (outputCol + OUTPUT_WIDTH - 1 > MAX_COL) {
    return { ok: false, failure: { code: "E_NO_ROOM", sheet: sheet.name, found: found_, missing: [], sheets } };
  }
  return {
    ok: true,
    layout: {
      sheet: sheet.name,
      headerTop: choice.top,
      headerBottom: choice.bottom,
      numberingRow,
      columns,
      nameCols,
      dataRows,
      bodyEnd,
      outputCol,
      outputExisting: outCol !== null,
      outputTop,
    },
  };
}
