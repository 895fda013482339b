// Statuses and issues per row (§4): each criterion of the catalog evaluated on one data row, plus the row-level
// checks (name, gates, initiatives, kind, duplicates).
import { Catalog, Criterion, Field } from "../catalog";
import { Gender, Kind, cellText, isBlank, parseCount, parseGate, parseGender, parseKind, parsePercent, parseYesNo } from "../read/cells";
import { Layout, nameAt } from "../read/layout";
import { IssueCode, IssueContext, Lang, issueMessage } from "../messages";
import { CellValue, SheetSnapshot, a1 } from "../read/snapshot";
import { exactKey } from "../read/text";

export type Status = "achieved" | "shortfall" | "na" | "error";

export interface CriterionResult {
  status: Status;
  /** numerator / denominator (or the percent cell), for achieved / shortfall */
  rate?: number;
  source?: "counts" | "percent" | "yesno";
  numerator?: number;
  denominator?: number;
  /** The column of the cell to highlight when short of target (numerator, percent or yes/no cell). */
  col?: number;
}

export interface Issue {
  cell: string;
  severity: "error" | "warning";
  code: IssueCode;
  message: string;
  row: number;
  col: number;
  criterion?: string;
}

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

/** Collects issues of one row, one per (cell, code). */
const NO_ISSUES: Issue[] = Object.freeze([]) as unknown as Issue[];

class IssueSink {
  /** Most rows have no issue: they share one empty, frozen list. */
  list: Issue[] = NO_ISSUES;
  constructor(
    private row: number,
    private lang: Lang,
  ) {}
  add(col: number, code: IssueCode, ctx: Omit<IssueContext, "cell">, criterion?: string): void {
    const cell = a1(this.row, col);
    if (this.list.some((i) => i.cell === cell && i.code === code)) return;
    const severity = code.startsWith("W_") ? "warning" : "error";
    if (this.list === NO_ISSUES) this.list = [];
    this.list.push({
      cell,
      severity,
      code,
      message: issueMessage(code, { ...ctx, cell }, this.lang),
      row: this.row,
      col,
      ...(criterion ? { criterion } : {}),
    });
  }
}

const T = 1e6;
/** n / d ≥ target, in exact integer arithmetic for counts. */
const meetsRatio = (n: number, d: number, target: number) => n * T >= Math.round(target * T) * d;
const meetsRate = (rate: number, target: number) => rate + 1e-9 >= target;
/** Every result has the same shape (one hidden class keeps the hot loops monomorphic). */
const result = (
  status: Status,
  source?: CriterionResult["source"],
  rate?: number,
  col?: number,
  numerator?: number,
  denominator?: number,
): CriterionResult => ({
  status,
  rate,
  source,
  numerator,
  denominator,
  col,
});
const NA: CriterionResult = Object.freeze(result("na"));
const ERROR: CriterionResult = Object.freeze(result("error"));

export interface EvalContext {
  sheet: SheetSnapshot;
  layout: Layout;
  catalog: Catalog;
  fields: Map<string, Field>;
  lang: Lang;
}

/** A criterion with its columns resolved once per sheet (0 = no such column). */
interface Resolved {
  c: Criterion;
  den: number;
  num: number;
  pct: number;
  yn: number;
  denLabel: string;
  numLabel: string;
  pctLabel: string;
  ynLabel: string;
  /** The two yes/no results of this criterion's column, allocated once. */
  ynAchieved: CriterionResult;
  ynShortfall: CriterionResult;
}

function resolve(ctx: EvalContext): Resolved[] {
  const cols = ctx.layout.columns;
  const col = (f?: string) => (f && cols[f]) || 0;
  const label = (f?: string) => (f ? (ctx.fields.get(f)?.label ?? f) : "");
  return ctx.catalog.criteria.map((c) => ({
    c,
    den: col(c.denominator),
    num: col(c.numerator),
    pct: col(c.percent),
    yn: col(c.field),
    denLabel: label(c.denominator),
    numLabel: label(c.numerator),
    pctLabel: label(c.percent),
    ynLabel: label(c.field),
    ynAchieved: Object.freeze(result("achieved", "yesno", undefined, col(c.field))),
    ynShortfall: Object.freeze(result("shortfall", "yesno", undefined, col(c.field))),
  }));
}

const at = (cells: CellValue[], col: number): CellValue => (col === 0 ? null : (cells[col - 1] ?? null));

const isPlainCount = (v: CellValue): boolean => typeof v === "number" && Number.isInteger(v) && v >= 0;

function evaluateCounts(r: Resolved, cells: CellValue[], sink: IssueSink): CriterionResult {
  const { c, den: dCol, num: nCol } = r;
  const dv = at(cells, dCol);
  const nv = at(cells, nCol);
  if (dv === null && nv === null) return NA;
  // the common case, whole numbers ≥ 0 typed as numbers, is read without the general parser
  let dn = isPlainCount(dv) ? (dv as number) : null;
  let nn = isPlainCount(nv) ? (nv as number) : null;
  if ((dn === null && dv !== null) || (nn === null && nv !== null)) {
    const d = parseCount(dv);
    const n = parseCount(nv);
    if (d.kind === "error" || n.kind === "error") {
      if (d.kind === "error" && dCol) sink.add(dCol, d.code, { raw: cellText(dv), label: r.denLabel, hint: d.hint }, c.code);
      if (n.kind === "error" && nCol) sink.add(nCol, n.code, { raw: cellText(nv), label: r.numLabel, hint: n.hint }, c.code);
      return ERROR;
    }
    dn = d.kind === "value" ? d.value : null;
    nn = n.kind === "value" ? n.value : null;
  }
  if ((dn === null || dn === 0) && (nn === null || nn === 0)) return NA;
  if (dn !== null && dn > 0 && nn !== null && nn > dn) {
    sink.add(nCol, "E_NUM_GT_DEN", { numLabel: r.numLabel, denLabel: r.denLabel, num: nn, den: dn }, c.code);
    return ERROR;
  }
  if (nn !== null && nn > 0 && (dn === null || dn === 0)) {
    sink.add(dCol || nCol, "E_DEN_MISSING", { numLabel: r.numLabel, denLabel: r.denLabel, num: nn, den: dn ?? 0 }, c.code);
    return ERROR;
  }
  if (dn !== null && dn > 0 && nn === null) {
    sink.add(nCol || dCol, "E_NUM_MISSING", { numLabel: r.numLabel, denLabel: r.denLabel, den: dn }, c.code);
    return ERROR;
  }
  const num = nn as number;
  const den = dn as number;
  return result(meetsRatio(num, den, c.target) ? "achieved" : "shortfall", "counts", num / den, nCol, num, den);
}

function evaluatePercent(r: Resolved, cells: CellValue[], sink: IssueSink): CriterionResult {
  if (!r.pct) return NA;
  const v = at(cells, r.pct);
  const p = parsePercent(v);
  if (p.kind === "na") return NA;
  if (p.kind === "error") {
    sink.add(r.pct, p.code, { raw: cellText(v), label: r.pctLabel }, r.c.code);
    return ERROR;
  }
  return result(meetsRate(p.value, r.c.target) ? "achieved" : "shortfall", "percent", p.value, r.pct);
}

function evaluateYesNo(r: Resolved, cells: CellValue[], sink: IssueSink): CriterionResult {
  if (!r.yn) return NA;
  const v = at(cells, r.yn);
  const p = parseYesNo(v);
  if (p.kind === "na") return NA;
  if (p.kind === "error") {
    sink.add(r.yn, p.code, { raw: cellText(v), label: r.ynLabel }, r.c.code);
    return ERROR;
  }
  return p.value ? r.ynAchieved : r.ynShortfall;
}

/** One criterion on one row (cells = the row's values). */
function evaluateCriterion(r: Resolved, cells: CellValue[], sink: IssueSink): CriterionResult {
  const type = r.c.type;
  if (type === "yesno") return evaluateYesNo(r, cells, sink);
  if (type === "percent") return evaluatePercent(r, cells, sink);
  // TC10: a non-blank count cell (0 counts) means the counts decide; otherwise the percent cell
  if (r.pct && !(r.den && !isBlank(at(cells, r.den))) && !(r.num && !isBlank(at(cells, r.num)))) return evaluatePercent(r, cells, sink);
  if (!r.den && !r.num) return NA;
  return evaluateCounts(r, cells, sink);
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

/** W_DUPLICATE_NAME on every row of a group with the same name, chức vụ and lĩnh vực (diacritics count), across
 * every scored sheet; the issue is on the row's (first) name cell. */
export function markDuplicates(rows: RowEvaluation[], nameCol: (r: RowEvaluation) => number, lang: Lang): void {
  const groups = new Map<string, RowEvaluation[]>();
  const byName = new Map<string, RowEvaluation[]>();
  for (const r of rows) {
    if (r.name === "") continue;
    const k = exactKey(r.name);
    const g = byName.get(k);
    if (g) g.push(r);
    else byName.set(k, [r]);
  }
  // only rows sharing a name can be duplicates: compare chức vụ and lĩnh vực within those groups
  for (const r of [...byName.values()].filter((g) => g.length > 1).flat()) {
    const key = [r.name, r.chucVu, r.linhVuc].map(exactKey).join("\u0001");
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    for (const r of g) {
      const col = nameCol(r);
      const others = g.filter((x) => x !== r).map((x) => (x.sheet === r.sheet ? String(x.row) : `${x.row} (trang “${x.sheet}”)`));
      const cell = a1(r.row, col);
      r.issues = [
        ...r.issues,
        {
          cell,
          severity: "warning",
          code: "W_DUPLICATE_NAME",
          message: issueMessage("W_DUPLICATE_NAME", { cell, rows: others }, lang),
          row: r.row,
          col,
        },
      ];
    }
  }
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
