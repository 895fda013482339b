// Commune-wide figures (§9 summary): per criterion over individuals, and per sector for the report sheet.
import { Catalog } from "../catalog";
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
  const k = catalog.criteria.length;
  const num = new Float64Array(k);
  const den = new Float64Array(k);
  const app = new Int32Array(k);
  const ach = new Int32Array(k);
  for (const r of individuals) {
    const results = r.eval.results;
    for (let i = 0; i < k; i++) {
      const res = results[i];
      const st = res.status;
      if (st !== "achieved" && st !== "shortfall") continue;
      app[i]++;
      if (st === "achieved") ach[i]++;
      if (res.source === "counts") {
        num[i] += res.numerator!;
        den[i] += res.denominator!;
      }
    }
  }
  catalog.criteria.forEach((c, i) => {
    let numerator = num[i];
    let denominator = den[i];
    const rowsApplicable = app[i];
    const rowsAchieved = ach[i];
    if (rowsApplicable === 0) return;
    if (c.type === "yesno") {
      numerator = rowsAchieved;
      denominator = rowsApplicable;
    }
    const achieved = denominator > 0 ? numerator * T >= Math.round(c.target * T) * denominator : rowsAchieved === rowsApplicable;
    out[c.code] = {
      numerator,
      denominator,
      rate: denominator > 0 ? numerator / denominator : null,
      target: c.target,
      achieved,
      rowsApplicable,
      rowsAchieved,
    };
  });
  return out;
}

/** Per sector (Ngành, lĩnh vực), in order of first appearance; blank sector is "(chưa ghi lĩnh vực)". */
export function summarizeBySector(rows: ScoredRow[], nominees: Set<ScoredRow>): SectorSummary[] {
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
    for (const c of r.eval.results) if (c.status === "shortfall") s.shortfalls++;
    for (const i of r.eval.issues) if (i.severity === "error") s.errors++;
    if (nominees.has(r)) s.nominees++;
  }
  return [...map.values()].map(({ sum, ...s }) => ({ ...s, averageScore: s.scored ? sum / s.scored : null }));
}
