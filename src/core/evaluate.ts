// Statuses and issues per row (§4): each criterion of the catalog evaluated on one data row, plus the row-level
// checks (name, gates, initiatives, kind, duplicates).
import { Catalog, Criterion, Field } from "./catalog";
import { Gender, Kind, Parsed, cellText, isBlank, parseCount, parseGate, parseGender, parseKind, parsePercent, parseYesNo } from "./cells";
import { Layout } from "./layout";
import { IssueCode, IssueContext, Lang, issueMessage } from "./messages";
import { CellValue, SheetSnapshot, a1, cellAt } from "./snapshot";
import { exactKey } from "./text";

export type Status = "achieved" | "shortfall" | "na" | "error";

export interface CriterionResult {
  status: Status;
  /** numerator / denominator (or the percent cell), for achieved / shortfall */
  rate?: number;
  source?: "counts" | "percent" | "yesno";
  numerator?: number;
  denominator?: number;
  /** The cell to highlight when short of target (numerator, percent or yes/no cell). */
  cell?: string;
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
  row: number;
  name: string;
  kind: Kind;
  chucVu: string;
  linhVuc: string;
  gender: Gender;
  /** Initiatives (0 when blank, N/A or unreadable). */
  sangKien: number;
  gates: { complaint: boolean; discipline: boolean; underReview: boolean };
  criteria: Record<string, CriterionResult>;
  issues: Issue[];
  applicable: number;
  achieved: number;
  hasError: boolean;
}

/** Collects issues of one row, one per (cell, code). */
class IssueSink {
  readonly list: Issue[] = [];
  private seen = new Set<string>();
  constructor(private row: number, private lang: Lang) {}
  add(col: number, code: IssueCode, ctx: Omit<IssueContext, "cell">, criterion?: string): void {
    const cell = a1(this.row, col);
    const key = `${cell}|${code}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const severity = code.startsWith("W_") ? "warning" : "error";
    this.list.push({ cell, severity, code, message: issueMessage(code, { ...ctx, cell }, this.lang), row: this.row, col, ...(criterion ? { criterion } : {}) });
  }
}

const T = 1e6;
/** n / d ≥ target, in exact integer arithmetic for counts. */
const meetsRatio = (n: number, d: number, target: number) => n * T >= Math.round(target * T) * d;
const meetsRate = (rate: number, target: number) => rate + 1e-9 >= target;

export interface EvalContext {
  sheet: SheetSnapshot;
  layout: Layout;
  catalog: Catalog;
  fields: Map<string, Field>;
  lang: Lang;
}

function rawText(v: CellValue): string {
  return cellText(v);
}

function evaluateCounts(ctx: EvalContext, row: number, c: Criterion, sink: IssueSink): CriterionResult {
  const cols = ctx.layout.columns;
  const dCol = cols[c.denominator!];
  const nCol = cols[c.numerator!];
  const dv = dCol ? cellAt(ctx.sheet, row, dCol) : null;
  const nv = nCol ? cellAt(ctx.sheet, row, nCol) : null;
  const d = parseCount(dv);
  const n = parseCount(nv);
  const denLabel = ctx.fields.get(c.denominator!)?.label ?? c.denominator!;
  const numLabel = ctx.fields.get(c.numerator!)?.label ?? c.numerator!;
  let bad = false;
  const report = (p: Parsed<number>, col: number | undefined, v: CellValue, label: string) => {
    if (p.kind === "error" && col) {
      sink.add(col, p.code, { raw: rawText(v), label, hint: p.hint }, c.code);
      bad = true;
    }
  };
  report(d, dCol, dv, denLabel);
  report(n, nCol, nv, numLabel);
  if (bad) return { status: "error" };
  const dn = d.kind === "value" ? d.value : null;
  const nn = n.kind === "value" ? n.value : null;
  const labels = { numLabel, denLabel };
  if ((dn === null || dn === 0) && (nn === null || nn === 0)) return { status: "na" };
  if (dn !== null && dn > 0 && nn !== null && nn > dn) {
    sink.add(nCol!, "E_NUM_GT_DEN", { ...labels, num: nn, den: dn }, c.code);
    return { status: "error" };
  }
  if (nn !== null && nn > 0 && (dn === null || dn === 0)) {
    sink.add((dCol ?? nCol)!, "E_DEN_MISSING", { ...labels, num: nn, den: dn ?? 0 }, c.code);
    return { status: "error" };
  }
  if (dn !== null && dn > 0 && nn === null) {
    sink.add((nCol ?? dCol)!, "E_NUM_MISSING", { ...labels, den: dn }, c.code);
    return { status: "error" };
  }
  const num = nn!;
  const den = dn!;
  return {
    status: meetsRatio(num, den, c.target) ? "achieved" : "shortfall",
    rate: num / den,
    source: "counts",
    numerator: num,
    denominator: den,
    cell: a1(row, nCol!),
  };
}

function evaluatePercent(ctx: EvalContext, row: number, c: Criterion, sink: IssueSink): CriterionResult {
  const col = ctx.layout.columns[c.percent!];
  if (!col) return { status: "na" };
  const v = cellAt(ctx.sheet, row, col);
  const p = parsePercent(v);
  if (p.kind === "na") return { status: "na" };
  if (p.kind === "error") {
    sink.add(col, p.code, { raw: rawText(v), label: ctx.fields.get(c.percent!)?.label ?? c.percent! }, c.code);
    return { status: "error" };
  }
  return { status: meetsRate(p.value, c.target) ? "achieved" : "shortfall", rate: p.value, source: "percent", cell: a1(row, col) };
}

function evaluateYesNo(ctx: EvalContext, row: number, c: Criterion, sink: IssueSink): CriterionResult {
  const col = ctx.layout.columns[c.field!];
  if (!col) return { status: "na" };
  const v = cellAt(ctx.sheet, row, col);
  const p = parseYesNo(v);
  if (p.kind === "na") return { status: "na" };
  if (p.kind === "error") {
    sink.add(col, p.code, { raw: rawText(v), label: ctx.fields.get(c.field!)?.label ?? c.field! }, c.code);
    return { status: "error" };
  }
  return { status: p.value ? "achieved" : "shortfall", source: "yesno", cell: a1(row, col) };
}

/** One criterion on one row. */
export function evaluateCriterion(ctx: EvalContext, row: number, c: Criterion, sink: IssueSink): CriterionResult {
  if (c.type === "yesno") return evaluateYesNo(ctx, row, c, sink);
  if (c.type === "percent") return evaluatePercent(ctx, row, c, sink);
  const cols = ctx.layout.columns;
  const hasCounts = cols[c.denominator!] !== undefined || cols[c.numerator!] !== undefined;
  if (c.percent && cols[c.percent] !== undefined) {
    const countsGiven = [c.denominator!, c.numerator!].some((f) => cols[f] !== undefined && !isBlank(cellAt(ctx.sheet, row, cols[f])));
    if (!countsGiven) return evaluatePercent(ctx, row, c, sink);
  }
  if (!hasCounts) return { status: "na" };
  return evaluateCounts(ctx, row, c, sink);
}

/** Every criterion and row-level check on one data row. */
export function evaluateRow(ctx: EvalContext, row: number): RowEvaluation {
  const { sheet, layout, catalog } = ctx;
  const cols = layout.columns;
  const sink = new IssueSink(row, ctx.lang);
  const get = (f: string): CellValue => (cols[f] === undefined ? null : cellAt(sheet, row, cols[f]));
  const label = (f: string) => ctx.fields.get(f)?.label ?? f;

  const name = cellText(get("ho_ten"));
  const criteria: Record<string, CriterionResult> = {};
  let applicable = 0;
  let achieved = 0;
  for (const c of catalog.criteria) {
    const r = evaluateCriterion(ctx, row, c, sink);
    criteria[c.code] = r;
    if (r.status === "achieved" || r.status === "shortfall") applicable++;
    if (r.status === "achieved") achieved++;
  }

  if (name === "" && cols.ho_ten !== undefined) sink.add(cols.ho_ten, "E_NO_NAME", {});

  const gate = (f: string): boolean => {
    const v = get(f);
    const p = parseGate(v);
    if (p.kind === "error" && cols[f] !== undefined) sink.add(cols[f], p.code === "E_CELL_ERROR" ? "E_CELL_ERROR" : "E_BAD_YESNO", { raw: rawText(v), label: label(f) });
    return p.kind === "value" && p.value;
  };
  const gates = { complaint: gate("bi_phan_anh"), discipline: gate("bi_ky_luat"), underReview: gate("dang_xem_xet") };

  let sangKien = 0;
  if (cols.sang_kien !== undefined) {
    const v = get("sang_kien");
    const p = parseCount(v);
    if (p.kind === "error") sink.add(cols.sang_kien, p.code, { raw: rawText(v), label: label("sang_kien"), hint: p.hint });
    else if (p.kind === "value") sangKien = p.value;
  }

  let kind: Kind = "individual";
  if (cols.loai !== undefined) {
    const v = get("loai");
    const p = parseKind(v);
    if (p.kind === "error") sink.add(cols.loai, "E_BAD_KIND", { raw: rawText(v), label: label("loai") });
    else if (p.kind === "value") kind = p.value;
  }

  const issues = sink.list;
  return {
    row,
    name,
    kind,
    chucVu: cellText(get("chuc_vu")),
    linhVuc: cellText(get("linh_vuc")),
    gender: parseGender(get("gioi_tinh")),
    sangKien,
    gates,
    criteria,
    issues,
    applicable,
    achieved,
    hasError: issues.some((i) => i.severity === "error"),
  };
}

/** W_DUPLICATE_NAME on every row of a group with the same name, chức vụ and lĩnh vực (diacritics count). */
export function markDuplicates(rows: RowEvaluation[], layout: Layout, lang: Lang): void {
  const groups = new Map<string, RowEvaluation[]>();
  for (const r of rows) {
    if (r.name === "") continue;
    const key = [r.name, r.chucVu, r.linhVuc].map(exactKey).join("\u0001");
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const col = layout.columns.ho_ten;
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    for (const r of g) {
      const others = g.filter((x) => x !== r).map((x) => x.row);
      const cell = a1(r.row, col);
      r.issues.push({ cell, severity: "warning", code: "W_DUPLICATE_NAME", message: issueMessage("W_DUPLICATE_NAME", { cell, rows: others }, lang), row: r.row, col });
    }
  }
}

/** Evaluate every data row of the layout. */
export function evaluateSheet(ctx: EvalContext): RowEvaluation[] {
  const rows = ctx.layout.dataRows.map((r) => evaluateRow(ctx, r));
  markDuplicates(rows, ctx.layout, ctx.lang);
  return rows;
}
