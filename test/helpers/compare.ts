// Compares a §9 result with an expected one the way the acceptance check does (messages aside).
import type { ScoreResult } from "../../src/core/engine";

type Expected = {
  sheet: string;
  sheets?: string[];
  unit?: { kind: string; name: string; source: string };
  notices?: { code: string; sheets?: string[] }[];
  rows: {
    sheet?: string;
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
  nominees: { sheet?: string; row: number }[];
  tieReview: { sheet?: string; row: number }[];
  nomination: { filled: number; reason: string | null };
  summary: Record<string, Record<string, unknown>>;
};

/** Every difference, as readable lines (empty when equal). */
export function diffResult(act: ScoreResult, exp: Expected): string[] {
  const d: string[] = [];
  const rowKey = (r: { sheet?: string; row: number }) => (r.sheet ? `${r.sheet}!${r.row}` : String(r.row));
  const byRow = new Map(act.rows.map((r) => [rowKey(r), r]));
  if (act.sheet !== exp.sheet) d.push(`sheet ${act.sheet} ≠ ${exp.sheet}`);
  if (JSON.stringify(act.sheets) !== JSON.stringify(exp.sheets)) d.push(`sheets ${JSON.stringify(act.sheets)} ≠ ${JSON.stringify(exp.sheets)}`);
  if (exp.unit && JSON.stringify(act.unit) !== JSON.stringify(exp.unit)) d.push(`unit ${JSON.stringify(act.unit)} ≠ ${JSON.stringify(exp.unit)}`);
  if (exp.notices) {
    const n = (l: { code: string; sheets?: string[] }[]) => JSON.stringify(l.map((x) => [x.code, x.sheets]));
    if (n(act.notices) !== n(exp.notices)) d.push(`notices ${n(act.notices)} ≠ ${n(exp.notices)}`);
  }
  for (const e of exp.rows) {
    const a = byRow.get(rowKey(e));
    byRow.delete(rowKey(e));
    if (!a) {
      d.push(`row ${rowKey(e)} missing`);
      continue;
    }
    for (const k of ["name", "kind", "applicable", "achieved", "level", "rank", "eligible"] as const) {
      if ((a[k] ?? null) !== (e[k] ?? null)) d.push(`row ${rowKey(e)} ${k}: ${a[k]} ≠ ${e[k]}`);
    }
    if ((a.score === null) !== (e.score === null) || (a.score !== null && Math.abs(a.score - e.score!) > 0.011))
      d.push(`row ${rowKey(e)} score ${a.score} ≠ ${e.score}`);
    if ([...a.ineligibleReasons].sort().join() !== [...e.ineligibleReasons].sort().join())
      d.push(`row ${rowKey(e)} reasons ${a.ineligibleReasons} ≠ ${e.ineligibleReasons}`);
    for (const [code, st] of Object.entries(e.criteria)) {
      const s = a.criteria[code];
      if (!s || s.status !== st.status) d.push(`row ${rowKey(e)} ${code}: ${s?.status} ≠ ${st.status}`);
      else if (st.rate !== undefined && (s.rate === undefined || Math.abs(s.rate - st.rate) > 1e-9))
        d.push(`row ${rowKey(e)} ${code} rate ${s.rate} ≠ ${st.rate}`);
    }
    const key = (i: { cell: string; code: string; severity: string }) => `${i.cell}|${i.code}|${i.severity}`;
    const ia = new Set(a.issues.map(key));
    const ie = new Set(e.issues.map(key));
    for (const k of ie) if (!ia.has(k)) d.push(`row ${rowKey(e)} missing issue ${k}`);
    for (const k of ia) if (!ie.has(k)) d.push(`row ${rowKey(e)} extra issue ${k}`);
    for (const i of a.issues) if (!i.message) d.push(`row ${rowKey(e)} issue ${key(i)} has no message`);
  }
  for (const r of byRow.keys()) d.push(`row ${r} should not be a data row`);
  const rows = (l: { sheet?: string; row: number }[]) => l.map(rowKey).join(",");
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
