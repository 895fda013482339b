// Commune-wide figures (§9 summary): per criterion over individuals, and per sector for the report sheet.
import { Catalog } from "./catalog";
import { ScoredRow } from "./rank";

export interface CriterionSummary {
  numerator: number;
  denominator: number;
  rate: number | null;
  target: number;
  achieved: boolean;
  rowsApplicable: number;
  rowsAchieved: number;
}

export interface SectorSummary {
  sector: string;
  rows: number;
  scored: number;
  averageScore: number | null;
  shortfalls: number;
  errors: number;
  nominees: number;
}

const T = 1e6;

/** One entry per criterion with at least one individual row achieved or short of target. */
export function summarize(rows: ScoredRow[], catalog: Catalog): Record<string, CriterionSummary> {
  const out: Record<string, CriterionSummary> = {};
  const individuals = rows.filter((r) => r.eval.kind === "individual");
  for (const c of catalog.criteria) {
    let numerator = 0;
    let denominator = 0;
    let rowsApplicable = 0;
    let rowsAchieved = 0;
    for (const r of individuals) {
      const res = r.eval.criteria[c.code];
      if (res.status !== "achieved" && res.status !== "shortfall") continue;
      rowsApplicable++;
      if (res.status === "achieved") rowsAchieved++;
      if (res.source === "counts") {
        numerator += res.numerator!;
        denominator += res.denominator!;
      }
    }
    if (rowsApplicable === 0) continue;
    if (c.type === "yesno") {
      numerator = rowsAchieved;
      denominator = rowsApplicable;
    }
    const achieved = denominator > 0 ? numerator * T >= Math.round(c.target * T) * denominator : rowsAchieved === rowsApplicable;
    out[c.code] = { numerator, denominator, rate: denominator > 0 ? numerator / denominator : null, target: c.target, achieved, rowsApplicable, rowsAchieved };
  }
  return out;
}

/** Per sector (Ngành, lĩnh vực), in order of first appearance; blank sector is "(chưa ghi lĩnh vực)". */
export function summarizeBySector(rows: ScoredRow[], nomineeRows: Set<number>): SectorSummary[] {
  const map = new Map<string, SectorSummary & { sum: number }>();
  for (const r of rows) {
    const sector = r.eval.linhVuc || "(chưa ghi lĩnh vực)";
    let s = map.get(sector);
    if (!s) {
      s = { sector, rows: 0, scored: 0, averageScore: null, shortfalls: 0, errors: 0, nominees: 0, sum: 0 };
      map.set(sector, s);
    }
    s.rows++;
    if (r.score !== null) {
      s.scored++;
      s.sum += r.score;
    }
    s.shortfalls += Object.values(r.eval.criteria).filter((c) => c.status === "shortfall").length;
    s.errors += r.eval.issues.filter((i) => i.severity === "error").length;
    if (nomineeRows.has(r.eval.row)) s.nominees++;
  }
  return [...map.values()].map(({ sum, ...s }) => ({ ...s, averageScore: s.scored ? sum / s.scored : null }));
}
