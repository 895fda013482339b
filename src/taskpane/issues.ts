// Pure shaping of a ScoreResult for the pane: problems grouped by row (on its sheet, when several were scored) then
// criterion, with the live check's newer rows laid over the run's; shortfalls by criterion. Counting errors and
// printing rates and scores are the core's (messages.ts).
import type { ResultRow, ScoreResult } from "../core/engine";
import type { RowCheck } from "../core/officials/liveCheck";
import { countErrors } from "../core/messages";

import { rowKey, type LiveRow } from "./liveRows";

export { rowKey, type LiveRow } from "./liveRows";

export type Issue = ResultRow["issues"][number] & { criterion?: string };

/** The part of a catalog the grouping needs (fields' labels and which criterion reads which field). */
export interface CatalogView {
  fields: { id: string; label: string }[];
  criteria: { code: string; name: string; denominator?: string; numerator?: string; percent?: string; field?: string }[];
}

/** No catalog at hand: problems are still grouped by the criterion they carry, without names. */
export const NO_CATALOG: CatalogView = { fields: [], criteria: [] };

export interface CriterionGroup {
  /** "TC05", "TC06, TC07", or "" for row-level problems (name, kind, gates …). */
  codes: string;
  issues: Issue[];
}

export interface RowGroup {
  /** The row's sheet, when several sheets were scored (or the live check watches several). */
  sheet?: string;
  row: number;
  name: string;
  errors: number;
  warnings: number;
  groups: CriterionGroup[];
}

/** field id → criterion codes reading it. */
function criteriaByField(cat: CatalogView): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of cat.criteria) {
    for (const f of [c.denominator, c.numerator, c.percent, c.field]) {
      if (!f) continue;
      const list = out.get(f) ?? [];
      if (!list.includes(c.code)) list.push(c.code);
      out.set(f, list);
    }
  }
  return out;
}

/**
 * Which criteria an issue is about. The core's issue carries no criterion, so the field labels named in its
 * message are looked up (longest first); on a row, only criteria whose status is "error" are kept when possible.
 */
export function issueCriteria(issue: Issue, row: ResultRow, cat: CatalogView, byField = criteriaByField(cat)): string[] {
  if (issue.criterion) return [issue.criterion];
  let text = issue.message.toLocaleLowerCase("vi");
  const labels = [...cat.fields].sort((a, b) => b.label.length - a.label.length);
  const codes: string[] = [];
  for (const f of labels) {
    const key = f.label.toLocaleLowerCase("vi");
    const at = text.indexOf(key);
    if (at < 0) continue;
    text = text.slice(0, at) + " ".repeat(key.length) + text.slice(at + key.length);
    for (const c of byField.get(f.id) ?? []) if (!codes.includes(c)) codes.push(c);
  }
  const erring = codes.filter((c) => row.criteria[c]?.status === "error");
  return (erring.length ? erring : codes).sort();
}

/** A row the live check re-checked, as a result row (its problems only: no score until the next run). */
const liveRow = (c: RowCheck): ResultRow => ({
  row: c.row,
  name: c.name,
  kind: "individual",
  applicable: 0,
  achieved: 0,
  score: null,
  level: null,
  rank: null,
  eligible: false,
  ineligibleReasons: [],
  criteria: {},
  issues: c.isData
    ? c.issues.map(({ cell, severity, code, message, criterion }) => ({ cell, severity, code, message, ...(criterion ? { criterion } : {}) }))
    : [],
});

/**
 * The run's rows with the live check's newer problems laid over them (rows it re-checked replace the run's).
 * `sheet` is the run's only sheet when it scored one (its rows then carry no sheet).
 */
export function withLive(rows: ResultRow[], live: ReadonlyMap<string, LiveRow>, sheet?: string): ResultRow[] {
  if (live.size === 0) return rows;
  const out = rows.map((r) => {
    const c = live.get(rowKey(r.sheet ?? sheet, r.row));
    return c ? { ...r, name: c.check.name || r.name, issues: liveRow(c.check).issues } : r;
  });
  const known = new Set(rows.map((r) => rowKey(r.sheet ?? sheet, r.row)));
  const several = rows.some((r) => r.sheet !== undefined) || new Set([...live.values()].map((l) => l.sheet)).size > 1;
  for (const [key, c] of live)
    if (!known.has(key) && c.check.isData) out.push({ ...liveRow(c.check), ...(several || !sheet ? { sheet: c.sheet } : {}) });
  return out;
}

/** Rows with problems, sheet by sheet (in the order the rows first name them), then by row; inside a row, criterion
 * groups in code order, row-level problems last. */
export function groupIssues(result: Pick<ScoreResult, "rows">, cat: CatalogView): RowGroup[] {
  const byField = criteriaByField(cat);
  const out: RowGroup[] = [];
  const sheetOrder = new Map<string | undefined, number>();
  for (const r of result.rows) if (!sheetOrder.has(r.sheet)) sheetOrder.set(r.sheet, sheetOrder.size);
  const ordered = [...result.rows].sort((a, b) => sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)! || a.row - b.row);
  for (const row of ordered) {
    if (!row.issues.length) continue;
    const found = new Map<string, Issue[]>();
    for (const issue of row.issues) {
      const key = issueCriteria(issue, row, cat, byField).join(", ");
      found.set(key, [...(found.get(key) ?? []), issue]);
    }
    const groups = [...found.entries()]
      .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b)))
      .map(([codes, issues]) => ({ codes, issues }));
    const errors = countErrors([row]);
    out.push({ ...(row.sheet ? { sheet: row.sheet } : {}), row: row.row, name: row.name, errors, warnings: row.issues.length - errors, groups });
  }
  return out;
}

export interface Shortfall {
  code: string;
  name: string;
  people: { sheet?: string; row: number; name: string; rate?: number }[];
}

/** Criteria with at least one row short of target, in code order, with who is short and at what rate. */
export function groupShortfalls(result: ScoreResult, cat: CatalogView): Shortfall[] {
  return cat.criteria
    .map((c) => ({
      code: c.code,
      name: c.name,
      people: result.rows
        .filter((r) => r.criteria[c.code]?.status === "shortfall")
        .map((r) => ({ ...(r.sheet ? { sheet: r.sheet } : {}), row: r.row, name: r.name, rate: r.criteria[c.code].rate })),
    }))
    .filter((s) => s.people.length > 0);
}
