// The whole job as one pure function: workbook snapshot in → results, §9 JSON and the write plan out. Several tracking
// sheets scored together are one population (one ranking, one list, one summary) with an output block each (§10).
import { Catalog, DEFAULT_CATALOG, Method, fieldMap } from "./catalog";
import { IssueCode, Lang } from "./messages";
import { Layout, LayoutFailure } from "./read/layout";
import { WorkbookSnapshot } from "./read/snapshot";
import { chooseTables } from "./read/tables";
import { Unit, UnitName, chooseUnit, unitFromHeading } from "./read/unit";
import { RowEvaluation, Status, evaluateRows, markDuplicates } from "./score/evaluate";
import { IneligibleReason, Nomination, ScoredRow, nominate, round2, scoreRows } from "./score/rank";
import { CriterionSummary, SectorSummary, summarize, summarizeBySector } from "./score/summary";
import { DossierSettings } from "./settings";
import { WritePlan } from "./write/plan";
import { buildWritePlan } from "./write/writePlan";

export interface ScoreOptions {
  /** The tracking sheets to score together (none: the one the engine finds, §7). */
  sheets?: string[];
  /** One sheet (the same as `sheets: [sheet]`). */
  sheet?: string;
  /** Every tracking sheet of the workbook (§10). */
  allSheets?: boolean;
  quota?: number;
  minScore?: number;
  method?: Method;
  catalog?: Catalog;
  /** field id → column letter, for headers the engine does not recognise (the clerk's mapping) */
  mapping?: Record<string, string>;
  lang?: Lang;
  /** The unit when the sheet's heading does not name one (§10). */
  unit?: UnitName;
  /** The dossier's settings (signer, numbers, dates). */
  dossier?: DossierSettings;
}

export interface ResultIssue {
  cell: string;
  severity: "error" | "warning";
  code: IssueCode;
  message: string;
  /** Given when the problem is in one criterion's cells (not in §9; for the pane's grouping). */
  criterion?: string;
}

export interface ResultRow {
  /** The row's sheet, when several sheets were scored together. */
  sheet?: string;
  row: number;
  name: string;
  kind: "individual" | "collective";
  applicable: number;
  achieved: number;
  score: number | null;
  level: string | null;
  rank: number | null;
  eligible: boolean;
  ineligibleReasons: IneligibleReason[];
  criteria: Record<string, { status: Status; rate?: number }>;
  issues: ResultIssue[];
}

export interface ListEntry {
  /** The row's sheet, when several sheets were scored together. */
  sheet?: string;
  row: number;
  name: string;
  rank: number | null;
  score: number | null;
}

/** A run-level notice (§10): other tracking sheets left unscored. */
export type Notice = { code: "W_OTHER_SHEETS"; sheets: string[]; message: string };

/** The machine-readable result (§9, §10). */
export interface ScoreResult {
  /** The first scored sheet in workbook order. */
  sheet: string;
  /** Every scored sheet in workbook order, when there are several. */
  sheets?: string[];
  rows: ResultRow[];
  nominees: ListEntry[];
  tieReview: ListEntry[];
  nomination: { quota: number; minScore: number; method: Method; filled: number; reason: Nomination["reason"] };
  summary: Record<string, CriterionSummary>;
  summaryBySector: SectorSummary[];
  /** The unit the outputs name, and where it came from (§10). */
  unit: Unit;
  /** Run-level notices, present and empty when there is nothing to say. */
  notices: Notice[];
}

export interface ScoreRun {
  catalog: Catalog;
  /** Every scored sheet's layout, in workbook order. */
  layouts: Layout[];
  /** The first one. */
  layout: Layout;
  rows: ScoredRow[];
  nomination: Nomination;
  result: ScoreResult;
  plan: WritePlan;
  unit: Unit;
  options: Required<Pick<ScoreOptions, "quota" | "minScore" | "method" | "lang">>;
}

export type ScoreOutcome = { ok: true; run: ScoreRun } | { ok: false; failure: LayoutFailure };

const entry = (r: ScoredRow): ListEntry => ({ row: r.eval.row, name: r.eval.name, rank: r.rank, score: r.score === null ? null : round2(r.score) });

/** Entries without a rate are the same for every row: shared, immutable. */
const STATUS_ONLY: Record<Status, { status: Status }> = Object.freeze({
  achieved: Object.freeze({ status: "achieved" as const }),
  shortfall: Object.freeze({ status: "shortfall" as const }),
  na: Object.freeze({ status: "na" as const }),
  error: Object.freeze({ status: "error" as const }),
});

function resultRow(r: ScoredRow, catalog: Catalog, withSheet: boolean): ResultRow {
  const e: RowEvaluation = r.eval;
  const criteria: ResultRow["criteria"] = {};
  catalog.criteria.forEach((cr, i) => {
    const c = e.results[i];
    criteria[cr.code] = c.rate !== undefined ? { status: c.status, rate: c.rate } : STATUS_ONLY[c.status];
  });
  return {
    ...(withSheet ? { sheet: e.sheet } : {}),
    row: e.row,
    name: e.name,
    kind: e.kind,
    applicable: e.applicable,
    achieved: e.achieved,
    score: r.score === null ? null : round2(r.score),
    level: r.level,
    rank: r.rank,
    eligible: r.eligible,
    ineligibleReasons: r.ineligibleReasons,
    criteria,
    issues: e.issues.map((i) => ({
      cell: i.cell,
      severity: i.severity,
      code: i.code,
      message: i.message,
      ...(i.criterion ? { criterion: i.criterion } : {}),
    })),
  };
}

/** The notice naming the tracking sheets left unscored, and how to choose them (§10). */
export function otherSheetsNotice(sheets: string[], lang: Lang = "vi"): Notice {
  const list = sheets.map((s) => `“${s}”`).join(", ");
  const message =
    lang === "en"
      ? `Also tracking sheets, not scored: ${list}. Choose them with --sheet NAME (repeatable) or --all-sheets, or in the pane's settings.`
      : `Còn trang theo dõi chưa chấm: ${list}. Muốn chấm cả các trang này: dùng --sheet TÊN (nhắc lại cho mỗi trang) hoặc --all-sheets, hoặc chọn trong phần Cài đặt của bảng điều khiển.`;
  return { code: "W_OTHER_SHEETS", sheets, message };
}

/** Read the layouts, evaluate every chosen sheet's rows as one population, score, rank, nominate, summarise and
 * plan the writes (one output block per sheet). */
export function scoreWorkbook(book: WorkbookSnapshot, opts: ScoreOptions = {}): ScoreOutcome {
  const catalog = opts.catalog ?? DEFAULT_CATALOG;
  const options = {
    quota: opts.quota ?? catalog.award.quota,
    minScore: opts.minScore ?? catalog.award.minScore,
    method: opts.method ?? catalog.method,
    lang: opts.lang ?? "vi",
  };
  const sheets = opts.sheets ?? (opts.sheet ? [opts.sheet] : undefined);
  const found = chooseTables(book, catalog, { sheets, allSheets: opts.allSheets, mapping: opts.mapping });
  if (!found.ok) return found;
  const tables = found.layouts.map((layout) => ({ layout, sheet: book.sheets.find((s) => s.name === layout.sheet)! }));
  const fields = fieldMap(catalog);
  const evals = tables.flatMap(({ sheet, layout }) => evaluateRows({ sheet, layout, catalog, fields, lang: options.lang }));
  evals.forEach((e, i) => (e.order = i));
  const nameCols = new Map(tables.map(({ layout }) => [layout.sheet, layout.columns.ho_ten]));
  markDuplicates(evals, (r) => nameCols.get(r.sheet)!, options.lang);
  const rows = scoreRows(evals, catalog, options);
  const nomination = nominate(rows, options.quota);
  const summary = summarize(rows, catalog);
  const summaryBySector = summarizeBySector(rows, new Set(nomination.nominees));
  const [first] = tables;
  const unit = chooseUnit(unitFromHeading(first.sheet, first.layout.headerTop), opts.unit, catalog);
  const several = tables.length > 1;
  const entryOf = (r: ScoredRow): ListEntry => ({ ...(several ? { sheet: r.eval.sheet } : {}), ...entry(r) });
  const result: ScoreResult = {
    sheet: first.layout.sheet,
    ...(several ? { sheets: tables.map((t) => t.layout.sheet) } : {}),
    rows: rows.map((r) => resultRow(r, catalog, several)),
    nominees: nomination.nominees.map(entryOf),
    tieReview: nomination.tieReview.map(entryOf),
    nomination: { quota: options.quota, minScore: options.minScore, method: options.method, filled: nomination.filled, reason: nomination.reason },
    summary,
    summaryBySector,
    unit,
    notices: found.others.length ? [otherSheetsNotice(found.others, options.lang)] : [],
  };
  const plan = buildWritePlan({
    book,
    tables,
    sheet: first.sheet,
    layout: first.layout,
    catalog,
    rows,
    nomination,
    summary,
    summaryBySector,
    lang: options.lang,
    unit,
    dossier: opts.dossier ?? {},
  });
  return { ok: true, run: { catalog, layouts: found.layouts, layout: first.layout, rows, nomination, result, plan, options, unit } };
}
