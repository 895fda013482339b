// Finding a sheet's header (§7): the row, or pair of rows, that maps the most fields — merged group cells, sub-headers,
// a title merged across columns — and the name in two columns (§10).
import { Catalog } from "../catalog";
import { NUMBERING } from "./body";
import { isBlank } from "./cells";
import { ColumnClass, HeaderMatcher, NAME_FIRST } from "./headers";
import { HEADER_SCAN_ROWS, OUTPUT_WIDTH, findOutputBlock } from "./output";
import { MergedArea, SheetSnapshot, cellAt, parseA1 } from "./snapshot";
import { text } from "./body";

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

export interface HeaderChoice {
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

/** Where the two parts of a name sit: "Họ và tên đệm" (NAME_FIRST) followed by "Tên" as the next mapped column. */
export function resolveNameCols(columns: Record<string, number>): number[] {
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
