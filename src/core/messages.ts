// Every text the clerk reads about a problem or a status, Vietnamese first and English second, keyed by code.

export type Lang = "vi" | "en";

export type IssueCode =
  | "E_CELL_ERROR"
  | "E_NOT_NUMBER"
  | "E_NEGATIVE"
  | "E_NOT_INTEGER"
  | "E_PERCENT_RANGE"
  | "E_BAD_YESNO"
  | "E_BAD_KIND"
  | "E_NUM_GT_DEN"
  | "E_DEN_MISSING"
  | "E_NUM_MISSING"
  | "E_NO_NAME"
  | "W_DUPLICATE_NAME";

export interface IssueContext {
  cell: string;
  raw?: string;
  label?: string;
  numLabel?: string;
  denLabel?: string;
  num?: number;
  den?: number;
  criterion?: string;
  hint?: "thousands";
  /** The other rows of a duplicate group ("12", or "7 (trang “Tư pháp”)" on another sheet). */
  rows?: string[];
}

const q = (s?: string) => `"${s ?? ""}"`;

const VI: Record<IssueCode, (c: IssueContext) => string> = {
  E_CELL_ERROR: (c) => `${c.cell}: ô ${c.label} đang báo lỗi Excel ${c.raw} — sửa công thức hoặc nhập số`,
  E_NOT_NUMBER: (c) =>
    c.hint === "thousands"
      ? `${c.cell}: ${q(c.raw)} không rõ là số nào (${c.label}) — dùng dấu chấm để phân cách hàng nghìn, dấu phẩy cho phần thập phân`
      : `${c.cell}: ${q(c.raw)} không phải là số (${c.label}) — chỉ nhập chữ số`,
  E_NEGATIVE: (c) => `${c.cell}: ${c.label} không được âm (${c.raw})`,
  E_NOT_INTEGER: (c) => `${c.cell}: ${c.label} phải là số nguyên (${c.raw})`,
  E_PERCENT_RANGE: (c) => `${c.cell}: ${c.label} ${q(c.raw)} nằm ngoài khoảng 0–100%`,
  E_BAD_YESNO: (c) => `${c.cell}: ${q(c.raw)} không đọc được (${c.label}) — nhập "Đạt"/"Không đạt" hoặc "Có"/"Không"`,
  E_BAD_KIND: (c) => `${c.cell}: loại đối tượng ${q(c.raw)} không rõ — nhập "Cá nhân" hoặc "Tập thể" (tạm tính là cá nhân)`,
  E_NUM_GT_DEN: (c) => `${c.cell}: ${c.numLabel} (${c.num}) lớn hơn ${lower(c.denLabel)} (${c.den})`,
  E_DEN_MISSING: (c) => `${c.cell}: có ${lower(c.numLabel)} (${c.num}) nhưng thiếu ${lower(c.denLabel)}`,
  E_NUM_MISSING: (c) => `${c.cell}: có ${lower(c.denLabel)} (${c.den}) nhưng thiếu ${lower(c.numLabel)}`,
  E_NO_NAME: (c) => `${c.cell}: dòng có số liệu nhưng chưa có họ và tên`,
  W_DUPLICATE_NAME: (c) => `${c.cell}: trùng họ tên, chức vụ và lĩnh vực với dòng ${(c.rows ?? []).join(", ")} — kiểm tra có nhập hai lần không`,
};

const EN: Record<IssueCode, (c: IssueContext) => string> = {
  E_CELL_ERROR: (c) => `${c.cell}: ${c.label} shows the Excel error ${c.raw}`,
  E_NOT_NUMBER: (c) =>
    c.hint === "thousands"
      ? `${c.cell}: ${q(c.raw)} is ambiguous (${c.label}) — use a dot for thousands, a comma for decimals`
      : `${c.cell}: ${q(c.raw)} is not a number (${c.label})`,
  E_NEGATIVE: (c) => `${c.cell}: ${c.label} cannot be negative (${c.raw})`,
  E_NOT_INTEGER: (c) => `${c.cell}: ${c.label} must be a whole number (${c.raw})`,
  E_PERCENT_RANGE: (c) => `${c.cell}: ${c.label} ${q(c.raw)} is outside 0–100%`,
  E_BAD_YESNO: (c) => `${c.cell}: ${q(c.raw)} is not a yes/no answer (${c.label})`,
  E_BAD_KIND: (c) => `${c.cell}: unknown kind ${q(c.raw)} — use "Cá nhân" or "Tập thể"`,
  E_NUM_GT_DEN: (c) => `${c.cell}: ${c.numLabel} (${c.num}) is greater than ${c.denLabel} (${c.den})`,
  E_DEN_MISSING: (c) => `${c.cell}: ${c.numLabel} (${c.num}) given but ${c.denLabel} is missing`,
  E_NUM_MISSING: (c) => `${c.cell}: ${c.denLabel} (${c.den}) given but ${c.numLabel} is missing`,
  E_NO_NAME: (c) => `${c.cell}: the row has figures but no name`,
  W_DUPLICATE_NAME: (c) => `${c.cell}: same name, title and sector as row ${(c.rows ?? []).join(", ")}`,
};

function lower(s?: string): string {
  if (!s) return "";
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** How much of a cell's text a message quotes (§10: no written cell may pass Excel's 32,767 characters). */
export const QUOTE_MAX = 60;

/** A cell's text as a message quotes it: at most QUOTE_MAX characters, then "…". */
export function quote(s: string): string {
  const chars = [...s];
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join("")}…` : s;
}

export function issueMessage(code: IssueCode, ctx: IssueContext, lang: Lang = "vi"): string {
  return (lang === "en" ? EN : VI)[code](ctx.raw === undefined ? ctx : { ...ctx, raw: quote(ctx.raw) });
}

/** Words for the output columns and sheets. */
export const WORDS = {
  vi: {
    needsFix: "Cần sửa số liệu",
    noApplicable: "Không có tiêu chí áp dụng",
    nominated: "Đề nghị",
    tieReview: "Cần bình xét",
    shortfallLegend: "Chưa đạt chỉ tiêu",
    errorLegend: "Lỗi số liệu cần sửa",
    reasons: {
      collective: "tập thể (không thuộc danh sách cá nhân)",
      errors: "còn lỗi số liệu",
      "no-score": "không có tiêu chí áp dụng",
      complaint: "bị phản ánh",
      discipline: "vi phạm kỷ luật",
      "under-review": "đang bị xem xét kỷ luật, thanh tra, khiếu nại, tố cáo",
      "award-giver": "người tặng khen thưởng",
      "below-min-score": "điểm dưới mức tối thiểu",
    } as Record<string, string>,
  },
  en: {
    needsFix: "Fix the data",
    noApplicable: "No applicable criteria",
    nominated: "Proposed",
    tieReview: "Meeting to decide",
    shortfallLegend: "Below target",
    errorLegend: "Data error",
    reasons: {
      collective: "collective",
      errors: "data errors",
      "no-score": "no applicable criteria",
      complaint: "citizen complaint",
      discipline: "disciplinary violation",
      "under-review": "under review",
      "award-giver": "gives the award",
      "below-min-score": "below the minimum score",
    } as Record<string, string>,
  },
};

/** The one-line summary of a run: "Đã chấm 24 người · 3 lỗi số liệu · 2 người được đề nghị". */
export function runSummary(n: { rows: number; errors: number; nominees: number; tieReview: number }, lang: Lang = "vi"): string {
  if (lang === "en") {
    const parts = [`Scored ${n.rows} rows`, `${n.errors} data errors`, `${n.nominees} proposed`];
    if (n.tieReview) parts.push(`${n.tieReview} for the meeting to decide`);
    return parts.join(" · ");
  }
  const parts = [`Đã chấm ${n.rows} người`, `${n.errors} lỗi số liệu`, `${n.nominees} người được đề nghị`];
  if (n.tieReview) parts.push(`${n.tieReview} người cần bình xét`);
  return parts.join(" · ");
}

/** How many problems of severity "error" the rows carry: the "lỗi số liệu" of the run summary. */
export function countErrors(rows: readonly { issues: readonly { severity: string }[] }[]): number {
  let n = 0;
  for (const r of rows) for (const i of r.issues) if (i.severity === "error") n++;
  return n;
}

/** A rate as the clerk reads it, one decimal at most: "92,5%" in Vietnamese, "92.5%" in English. */
export function formatPercent(rate: number, lang: Lang = "vi"): string {
  const pct = String(Math.round(rate * 1000) / 10);
  return `${lang === "vi" ? pct.replace(".", ",") : pct}%`;
}

/** A score with two decimals at most ("92,31"; "100"), "—" for a row without one. */
export function formatScore(score: number | null, lang: Lang = "vi"): string {
  if (score === null) return "—";
  const s = String(Math.round(score * 100) / 100);
  return lang === "vi" ? s.replace(".", ",") : s;
}
