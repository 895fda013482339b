// Reading one cell as the spec's §3 says: counts, percents, yes/no, gates, N/A, Excel errors, object kind.
import { CellValue, isCellError } from "./snapshot";
import { foldWord as fold } from "./text";

export type ErrorCode = "E_CELL_ERROR" | "E_NOT_NUMBER" | "E_NEGATIVE" | "E_NOT_INTEGER" | "E_PERCENT_RANGE" | "E_BAD_YESNO" | "E_BAD_KIND";

export type Parsed<T> = { kind: "na" } | { kind: "value"; value: T } | { kind: "error"; code: ErrorCode; hint?: "thousands" };

const NA = { kind: "na" } as const;
const value = <T>(v: T): Parsed<T> => ({ kind: "value", value: v });
// the answers read most often, allocated once
const TRUE: Parsed<boolean> = Object.freeze(value(true));
const FALSE: Parsed<boolean> = Object.freeze(value(false));
const INDIVIDUAL: Parsed<Kind> = Object.freeze(value<Kind>("individual"));
const COLLECTIVE: Parsed<Kind> = Object.freeze(value<Kind>("collective"));
const error = <T>(code: ErrorCode, hint?: "thousands"): Parsed<T> => (hint ? { kind: "error", code, hint } : { kind: "error", code });

const NA_WORDS = new Set(["", "-", "–", "—", "/", "kad", "khong ap dung", "n/a"]);

/** Blank, or one of the not-applicable words. */
export function isNotApplicable(v: CellValue): boolean {
  if (v === null) return true;
  if (typeof v === "string") return NA_WORDS.has(fold(v));
  return false;
}

/** Blank in the literal sense (nothing but spaces). */
export const isBlank = (v: CellValue): boolean => v === null || (typeof v === "string" && v.trim() === "");

const SPACES = /[\u00a0\u202f]/g;

/** Reads number text: "1.234", "1 234" = 1234; "12,5" = 12.5; "12,000" is ambiguous (null + hint). */
function parseNumberText(raw: string): { n: number } | { ambiguous: true } | null {
  const s = raw.replace(SPACES, " ").trim();
  if (/^[+-]?\d+,\d{3}$/.test(s)) return { ambiguous: true };
  if (/^[+-]?\d+(,\d+)?$/.test(s)) return { n: Number(s.replace(",", ".")) };
  const grouped = /^([+-]?)([1-9]\d{0,2}(?:([. ])\d{3})(?:\3\d{3})*)(,\d+)?$/.exec(s);
  if (grouped) {
    const digits = grouped[2].split(grouped[3]).join("");
    return { n: Number(`${grouped[1]}${digits}${grouped[4] ? "." + grouped[4].slice(1) : ""}`) };
  }
  return null;
}

/** A count: whole number ≥ 0. Errors in precedence E_CELL_ERROR > E_NOT_NUMBER > E_NEGATIVE > E_NOT_INTEGER. */
export function parseCount(v: CellValue): Parsed<number> {
  if (isCellError(v)) return error("E_CELL_ERROR");
  if (isNotApplicable(v)) return NA;
  let n: number;
  if (typeof v === "number") n = v;
  else if (typeof v === "string") {
    const r = parseNumberText(v);
    if (!r) return error("E_NOT_NUMBER");
    if ("ambiguous" in r) return error("E_NOT_NUMBER", "thousands");
    n = r.n;
  } else return error("E_NOT_NUMBER");
  if (!Number.isFinite(n)) return error("E_NOT_NUMBER");
  if (n < 0) return error("E_NEGATIVE");
  if (!Number.isInteger(n)) return error("E_NOT_INTEGER");
  return value(n);
}

/** A rate as a fraction: "96,5%" = 0.965; 0.965 = 0.965; 96.5 = 0.965; outside 0–100 % → E_PERCENT_RANGE. */
export function parsePercent(v: CellValue): Parsed<number> {
  if (isCellError(v)) return error("E_CELL_ERROR");
  if (isNotApplicable(v)) return NA;
  let points: number;
  if (typeof v === "number") {
    if (v >= 0 && v <= 1) return value(v); // a fraction, kept at full precision
    points = v;
  } else if (typeof v === "string") {
    const s = v.replace(SPACES, " ").trim();
    const pct = /^([+-]?\d+(?:[.,]\d+)?)\s*%$/.exec(s);
    if (pct) points = Number(pct[1].replace(",", "."));
    else if (/^[+-]?\d+(?:[.,]\d+)?$/.test(s)) {
      const n = Number(s.replace(",", "."));
      if (n >= 0 && n <= 1) return value(n);
      points = n;
    } else return error("E_NOT_NUMBER");
  } else return error("E_NOT_NUMBER");
  if (!Number.isFinite(points)) return error("E_NOT_NUMBER");
  if (points < 0 || points > 100) return error("E_PERCENT_RANGE");
  return value(points / 100);
}

const YES = new Set(["dat", "co", "x", "✓", "✔", "yes", "y", "1", "true", "hoan thanh", "hoan thanh tot", "hoan thanh xuat sac"]);
const NO = new Set(["khong dat", "chua dat", "khong", "chua", "no", "n", "0", "false", "khong hoan thanh", "chua hoan thanh"]);

/** Đạt / Không đạt criterion cell. */
export function parseYesNo(v: CellValue): Parsed<boolean> {
  if (isCellError(v)) return error("E_CELL_ERROR");
  if (isNotApplicable(v)) return NA;
  if (typeof v === "boolean") return v ? TRUE : FALSE;
  const w = typeof v === "number" ? String(v) : fold(v as string);
  if (YES.has(w)) return TRUE;
  if (NO.has(w)) return FALSE;
  return error("E_BAD_YESNO");
}

const GATE_YES = new Set(["co", "x", "✓", "✔", "yes", "y", "true"]);
const GATE_NO = new Set(["khong", "no", "n", "0", "false"]);

/** Bị phản ánh / kỷ luật / đang xem xét: yes, no (blank and N/A are no), or E_BAD_YESNO. */
export function parseGate(v: CellValue): Parsed<boolean> {
  if (isCellError(v)) return error("E_CELL_ERROR");
  if (isNotApplicable(v)) return FALSE;
  if (typeof v === "boolean") return value(v);
  if (typeof v === "number") {
    if (v === 0) return FALSE;
    return Number.isInteger(v) && v > 0 ? TRUE : error("E_BAD_YESNO");
  }
  const w = fold(v as string);
  if (GATE_YES.has(w)) return TRUE;
  if (GATE_NO.has(w)) return FALSE;
  if (/^\d+$/.test(w)) return value(Number(w) > 0);
  return error("E_BAD_YESNO");
}

export type Kind = "individual" | "collective";

/** Loại đối tượng: Cá nhân/CN, Tập thể/TT; blank = individual; other text → E_BAD_KIND. */
export function parseKind(v: CellValue): Parsed<Kind> {
  if (isCellError(v)) return error("E_CELL_ERROR");
  if (v === null || (typeof v === "string" && v.trim() === "")) return INDIVIDUAL;
  const w = typeof v === "string" ? fold(v) : "";
  if (w === "ca nhan" || w === "cn") return INDIVIDUAL;
  if (w === "tap the" || w === "tt") return COLLECTIVE;
  return error("E_BAD_KIND");
}

export type Gender = "F" | "M" | null;

/** Giới tính: Nữ / Nam; anything else is unknown. */
export function parseGender(v: CellValue): Gender {
  if (typeof v !== "string") return null;
  const w = fold(v);
  if (w === "nu") return "F";
  if (w === "nam") return "M";
  return null;
}

/** A cell as trimmed text ("" for blank); numbers as written. */
export function cellText(v: CellValue): string {
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v).trim();
}
