// Compares a §9 result with an expected one the way the acceptance check does (messages aside).
import type { ScoreResult } from "../../src/core/engine";

type Expected = {
  rows: {
    row: number;
    name: string;
    kind: string;
    applicable: number;
    achieved: number;
    score: number | null;
    level: string | null;
    rank: number | null;
    eligible: boolean;
    ineligibleReasons: string[];
    criteria: Record<string, { status: string; rate?: number }>;
    issues: { cell: string; code: string; severity: string }[];
  }[];
  nominees: { row: number }[];
  tieReview: { row: number }[];
  nomination: { filled: number; reason: string | null };
  summary: Record<string, Record<string, unknown>>;
};

/** Every difference, as readable lines (empty when equal). */
export function diffResult(act: ScoreResult, exp: Expected): string[] {
  const d: string[] = [];
  const byRow = new Map(act.rows.map((r) => [r.row, r]));
  for (const e of exp.rows) {
    const a = byRow.get(e.row);
    byRow.delete(e.row);
    if (!a) {
      d.push(`row ${e.row} missing`);
      continue;
    }
    for (const k of ["name", "kind", "applicable", "achieved", "level", "rank", "eligible"] as const) {
      if ((a[k] ?? null) !== (e[k] ?? null)) d.push(`row ${e.row} ${k}: ${a[k]} ≠ ${e[k]}`);
    }
    if ((a.score === null) !== (e.score === null) || (a.score !== null && Math.abs(a.score - e.score!) > 0.011))
      d.push(`row ${e.row} score ${a.score} ≠ ${e.score}`);
    if ([...a.ineligibleReasons].sort().join() !== [...e.ineligibleReasons].sort().join())
      d.push(`row ${e.row} reasons ${a.ineligibleReasons} ≠ ${e.ineligibleReasons}`);
    for (const [code, st] of Object.entries(e.criteria)) {
      const s = a.criteria[code];
      if (!s || s.status !== st.status) d.push(`row ${e.row} ${code}: ${s?.status} ≠ ${st.status}`);
      else if (st.rate !== undefined && (s.rate === undefined || Math.abs(s.rate - st.rate) > 1e-9))
        d.push(`row ${e.row} ${code} rate ${s.rate} ≠ ${st.rate}`);
    }
    const key = (i: { cell: string; code: string; severity: string }) => `${i.cell}|${i.code}|${i.severity}`;
    const ia = new Set(a.issues.map(key));
    const ie = new Set(e.issues.map(key));
    for (const k of ie) if (!ia.has(k)) d.push(`row ${e.row} missing issue ${k}`);
    for (const k of ia) if (!ie.has(k)) d.push(`row ${e.row} extra issue ${k}`);
    for (const i of a.issues) if (!i.message) d.push(`row ${e.row} issue ${key(i)} has no message`);
  }
  for (const r of byRow.keys()) d.push(`row ${r} should not be a data row`);
  const rows = (l: { row: number }[]) => l.map((x) => x.row).join(",");
  if (rows(act.nominees) !== rows(exp.nominees)) d.push(`nominees [${rows(act.nominees)}] ≠ [${rows(exp.nominees)}]`);
  if (rows(act.tieReview) !== rows(exp.tieReview)) d.push(`tieReview [${rows(act.tieReview)}] ≠ [${rows(exp.tieReview)}]`);
  if (act.nomination.filled !== exp.nomination.filled || act.nomination.reason !== exp.nomination.reason)
    d.push(`nomination ${JSON.stringify(act.nomination)}`);
  for (const [code, e] of Object.entries(exp.summary)) {
    const a = (act.summary as unknown as Record<string, Record<string, unknown>>)[code];
    for (const k of ["numerator", "denominator", "achieved", "rowsApplicable", "rowsAchieved", "target"])
      if (!a || a[k] !== e[k]) d.push(`summary ${code}.${k}: ${a?.[k]} ≠ ${e[k]}`);
  }
  for (const code of Object.keys(act.summary)) if (!(code in exp.summary)) d.push(`summary ${code} should be absent`);
  return d;
}
