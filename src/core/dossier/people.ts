// A person and the movement's figures in the documents' words: position with the unit (never "UBND, UBND"), the
// per-criterion result lines from the catalog's phrasing, the summary sentence of the list, the counts by level.
import { Catalog, Criterion } from "../catalog";
import { UnitName } from "../read/unit";
import { fold } from "../read/text";
import { CriterionResult } from "../score/evaluate";
import { ScoredRow } from "../score/rank";
import { localize } from "./legal";
import { capitalize, rateText, scoreText } from "./words";

/** "Phó Chủ tịch UBND" → "Phó Chủ tịch UBND xã Hòa Phong"; "Công chức Tư pháp - hộ tịch" → "… xã Hòa Phong". */
export function roleWithUnit(chucVu: string, unit: UnitName): string {
  const role = chucVu.trim().replace(/[\s,;.]+$/, "");
  const place = `${unit.kind} ${unit.name}`;
  if (!role) return place;
  const k = fold(role);
  if (k.includes(fold(place))) return role;
  if (k.endsWith(` ${fold(unit.kind)}`)) return `${role} ${unit.name}`;
  return `${role} ${place}`;
}

/** "Ông" / "Bà" when the sheet gives the gender, else nothing. */
export const honorific = (r: ScoredRow): string => (r.eval.gender === "F" ? "Bà" : r.eval.gender === "M" ? "Ông" : "");

/** "Bà Trần Minh Mai" or the name alone. */
export const titledName = (r: ScoredRow): string => [honorific(r), r.eval.name].filter(Boolean).join(" ");

export const genderText = (r: ScoredRow): string => (r.eval.gender === "F" ? "Nữ" : r.eval.gender === "M" ? "Nam" : "");

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{([^{}]+)\}/g, (m, key: string) => values[fold(key).replace(/\s+/g, " ")] ?? m);

/** One criterion's result for a person, in the catalog's words with the person's figures; null when not applicable. */
export function criterionLine(c: Criterion, res: CriterionResult, catalog: Catalog, unit: UnitName): string | null {
  if (res.status !== "achieved" && res.status !== "shortfall") return null;
  const values: Record<string, string> = {
    "so dat": res.numerator !== undefined ? String(res.numerator) : "",
    "tong so": res.denominator !== undefined ? String(res.denominator) : "",
    "ty le": res.rate !== undefined ? rateText(res.rate) : "",
    "ket qua": res.status === "achieved" ? "Đạt" : "Chưa đạt",
    "chi tieu": rateText(c.target),
  };
  let template: string;
  if (res.source === "counts" && res.numerator !== undefined) template = c.result ?? `${c.name}: {số đạt}/{tổng số} ({tỷ lệ})`;
  else if (res.rate !== undefined) template = c.resultRate ?? `${c.name}: {tỷ lệ}`;
  else template = c.result && !/\{(so dat|tong so|ty le)\}/.test(fold(c.result)) ? c.result : `${c.name}: {kết quả}`;
  let line = capitalize(localize(fill(template, values), catalog, unit));
  if (res.status === "shortfall" && res.rate !== undefined) line += ` — chưa đạt chỉ tiêu ${rateText(c.target)}`;
  return line;
}

/** The person's result lines, one per criterion applicable to them, in catalog order. */
export function resultLines(r: ScoredRow, catalog: Catalog, unit: UnitName): string[] {
  return catalog.criteria.map((c, i) => criterionLine(c, r.eval.results[i], catalog, unit)).filter((l): l is string => l !== null);
}

/** Individuals with a score (the field the ranks are among). */
export const scoredIndividuals = (rows: ScoredRow[]): ScoredRow[] => rows.filter((r) => r.eval.kind === "individual" && r.score !== null);

/** "đạt 11/11 tiêu chí, 100 điểm, mức Xuất sắc, xếp hạng 1/21" (`brief`: without score and level, shown beside it). */
/** How many individuals have a score, counted once per population (a list of thousands asks for every person). */
const scoredCounts = new WeakMap<ScoredRow[], number>();
function scoredCount(rows: ScoredRow[]): number {
  let n = scoredCounts.get(rows);
  if (n === undefined) scoredCounts.set(rows, (n = scoredIndividuals(rows).length));
  return n;
}

export function scoreWords(r: ScoredRow, rows: ScoredRow[], brief = false): string {
  const of = scoredCount(rows);
  const parts = [`đạt ${r.eval.achieved}/${r.eval.applicable} tiêu chí`];
  if (r.score !== null && !brief) parts.push(`${scoreText(r.score)} điểm`);
  if (r.level && !brief) parts.push(`mức ${r.level}`);
  if (r.rank !== null) parts.push(`xếp hạng ${r.rank}/${of}`);
  return parts.join(", ");
}

/** The criteria that weigh most in a summary: the count criteria with the largest denominators, in catalog order. */
function keyLines(r: ScoredRow, catalog: Catalog, unit: UnitName, n: number): string[] {
  const picks = catalog.criteria
    .map((c, i) => ({ c, res: r.eval.results[i], i }))
    .filter(({ res }) => res.source === "counts" && res.denominator !== undefined && (res.status === "achieved" || res.status === "shortfall"))
    .sort((a, b) => b.res.denominator! - a.res.denominator! || a.i - b.i)
    .slice(0, n)
    .sort((a, b) => a.i - b.i);
  return picks.map(({ c, res }) => criterionLine(c, res, catalog, unit)!.replace(/^./, (ch) => ch.toLocaleLowerCase("vi")));
}

/**
 * "Tóm tắt thành tích" of the list: a sentence from the catalog's words and the person's figures — the criteria
 * achieved and the rank, the `criteria` count criteria with most cases, the initiatives. Without criteria, the level.
 */
export function summarySentence(r: ScoredRow, rows: ScoredRow[], catalog: Catalog, unit: UnitName, criteria = 2): string {
  const head = capitalize(scoreWords(r, rows, true));
  const parts = [criteria === 0 && r.level ? head.replace(" tiêu chí,", ` tiêu chí, mức ${r.level},`) : head];
  const key = keyLines(r, catalog, unit, criteria);
  if (key.length) parts.push(key.join("; "));
  if (r.eval.sangKien > 0) parts.push(`${r.eval.sangKien} sáng kiến, giải pháp`);
  return `${parts.join("; ")}.`;
}

export interface Figures {
  /** Individuals on the sheet. */
  individuals: number;
  scored: number;
  /** Per level of the catalog (highest first): how many scored individuals reached it. */
  levels: { label: string; count: number }[];
  /** Individuals without a score: data errors, nothing applicable. */
  withErrors: number;
  noApplicable: number;
  eligible: number;
  collectives: number;
}

export function figures(rows: ScoredRow[], catalog: Catalog): Figures {
  const ind = rows.filter((r) => r.eval.kind === "individual");
  const scored = ind.filter((r) => r.score !== null);
  const levels = [...catalog.levels]
    .sort((a, b) => b.min - a.min)
    .map((l) => ({ label: l.label, count: scored.filter((r) => r.level === l.label).length }));
  return {
    individuals: ind.length,
    scored: scored.length,
    levels,
    withErrors: ind.filter((r) => r.score === null && r.eval.hasError).length,
    noApplicable: ind.filter((r) => r.score === null && !r.eval.hasError).length,
    eligible: ind.filter((r) => r.eligible).length,
    collectives: rows.length - ind.length,
  };
}

/** The movement's result in one paragraph: how many were scored and how many reached each level. */
export function resultParagraph(f: Figures, minScore: number): string {
  const levels = f.levels.map((l) => `${l.count} cá nhân đạt mức “${l.label}”`).join(", ");
  let s = `Qua theo dõi, chấm điểm theo bộ tiêu chí thi đua, có ${f.scored} cá nhân được chấm điểm, trong đó ${levels}`;
  const unscored: string[] = [];
  if (f.withErrors) unscored.push(`${f.withErrors} cá nhân chưa có điểm do số liệu còn sai sót`);
  if (f.noApplicable) unscored.push(`${f.noApplicable} cá nhân không có tiêu chí áp dụng`);
  if (unscored.length) s += `; ${unscored.join(", ")}`;
  s += `. Có ${f.eligible} cá nhân đủ điều kiện xét khen thưởng (đạt từ ${scoreText(minScore)} điểm trở lên, không bị phản ánh, không vi phạm kỷ luật, không đang bị xem xét kỷ luật).`;
  if (f.collectives) s += ` Ngoài ra có ${f.collectives} tập thể được theo dõi, chấm điểm.`;
  return s;
}
