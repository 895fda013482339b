// Score, level and rank (§5), and the nomination proposal with the women-first tie rule (§6).
import { Catalog, Method } from "../catalog";
import { RowEvaluation } from "./evaluate";
import { headerKey } from "../read/text";

const EPS = 1e-9;
/** The one empty list eligible rows share (never pushed to: a row with reasons gets its own). */
const NONE: IneligibleReason[] = [];

export type IneligibleReason = "collective" | "errors" | "no-score" | "complaint" | "discipline" | "under-review" | "award-giver" | "below-min-score";

export interface ScoredRow {
  eval: RowEvaluation;
  /** exact score (not rounded), null when the row has errors or nothing applicable */
  score: number | null;
  level: string | null;
  rank: number | null;
  eligible: boolean;
  ineligibleReasons: IneligibleReason[];
}

export interface RankOptions {
  method: Method;
  minScore: number;
  quota: number;
}

/** The row's score by the chosen method, or null. */
export function scoreRow(row: RowEvaluation, catalog: Catalog, method: Method): number | null {
  if (row.hasError || row.applicable === 0) return null;
  let got = 0;
  let of = 0;
  for (let i = 0; i < catalog.criteria.length; i++) {
    const c = catalog.criteria[i];
    const r = row.results[i];
    if (r.status !== "achieved" && r.status !== "shortfall") continue;
    of += c.weight;
    if (method === "ty-le-thuc-hien" && r.rate !== undefined && c.type !== "yesno") {
      got += c.weight * (c.target > 0 ? Math.min(1, r.rate / c.target) : 1);
    } else if (r.status === "achieved") got += c.weight;
  }
  return of > 0 ? (100 * got) / of : null;
}

export function levelOf(score: number | null, catalog: Catalog): string | null {
  return levelsOf(catalog)(score);
}

function levelsOf(catalog: Catalog): (score: number | null) => string | null {
  const levels = [...catalog.levels].sort((a, b) => b.min - a.min);
  return (score) => {
    if (score === null) return null;
    for (const l of levels) if (score + EPS >= l.min) return l.label;
    return levels[levels.length - 1].label;
  };
}

export { round2 } from "../messages";

/** A test for "chức vụ starts with one of the award-giver's titles", folding each distinct chức vụ once. */
function awardGiverTest(titles: string[]): (chucVu: string) => boolean {
  const keys = titles.map(headerKey);
  const seen = new Map<string, boolean>();
  return (chucVu) => {
    let r = seen.get(chucVu);
    if (r === undefined) {
      const t = headerKey(chucVu); // punctuation as spaces: "Chủ tịch UBND/Bí thư", "Chủ tịch UBND." count too
      r = keys.some((k) => t === k || t.startsWith(k + " "));
      seen.set(chucVu, r);
    }
    return r;
  };
}

function tieValue(r: RowEvaluation, key: string): number {
  if (key === "sang_kien") return r.sangKien;
  if (key === "achieved") return r.achieved;
  return 0;
}

/** Competition ranks within each kind, by exact score then the tie-break list. */
export function rankRows(rows: ScoredRow[], catalog: Catalog): void {
  for (const kind of ["individual", "collective"] as const) {
    const list = rows.filter((r) => r.eval.kind === kind && r.score !== null);
    const cmp = (a: ScoredRow, b: ScoredRow): number => {
      const d = b.score! - a.score!;
      if (Math.abs(d) > EPS) return d;
      for (const k of catalog.tieBreak) {
        const t = tieValue(b.eval, k) - tieValue(a.eval, k);
        if (t !== 0) return t;
      }
      return 0;
    };
    list.sort((a, b) => cmp(a, b) || a.eval.order - b.eval.order);
    list.forEach((r, i) => {
      r.rank = i > 0 && cmp(list[i - 1], r) === 0 ? list[i - 1].rank : i + 1;
    });
  }
}

/** Score, level, rank and eligibility of every row. */
export function scoreRows(evals: RowEvaluation[], catalog: Catalog, opts: RankOptions): ScoredRow[] {
  const level = levelsOf(catalog);
  const isAwardGiver = awardGiverTest(catalog.awardGiverTitles);
  const rows: ScoredRow[] = evals.map((e) => {
    const score = scoreRow(e, catalog, opts.method);
    return { eval: e, score, level: level(score), rank: null, eligible: false, ineligibleReasons: [] };
  });
  rankRows(rows, catalog);
  for (const r of rows) {
    const e = r.eval;
    const why: IneligibleReason[] = [];
    if (e.kind === "collective") why.push("collective");
    if (e.hasError) why.push("errors");
    if (!e.hasError && e.applicable === 0) why.push("no-score");
    if (e.gates.complaint) why.push("complaint");
    if (e.gates.discipline) why.push("discipline");
    if (e.gates.underReview) why.push("under-review");
    if (isAwardGiver(e.chucVu)) why.push("award-giver");
    if (r.score !== null && r.score + EPS < opts.minScore) why.push("below-min-score");
    r.ineligibleReasons = why.length ? why : NONE;
    r.eligible = why.length === 0 && r.score !== null;
  }
  return rows;
}

export interface Nomination {
  nominees: ScoredRow[];
  tieReview: ScoredRow[];
  quota: number;
  filled: number;
  reason: "tie-review" | "not-enough-eligible" | null;
}

/** Take eligible rows in rank order; a tie that does not fit goes women-first, else to the meeting. */
export function nominate(rows: ScoredRow[], quota: number): Nomination {
  const eligible = rows.filter((r) => r.eligible).sort((a, b) => a.rank! - b.rank! || a.eval.order - b.eval.order);
  const nominees: ScoredRow[] = [];
  const tieReview: ScoredRow[] = [];
  let k = quota;
  let i = 0;
  while (k > 0 && i < eligible.length) {
    const rank = eligible[i].rank;
    let j = i;
    while (j < eligible.length && eligible[j].rank === rank) j++;
    const group = eligible.slice(i, j);
    i = j;
    if (group.length <= k) {
      nominees.push(...group);
      k -= group.length;
      continue;
    }
    if (group.every((r) => r.eval.gender !== null)) {
      const women = group.filter((r) => r.eval.gender === "F");
      if (women.length <= k) {
        nominees.push(...women);
        k -= women.length;
        if (k > 0) tieReview.push(...group.filter((r) => r.eval.gender === "M"));
      } else tieReview.push(...women);
    } else tieReview.push(...group);
    break;
  }
  tieReview.sort((a, b) => a.eval.order - b.eval.order);
  const filled = nominees.length;
  return { nominees, tieReview, quota, filled, reason: filled >= quota ? null : tieReview.length > 0 ? "tie-review" : "not-enough-eligible" };
}
