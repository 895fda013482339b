// The officials' input checks as data: one data-validation rule per input column, derived from the catalog
// (counts, "số đạt ≤ tổng số", percents, Đạt/Không đạt, Có/Không, Nam/Nữ, Cá nhân/Tập thể), with Vietnamese
// input messages quoting the plan and error alerts saying what to type. Used for the template and existing sheets.
import { Catalog, Criterion, Field } from "../catalog";
import { LIMITS, ValidationCheck, ValidationRule, clampText, rowRuns } from "../write/formPlan";
import { Layout } from "../read/layout";
import { colLetter } from "../read/snapshot";
import { fold } from "../read/text";

export const LISTS = {
  yesno: ["Đạt", "Không đạt"],
  gate: ["Có", "Không"],
  gender: ["Nam", "Nữ"],
  kind: ["Cá nhân", "Tập thể"],
} as const;

/** What a gate column asks (spec §2, not plan-specific). */
const GATE_HELP: Record<string, string> = {
  bi_phan_anh: "Trong năm có bị người dân phản ánh quan liêu, hách dịch, nhũng nhiễu, gây phiền hà, tham ô, lãng phí không?",
  bi_ky_luat: "Trong năm có vi phạm kỷ luật, kỷ cương hành chính hoặc bị kỷ luật không?",
  dang_xem_xet: "Hiện có đang bị xem xét kỷ luật, thanh tra, giải quyết khiếu nại, tố cáo không?",
};

export type Role = "den" | "num" | "pct" | "yesno";

/** The criteria that read a field, with the role it plays in each. */
export function criteriaOf(catalog: Catalog, field: string): { criterion: Criterion; role: Role }[] {
  const out: { criterion: Criterion; role: Role }[] = [];
  for (const c of catalog.criteria) {
    if (c.denominator === field) out.push({ criterion: c, role: "den" });
    else if (c.numerator === field) out.push({ criterion: c, role: "num" });
    else if (c.percent === field) out.push({ criterion: c, role: "pct" });
    else if (c.field === field) out.push({ criterion: c, role: "yesno" });
  }
  return out;
}

const ROLE_WORD: Record<Role, string> = { den: "Tổng số", num: "Số đạt", pct: "Tỷ lệ (%)", yesno: "Đạt/Không đạt" };
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const joinCodes = (cs: Criterion[]) => cs.map((c) => c.code).join(", ");
export const fmtTarget = (t: number): string => `${String(Math.round(t * 1e6) / 1e4).replace(".", ",")}%`;

/** The plan's words for a criterion, with its qualifier when the plan text does not already say it. */
export function planWords(c: Criterion): string {
  const text = c.planText.trim().replace(/[.;]\s*$/, "");
  if (c.qualifier && !fold(text).includes(fold(c.qualifier))) return `${text} (${c.qualifier})`;
  return text;
}

/** "Label — how to type. TC05: “plan words”", the quote shortened so the whole fits Excel's 255 characters. */
function composePrompt(head: string, uses: { criterion: Criterion }[]): string {
  if (uses.length === 0) return clampText(head, LIMITS.text);
  const c = uses[0].criterion;
  const shared = uses.length > 1 ? ` Dùng chung cho ${joinCodes(uses.map((u) => u.criterion))}.` : "";
  const lead = `${head}.${shared} ${c.code} (chỉ tiêu ${c.type === "yesno" ? "Đạt" : fmtTarget(c.target)}): “`;
  const room = LIMITS.text - lead.length - 1;
  if (room < 20) return clampText(head + shared, LIMITS.text);
  return `${lead}${quoteWithin(c, room)}”`;
}

/** The plan's words in at most n characters; when cut, the middle goes and the qualifier stays. */
function quoteWithin(c: Criterion, n: number): string {
  const full = planWords(c);
  if (full.length <= n || !c.qualifier) return clampText(full, n);
  const q = c.qualifier;
  const exact = full.toLowerCase().lastIndexOf(q.toLowerCase());
  const at = exact >= 0 ? exact : fold(full).lastIndexOf(fold(q));
  if (at < 0) return clampText(full, n);
  const main = full.slice(0, at).replace(/[\s(,;–-]+$/, "");
  const tail = ` (${q})`;
  return n - tail.length < 20 ? clampText(full, n) : `${clampText(main, n - tail.length)}${tail}`;
}

export interface RuleText {
  check: ValidationCheck;
  title: string;
  how: string;
  error: string;
}

export interface RuleOptions {
  /** Upper bound of a percent cell: 1 on the template (cells formatted as %), 100 on a clerk's sheet. */
  percentMax: 1 | 100;
}

/** The check and wording for one field at row `top` (the anchor of a custom formula); null = no check. */
export function ruleFor(catalog: Catalog, field: Field, columns: Record<string, number>, top: number, opts: RuleOptions): RuleText | null {
  const uses = criteriaOf(catalog, field.id);
  const codes = joinCodes(uses.map((u) => u.criterion));
  const title = (word: string) => clampText(codes ? `${codes} – ${word}` : field.label, LIMITS.title);
  const pick = (items: readonly string[]) => items.map((i) => `“${i}”`).join(" hoặc ");
  if (field.kind === "count") {
    const asNum = uses.find((u) => u.role === "num");
    const denId = asNum?.criterion.denominator;
    const denCol = denId ? columns[denId] : undefined;
    const numCol = columns[field.id];
    if (asNum && denCol !== undefined && numCol !== undefined) {
      const n = `${colLetter(numCol)}${top}`;
      const d = `${colLetter(denCol)}${top}`;
      const denLabel = catalog.fields.find((f) => f.id === denId)?.label ?? denId!;
      return {
        check: { kind: "custom", formula: `OR(ISBLANK(${n}),AND(ISNUMBER(${n}),${n}>=0,${n}=INT(${n}),OR(ISBLANK(${d}),${n}<=${d})))` },
        title: title(ROLE_WORD.num),
        how: `nhập số nguyên ≥ 0, không lớn hơn ${lower(denLabel)} (cột ${colLetter(denCol)}); để trống nếu không áp dụng`,
        error: `${field.label} phải là số nguyên từ 0 trở lên và không lớn hơn ${lower(denLabel)} (cột ${colLetter(denCol)}). Kiểm tra lại hai số.`,
      };
    }
    const blankMeans = uses.length ? "để trống nếu không áp dụng" : "để trống nếu không có (tính là 0)";
    return {
      check: { kind: "whole", min: 0 },
      title: title(uses.length ? ROLE_WORD[uses[0].role] : field.label),
      how: `nhập số nguyên ≥ 0 (ví dụ 12); ${blankMeans}`,
      error: `${field.label}: chỉ nhập số nguyên từ 0 trở lên, ví dụ 12 (không nhập chữ, dấu âm hay số lẻ). ${blankMeans.charAt(0).toUpperCase()}${blankMeans.slice(1)}.`,
    };
  }
  if (field.kind === "percent") {
    const alt = uses.some((u) => u.criterion.type === "ratio");
    const range = opts.percentMax === 1 ? "từ 0% đến 100% (ví dụ 96%)" : "từ 0 đến 100 (%), ví dụ 96 hoặc 96%";
    return {
      check: { kind: "decimal", min: 0, max: opts.percentMax },
      title: title(ROLE_WORD.pct),
      how: `nhập tỷ lệ ${range}${alt ? "; chỉ nhập khi không có số phiếu" : ""}`,
      error: `${field.label}: nhập tỷ lệ ${range}.`,
    };
  }
  if (field.kind === "yesno") {
    return {
      check: { kind: "list", items: [...LISTS.yesno] },
      title: title(ROLE_WORD.yesno),
      how: `chọn ${pick(LISTS.yesno)}; để trống nếu không áp dụng`,
      error: `${field.label}: chọn ${pick(LISTS.yesno)} trong danh sách (hoặc để trống nếu không áp dụng).`,
    };
  }
  if (field.kind === "gate") {
    const help = GATE_HELP[field.id];
    return {
      check: { kind: "list", items: [...LISTS.gate] },
      title: title(field.label),
      how: `${help ? `${help} ` : ""}Chọn ${pick(LISTS.gate)} (để trống = Không)`,
      error: `${field.label}: chọn ${pick(LISTS.gate)} trong danh sách (để trống nghĩa là Không).`,
    };
  }
  const list = field.id === "gioi_tinh" ? LISTS.gender : field.id === "loai" ? LISTS.kind : null;
  if (!list) return null;
  const how = field.id === "gioi_tinh" ? "dùng khi xét các trường hợp bằng điểm" : "để trống = Cá nhân";
  return {
    check: { kind: "list", items: [...list] },
    title: title(field.label),
    how: `chọn ${pick(list)} (${how})`,
    error: `${field.label}: chọn ${pick(list)} trong danh sách.`,
  };
}

/** One rule per input column and per run of rows. `columns`: field id → 1-based column. */
export function validationRules(catalog: Catalog, columns: Record<string, number>, rows: number[], opts: RuleOptions): ValidationRule[] {
  const out: ValidationRule[] = [];
  const runs = rowRuns(rows);
  for (const field of catalog.fields) {
    const col = columns[field.id];
    if (col === undefined) continue;
    for (const [top, bottom] of runs) {
      const r = ruleFor(catalog, field, columns, top, opts);
      if (!r) continue;
      const uses = criteriaOf(catalog, field.id);
      out.push({
        field: field.id,
        col,
        top,
        bottom,
        check: r.check,
        promptTitle: r.title,
        prompt: composePrompt(`${field.label} — ${r.how}`, uses),
        errorTitle: "Số liệu chưa đúng",
        error: clampText(r.error, LIMITS.error),
      });
    }
  }
  return out;
}

/** The same checks for a clerk's existing sheet, from its recognised layout; only `rows` get them. */
export function validationsForLayout(layout: Layout, catalog: Catalog, rows: number[] = layout.dataRows): ValidationRule[] {
  return validationRules(catalog, layout.columns, rows, { percentMax: 100 });
}

/** The rule's list as Excel wants it in a list validation ("Đạt,Không đạt"). */
export const listSource = (items: string[]): string => items.join(",");
