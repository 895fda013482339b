// The criteria catalog kept in the workbook as a visible, editable sheet "Tiêu chí": writing it (catalogToSheet),
// reading it back with errors naming cells (catalogFromSheet, in catalogSheetRead.ts), and finding it in a book.
import { Catalog } from "../catalog";
import {
  ACHIEVED_WORD,
  CATALOG_SHEET,
  CATALOG_TITLE,
  CRITERIA_HEAD,
  FIELDS_HEAD,
  KIND_WORDS,
  METHOD_WORDS,
  SECTIONS,
  SETTINGS,
  SETTINGS_HEAD,
  SettingSpec,
  TYPE_WORDS,
} from "./catalogSheetSpec";
import { FormSheetPlan, ValidationRule, emptyCell, numCell, textCell } from "../write/formPlan";
import { COLORS, CellStyle, PlanCell } from "../write/plan";
import { MergedArea } from "../read/snapshot";
import { viDate } from "./templateParts";
import { fmtTarget } from "./validation";

export { CATALOG_SHEET, CATALOG_TITLE } from "./catalogSheetSpec";
export { catalogFromSheet, type CatalogSheetResult, type CatalogCellError } from "./catalogSheetRead";

const HEAD: CellStyle = { bold: true, align: "center", wrap: true, border: true, fill: COLORS.header };
const BODY: CellStyle = { border: true, wrap: true, numFmt: "@" };
const NUM: CellStyle = { border: true, align: "center" };
const WIDTH = CRITERIA_HEAD.length;

/** A setting's value as the clerk reads it in the sheet. */
export function settingText(catalog: Catalog, s: SettingSpec): string | number | string[] {
  const v = s.path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalog);
  switch (s.kind) {
    case "date":
      return viDate(v as string);
    case "method":
      return METHOD_WORDS[v as Catalog["method"]];
    case "levels":
      return (v as Catalog["levels"]).map((l) => `${l.label} ≥ ${l.min}`).join("; ");
    case "tieBreak":
      return (v as string[]).map((id) => (id === "achieved" ? ACHIEVED_WORD : (catalog.fields.find((f) => f.id === id)?.label ?? id))).join("; ");
    case "list":
      return (v as string[]).join("; ");
    case "text":
      return s.repeat ? (v as string[]) : (v as string);
    default:
      return v as number;
  }
}

const pct = (t: number) => Math.round(t * 1e6) / 1e4;

/** The catalog as the "Tiêu chí" sheet: settings (key | value | note), the criteria table, the fields table. */
export function catalogToSheet(catalog: Catalog): FormSheetPlan {
  const rows: PlanCell[][] = [];
  const merges: MergedArea[] = [];
  const heights: Record<number, number> = {};
  const line = (v: string, s: CellStyle, right = WIDTH) => {
    const n = rows.push([textCell(v, s)]);
    if (right > 1) merges.push({ top: n, left: 1, bottom: n, right });
    return n;
  };
  line(CATALOG_TITLE, { bold: true, size: 14 });
  heights[
    line(
      "Sửa chỉ tiêu, trọng số, nội dung; thêm hoặc bỏ tiêu chí cho kế hoạch mới rồi chấm lại. Mọi người dùng chung tệp này đều theo bộ tiêu chí ở đây. Mỗi trường của tiêu chí phải có trong phần III; tên trường chỉ gồm chữ thường không dấu, số và dấu _.",
      { italic: true, wrap: true },
    )
  ] = 36;
  rows.push([]);

  line(SECTIONS.settings, { bold: true }, 1);
  const sh = rows.push([
    textCell(SETTINGS_HEAD[0], HEAD),
    textCell(SETTINGS_HEAD[1], HEAD),
    emptyCell(HEAD),
    emptyCell(HEAD),
    emptyCell(HEAD),
    textCell(SETTINGS_HEAD[2], HEAD),
  ]);
  merges.push({ top: sh, left: 2, bottom: sh, right: 5 }, { top: sh, left: 6, bottom: sh, right: WIDTH });
  for (const s of SETTINGS) {
    const v = settingText(catalog, s);
    const values = Array.isArray(v) ? (v.length ? v : [""]) : [v];
    for (const x of values) {
      const value = typeof x === "number" ? numCell(x, { ...NUM, align: "left" }) : textCell(x, BODY);
      const n = rows.push([
        textCell(s.key, { ...BODY, bold: true }),
        value,
        emptyCell(BODY),
        emptyCell(BODY),
        emptyCell(BODY),
        textCell(s.note, { ...BODY, italic: true, size: 10 }),
      ]);
      merges.push({ top: n, left: 2, bottom: n, right: 5 }, { top: n, left: 6, bottom: n, right: WIDTH });
      if (typeof x === "string" && x.length > 90) heights[n] = 15 * Math.ceil(x.length / 90);
    }
  }
  rows.push([]);

  line(SECTIONS.criteria, { bold: true }, 1);
  const critHead = rows.push(CRITERIA_HEAD.map((h) => textCell(h, HEAD)));
  for (const c of catalog.criteria) {
    const ratio = c.type === "ratio";
    rows.push([
      textCell(c.code, { ...BODY, align: "center" }),
      textCell(c.name, BODY),
      textCell(c.planText, BODY),
      textCell(TYPE_WORDS[c.type], { ...BODY, align: "center" }),
      textCell(ratio ? (c.denominator ?? "") : "", BODY),
      textCell(ratio ? (c.numerator ?? "") : c.type === "yesno" ? (c.field ?? "") : "", BODY),
      textCell(c.type !== "yesno" ? (c.percent ?? "") : "", BODY),
      numCell(pct(c.target), NUM),
      numCell(c.weight, NUM),
      textCell(c.qualifier ?? "", BODY),
    ]);
  }
  const critLast = rows.length;
  rows.push([]);

  line(SECTIONS.fields, { bold: true }, 1);
  const fieldHead = rows.push(FIELDS_HEAD.map((h) => textCell(h, HEAD)));
  for (const f of catalog.fields) {
    rows.push([
      textCell(f.id, BODY),
      textCell(KIND_WORDS[f.kind], { ...BODY, align: "center" }),
      textCell(f.header, BODY),
      textCell(f.label, BODY),
      textCell(f.aliases.join("; "), BODY),
    ]);
  }
  const fieldLast = rows.length;
  const rule = (col: number, top: number, bottom: number, check: ValidationRule["check"], what: string, error: string): ValidationRule => ({
    field: "",
    col,
    top,
    bottom,
    check,
    promptTitle: what,
    prompt: error,
    errorTitle: "Giá trị chưa đúng",
    error,
  });
  const validations: ValidationRule[] =
    critLast > critHead
      ? [
          rule(
            4,
            critHead + 1,
            critLast,
            { kind: "list", items: Object.values(TYPE_WORDS) },
            "Loại tiêu chí",
            "Chọn “Tỷ lệ” (số đạt / tổng số), “Tỷ lệ %” (một ô tỷ lệ) hoặc “Đạt-Không đạt”.",
          ),
          rule(
            8,
            critHead + 1,
            critLast,
            { kind: "decimal", min: 0, max: 100 },
            "Chỉ tiêu (%)",
            `Chỉ tiêu là số từ 0 đến 100 (%), ví dụ 100 hoặc ${fmtTarget(0.96).replace("%", "")}.`,
          ),
          rule(9, critHead + 1, critLast, { kind: "decimal", min: 0.01, max: 1000 }, "Trọng số", "Trọng số là số lớn hơn 0 (mặc định 1)."),
        ]
      : [];
  if (fieldLast > fieldHead)
    validations.push(
      rule(
        2,
        fieldHead + 1,
        fieldLast + 20,
        { kind: "list", items: Object.values(KIND_WORDS) },
        "Loại trường",
        "Chọn “Số đếm”, “Tỷ lệ %”, “Đạt-Không đạt”, “Có-Không” hoặc “Chữ”.",
      ),
    );
  return {
    role: "catalog",
    name: CATALOG_SHEET,
    rows: rows.map((r) => (r.length ? r : [emptyCell()])),
    merges,
    colWidths: [30, 34, 60, 14, 18, 18, 16, 11, 10, 30],
    rowHeights: heights,
    font: { name: "Times New Roman", size: 12 },
    page: { orientation: "landscape", printTitleRows: `${critHead}:${critHead}` },
    validations,
    freeze: null,
    protection: null,
  };
}

/** The book's catalog sheet: the one whose first cell is the catalog title (any sheet name). */
export { findCatalogSheet } from "../read/sheets";
