// One criterion on one row (§4): each type's evaluation (counts, a percent cell, yes/no) with its statuses and the
// issues it raises, the criterion's columns resolved once per sheet.
import { Catalog, Criterion, Field } from "../catalog";
import { cellText, isBlank, parseCount, parsePercent, parseYesNo } from "../read/cells";
import { Layout } from "../read/layout";
import { Lang } from "../messages";
import { CellValue, SheetSnapshot } from "../read/snapshot";
import { IssueSink } from "./issues";

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

export interface EvalContext {
  sheet: SheetSnapshot;
  layout: Layout;
  catalog: Catalog;
  fields: Map<string, Field>;
  lang: Lang;
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

/** A criterion with its columns resolved once per sheet (0 = no such column). */
export interface Resolved {
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

export function resolve(ctx: EvalContext): Resolved[] {
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

export const at = (cells: CellValue[], col: number): CellValue => (col === 0 ? null : (cells[col - 1] ?? null));

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
export function evaluateCriterion(r: Resolved, cells: CellValue[], sink: IssueSink): CriterionResult {
  const type = r.c.type;
  if (type === "yesno") return evaluateYesNo(r, cells, sink);
  if (type === "percent") return evaluatePercent(r, cells, sink);
  // TC10: a non-blank count cell (0 counts) means the counts decide; otherwise the percent cell
  if (r.pct && !(r.den && !isBlank(at(cells, r.den))) && !(r.num && !isBlank(at(cells, r.num)))) return evaluatePercent(r, cells, sink);
  if (!r.den && !r.num) return NA;
  return evaluateCounts(r, cells, sink);
}
