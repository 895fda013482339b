// Reading the clerk's sheet as it is (§7, §10): a tracking sheet's layout from its header — which column is which
// field, which rows are data rows, where the table ends and where the add-in's output block goes.
import { Catalog } from "../catalog";
import { isNumberingRow, readRows } from "./body";
import { HeaderFound, REQUIRED_FIELDS, criterionFields, resolveNameCols } from "./headerRows";
import { NAME_FIRST } from "./headers";
import { MAX_COL, OUTPUT_WIDTH, lastUsedCol, rowFree } from "./output";
import { parseA1 } from "./snapshot";

export { HeaderMatcher } from "./headers";
export { nameAt } from "./body";
export { OUTPUT_GROUP_TITLE, OUTPUT_HEADERS, OUTPUT_WIDTH, MAX_COL, findOutputBlock } from "./output";
export { REQUIRED_FIELDS, criterionFields, findHeader, headerFromMapping, isTrackingHeader } from "./headerRows";
export type { HeaderFound } from "./headerRows";

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
