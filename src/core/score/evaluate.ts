// Statuses and issues per row (§4): each criterion of the catalog evaluated on one data row (criteria.ts), plus the
// row-level checks (name, gates, initiatives, kind); duplicates across the population are in duplicates.ts.
import { Gender, Kind, cellText, parseCount, parseGate, parseGender, parseKind } from "../read/cells";
import { nameAt } from "../read/layout";
import { CellValue } from "../read/snapshot";
import { CriterionResult, EvalContext, Resolved, at, evaluateCriterion, resolve } from "./criteria";
import { markDuplicates } from "./duplicates";
import { Issue, IssueSink } from "./issues";

export type { CriterionResult, EvalContext, Status } from "./criteria";
export type { Issue } from "./issues";
export { markDuplicates } from "./duplicates";

export interface RowEvaluation {
  /** The tracking sheet the row is on. */
  sheet: string;
  row: number;
  /** The row's place in the scored population (sheets in workbook order, then rows): "row order" of §6. */
  order: number;
  name: string;
  kind: Kind;
  chucVu: string;
  linhVuc: string;
  gender: Gender;
  /** Initiatives (0 when blank, N/A or unreadable). */
  sangKien: number;
  gates: { complaint: boolean; discipline: boolean; underReview: boolean };
  /** One result per criterion, in catalog order. */
  results: CriterionResult[];
  issues: Issue[];
  applicable: number;
  achieved: number;
  hasError: boolean;
}

function readGate(cells: CellValue[], col: number | undefined, label: string, sink: IssueSink): boolean {
  if (col === undefined) return false;
  const v = at(cells, col);
  if (v === null) return false;
  const p = parseGate(v);
  if (p.kind === "error") sink.add(col, p.code === "E_CELL_ERROR" ? "E_CELL_ERROR" : "E_BAD_YESNO", { raw: cellText(v), label });
  return p.kind === "value" && p.value;
}

/** Every criterion and row-level check on one data row. */
function evaluateRowResolved(ctx: EvalContext & { labels: Record<string, string> }, resolved: Resolved[], row: number): RowEvaluation {
  const cols = ctx.layout.columns;
  const cells = ctx.sheet.values[row - 1] ?? [];
  const sink = new IssueSink(row, ctx.lang);
  const label = ctx.labels;
  const name = nameAt(cells, ctx.layout.nameCols);
  const results: CriterionResult[] = new Array(resolved.length);
  let applicable = 0;
  let achieved = 0;
  for (let i = 0; i < resolved.length; i++) {
    const r = resolved[i];
    const res = evaluateCriterion(r, cells, sink);
    results[i] = res;
    if (res.status === "achieved") {
      applicable++;
      achieved++;
    } else if (res.status === "shortfall") applicable++;
  }
  if (name === "" && cols.ho_ten !== undefined) sink.add(cols.ho_ten, "E_NO_NAME", {});
  const gates = {
    complaint: readGate(cells, cols.bi_phan_anh, label.bi_phan_anh, sink),
    discipline: readGate(cells, cols.bi_ky_luat, label.bi_ky_luat, sink),
    underReview: readGate(cells, cols.dang_xem_xet, label.dang_xem_xet, sink),
  };
  let sangKien = 0;
  if (cols.sang_kien !== undefined) {
    const v = at(cells, cols.sang_kien);
    const p = parseCount(v);
    if (p.kind === "error") sink.add(cols.sang_kien, p.code, { raw: cellText(v), label: label.sang_kien, hint: p.hint });
    else if (p.kind === "value") sangKien = p.value;
  }
  let kind: Kind = "individual";
  if (cols.loai !== undefined) {
    const v = at(cells, cols.loai);
    const p = parseKind(v);
    if (p.kind === "error") sink.add(cols.loai, p.code, { raw: cellText(v), label: label.loai });
    else if (p.kind === "value") kind = p.value;
  }
  const issues = sink.list;
  return {
    sheet: ctx.layout.sheet,
    row,
    order: row,
    name,
    kind,
    chucVu: cellText(at(cells, cols.chuc_vu ?? 0)),
    linhVuc: cellText(at(cells, cols.linh_vuc ?? 0)),
    gender: parseGender(at(cells, cols.gioi_tinh ?? 0)),
    sangKien,
    gates,
    results,
    issues,
    applicable,
    achieved,
    hasError: issues.some((i) => i.severity === "error"),
  };
}

/** Every criterion and row-level check on one data row. */
export function evaluateRow(ctx: EvalContext, row: number): RowEvaluation {
  return evaluateRowResolved({ ...ctx, labels: labelsOf(ctx) }, resolve(ctx), row);
}

/** Field labels for messages, looked up once per sheet. */
function labelsOf(ctx: EvalContext): Record<string, string> {
  return Object.fromEntries(ctx.catalog.fields.map((f) => [f.id, f.label]));
}

/** Evaluate every data row of the layout (duplicates are looked for over the whole population: `markDuplicates`). */
export function evaluateRows(ctx: EvalContext): RowEvaluation[] {
  const resolved = resolve(ctx);
  const withLabels = { ...ctx, labels: labelsOf(ctx) };
  return ctx.layout.dataRows.map((r) => evaluateRowResolved(withLabels, resolved, r));
}

/** Evaluate every data row of one sheet, duplicates included. */
export function evaluateSheet(ctx: EvalContext): RowEvaluation[] {
  const rows = evaluateRows(ctx);
  const col = ctx.layout.columns.ho_ten;
  markDuplicates(rows, () => col, ctx.lang);
  return rows;
}
