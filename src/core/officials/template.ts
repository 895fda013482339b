// The officials' tracking sheet as data: national heading, title, a two-level header the layout reader maps
// field for field, numbering row, one pre-filled row per official, the output block, checks, protection, panes.
import { Catalog, Field } from "../catalog";
import { FormSheetPlan, PROTECT_ALLOW, emptyCell, numCell, textCell } from "../write/formPlan";
import { OUTPUT_GROUP_TITLE, OUTPUT_HEADERS } from "../read/layout";
import { readLayout } from "../read/tables";
import { Official } from "./officials";
import { CellStyle, OUTPUT_COL_WIDTHS, PlanCell } from "../write/plan";
import { MergedArea, SheetSnapshot } from "../read/snapshot";
import { EMPTY_BORDER_TEXT, HEAD_STYLE, TemplateColumn, headingRows, templateColumns } from "./templateParts";
import { validationRules } from "./validation";

export const TEMPLATE_SHEET = "Theo dõi thi đua";

export interface TemplateOptions {
  officials?: Official[];
  /** Empty numbered rows after the officials (default 5 with a list, 20 without). */
  blankRows?: number;
  sheetName?: string;
}

export interface TemplatePlan extends FormSheetPlan {
  role: "template";
  /** field id → 1-based column (what readLayout must find). */
  columns: Record<string, number>;
  headerTop: number;
  headerBottom: number;
  numberingRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** Column of the add-in's output block ("KẾT QUẢ CHẤM ĐIỂM (tự động)"). */
  outputCol: number;
  /** The official of each pre-filled row. */
  rowsOf: { row: number; name: string }[];
  inputColumns: TemplateColumn[];
}

const OUTPUT_WIDTHS = OUTPUT_COL_WIDTHS;
const DATA: CellStyle = { border: true };

/** The cell of a data row for one column. */
function dataCell(col: TemplateColumn, v: string | number | null): PlanCell {
  const s: CellStyle =
    col.field.kind === "percent" ? { ...DATA, numFmt: "0%", align: "center" } : col.textual ? { ...EMPTY_BORDER_TEXT } : { ...DATA, align: "center" };
  if (v === null || v === "") return emptyCell(s);
  return typeof v === "number" ? numCell(v, s) : textCell(v, s);
}

function officialValue(field: Field, o: Official | undefined, stt: number): string | number | null {
  if (field.id === "stt") return stt;
  if (!o) return null;
  switch (field.id) {
    case "ho_ten":
      return o.name;
    case "chuc_vu":
      return o.chucVu;
    case "linh_vuc":
      return o.linhVuc;
    case "gioi_tinh":
      return o.gioiTinh ?? null;
    case "loai":
      return o.loai ?? null;
    default:
      return null;
  }
}

/** The sheet as the core would read it (values, merges), e.g. to check what readLayout finds. */
export function planSnapshot(plan: Pick<FormSheetPlan, "name" | "rows" | "merges">): SheetSnapshot {
  return { name: plan.name, values: plan.rows.map((r) => r.map((c) => c.v)), merges: plan.merges };
}

function assemble(catalog: Catalog, opts: TemplateOptions, canonical: Set<string>): TemplatePlan {
  const cols = templateColumns(catalog, canonical);
  const width = cols.length;
  const outputCol = width + 1;
  const heading = headingRows(catalog, width);
  const rows: PlanCell[][] = heading.rows;
  const merges: MergedArea[] = [...heading.merges];
  const headerTop = rows.length + 1;
  const headerBottom = headerTop + 1;
  const top: PlanCell[] = [];
  const bottom: PlanCell[] = [];
  cols.forEach((c, i) => {
    const col = i + 1;
    if (c.group === null) {
      top.push(textCell(c.sub, HEAD_STYLE));
      bottom.push(emptyCell(HEAD_STYLE));
      merges.push({ top: headerTop, left: col, bottom: headerBottom, right: col });
      return;
    }
    const first = i === 0 || cols[i - 1].group !== c.group;
    top.push(first ? textCell(c.group, HEAD_STYLE) : emptyCell(HEAD_STYLE));
    bottom.push(textCell(c.sub, HEAD_STYLE));
    if (first) {
      let last = i;
      while (last + 1 < cols.length && cols[last + 1].group === c.group) last++;
      if (last > i) merges.push({ top: headerTop, left: col, bottom: headerTop, right: last + 1 });
    }
  });
  top.push(textCell(OUTPUT_GROUP_TITLE, HEAD_STYLE), ...OUTPUT_HEADERS.slice(1).map(() => emptyCell(HEAD_STYLE)), emptyCell(), emptyCell());
  bottom.push(...OUTPUT_HEADERS.map((h) => textCell(h, HEAD_STYLE)), emptyCell(), emptyCell());
  merges.push({ top: headerTop, left: outputCol, bottom: headerTop, right: outputCol + OUTPUT_HEADERS.length - 1 });
  rows.push(top, bottom);
  const numberingRow = rows.push(cols.map((_, i) => textCell(`(${i + 1})`, { border: true, align: "center", italic: true, size: 10 })));
  const officials = opts.officials ?? [];
  const blank = opts.blankRows ?? (officials.length ? 5 : 20);
  const firstDataRow = numberingRow + 1;
  const rowsOf: TemplatePlan["rowsOf"] = [];
  for (let i = 0; i < officials.length + blank; i++) {
    const o = officials[i];
    const r = rows.push(cols.map((c) => dataCell(c, officialValue(c.field, o, i + 1))));
    if (o) rowsOf.push({ row: r, name: o.name });
  }
  const lastDataRow = rows.length;
  rows.push([]);
  const sig = rows.push([emptyCell(), textCell("NGƯỜI LẬP BIỂU", { bold: true, align: "center" })]);
  const right = Math.max(3, width - 7);
  const sigRow: PlanCell[] = rows[sig - 1];
  while (sigRow.length < right) sigRow.push(emptyCell());
  sigRow[right - 1] = textCell("TM. ỦY BAN NHÂN DÂN", { bold: true, align: "center" });
  rows.push([...new Array(right - 1).fill(null).map(() => emptyCell()), textCell("CHỦ TỊCH", { bold: true, align: "center" })]);
  merges.push({ top: sig, left: right, bottom: sig, right: width }, { top: sig + 1, left: right, bottom: sig + 1, right: width });
  const columns: Record<string, number> = {};
  cols.forEach((c, i) => (columns[c.field.id] = i + 1));
  const dataRows = Array.from({ length: lastDataRow - firstDataRow + 1 }, (_, i) => firstDataRow + i);
  return {
    role: "template",
    name: opts.sheetName ?? TEMPLATE_SHEET,
    rows,
    merges,
    colWidths: [...cols.map((c) => c.width), ...OUTPUT_WIDTHS],
    rowHeights: { ...heading.heights, [headerTop]: 48, [headerBottom]: 78 },
    font: { name: "Times New Roman", size: 12 },
    page: { orientation: "landscape", printTitleRows: `${headerTop}:${numberingRow}` },
    validations: validationRules(catalog, columns, dataRows, { percentMax: 1 }),
    freeze: { rows: numberingRow, cols: columns.ho_ten },
    protection: { unlocked: [{ top: firstDataRow, left: 1, bottom: lastDataRow, right: width }], password: "", allow: PROTECT_ALLOW },
    columns,
    headerTop,
    headerBottom,
    numberingRow,
    firstDataRow,
    lastDataRow,
    outputCol,
    rowsOf,
    inputColumns: cols,
  };
}

/** Fields whose column readLayout would not find where the plan put it (none, for a sound catalog). */
export function unmappedFields(plan: TemplatePlan, catalog: Catalog): string[] {
  const found = readLayout({ sheets: [planSnapshot(plan)] }, catalog);
  const got = found.ok ? found.layout.columns : {};
  return Object.entries(plan.columns)
    .filter(([f, c]) => got[f] !== c)
    .map(([f]) => f);
}

/** The tracking sheet for a catalog (and officials). Sub-headers use the short canonical wording; a column the
 *  layout reader would not place is given its full canonical header (always recognised) instead. */
export function buildTemplate(catalog: Catalog, opts: TemplateOptions = {}): TemplatePlan {
  const first = assemble(catalog, opts, new Set());
  const missing = unmappedFields(first, catalog);
  if (missing.length === 0) return first;
  return assemble(catalog, opts, new Set(missing));
}
