// The whole job as one pure function: workbook snapshot in → results, §9 JSON and the write plan out.
import { Catalog, DEFAULT_CATALOG, Method, fieldMap } from "./catalog";
import { RowEvaluation, evaluateSheet } from "./score/evaluate";
import { Layout, LayoutFailure, readLayout } from "./read/layout";
import { Lang } from "./messages";
import { WritePlan } from "./write/plan";
import { buildWritePlan } from "./write/writePlan";
import { Nomination, ScoredRow, nominate, round2, scoreRows } from "./score/rank";
import { WorkbookSnapshot } from "./read/snapshot";
import { Unit, UnitName, chooseUnit, unitFromHeading } from "./read/unit";
import { DossierSettings } from "./settings";
import { CriterionSummary, SectorSummary, summarize, summarizeBySector } from "./score/summary";

export interface ScoreOptions {
  sheet?: string;
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

export interface ResultRow {
  row: number;
  name: string;
  kind: "individual" | "collective";
  applicable: number;
  achieved: number;
  score: number | null;
  level: string | null;
  rank: number | null;
  eligible: boolean;
  ineligibleReasons: string[];
  criteria: Record<string, { status: string; rate?: number }>;
  /** `criterion` is given when the problem is in one criterion's cells (not in §9; for the pane's grouping). */
  issues: { cell: string; severity: "error" | "warning"; code: string; message: string; criterion?: string }[];
}

export interface ListEntry {
  row: number;
  name: string;
  rank: number | null;
  score: number | null;
}

/** The machine-readable result (§9). */
export interface ScoreResult {
  sheet: string;
  rows: ResultRow[];
  nominees: ListEntry[];
  tieReview: ListEntry[];
  nomination: { quota: number; minScore: number; method: Method; filled: number; reason: Nomination["reason"] };
  summary: Record<string, CriterionSummary>;
  summaryBySector: SectorSummary[];
  /** The unit the outputs name, and where it came from (§10). */
  unit: Unit;
  /** Run-level notices (§10), present and empty when there is nothing to say. */
  notices: Notice[];
}

/** A run-level notice: other tracking sheets left unscored, and the project's own. */
export type Notice = { code: "W_OTHER_SHEETS"; sheets: string[]; message: string };

export interface ScoreRun {
  catalog: Catalog;
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
const STATUS_ONLY: Record<string, { status: string }> = Object.freeze({
  achieved: Object.freeze({ status: "achieved" }),
  shortfall: Object.freeze({ status: "shortfall" }),
  na: Object.freeze({ status: "na" }),
  error: Object.freeze({ status: "error" }),
});

function resultRow(r: ScoredRow, catalog: Catalog): ResultRow {
  const e: RowEvaluation = r.eval;
  const criteria: ResultRow["criteria"] = {};
  catalog.criteria.forEach((cr, i) => {
    const c = e.results[i];
    criteria[cr.code] = c.rate !== undefined ? { status: c.status, rate: c.rate } : STATUS_ONLY[c.status];
  });
  return {
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

/** Read the layout, evaluate, score, rank, nominate, summarise and plan the writes. */
export function scoreWorkbook(book: WorkbookSnapshot, opts: ScoreOptions = {}): ScoreOutcome {
  const catalog = opts.catalog ?? DEFAULT_CATALOG;
  const options = {
    quota: opts.quota ?? catalog.award.quota,
    minScore: opts.minScore ?? catalog.award.minScore,
    method: opts.method ?? catalog.method,
    lang: opts.lang ?? "vi",
  };
  const found = readLayout(book, catalog, { sheet: opts.sheet, mapping: opts.mapping });
  if (!found.ok) return found;
  const layout = found.layout;
  const sheet = book.sheets.find((s) => s.name === layout.sheet)!;
  const evals = evaluateSheet({ sheet, layout, catalog, fields: fieldMap(catalog), lang: options.lang });
  const rows = scoreRows(evals, catalog, options);
  const nomination = nominate(rows, options.quota);
  const summary = summarize(rows, catalog);
  const summaryBySector = summarizeBySector(rows, new Set(nomination.nominees.map((n) => n.eval.row)));
  const unit = chooseUnit(unitFromHeading(sheet, layout.headerTop), opts.unit, catalog);
  const result: ScoreResult = {
    sheet: layout.sheet,
    rows: rows.map((r) => resultRow(r, catalog)),
    nominees: nomination.nominees.map(entry),
    tieReview: nomination.tieReview.map(entry),
    nomination: { quota: options.quota, minScore: options.minScore, method: options.method, filled: nomination.filled, reason: nomination.reason },
    summary,
    summaryBySector,
    unit,
    notices: [],
  };
  const plan = buildWritePlan({
    book,
    sheet,
    layout,
    catalog,
    rows,
    nomination,
    summary,
    summaryBySector,
    lang: options.lang,
    unit,
    dossier: opts.dossier ?? {},
  });
  return { ok: true, run: { catalog, layout, rows, nomination, result, plan, options, unit } };
}
