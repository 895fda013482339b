// Pieces of the tracking template: which input columns, in which order, under which header texts (one group per
// criterion, canonical sub-headers), and the national heading and title rows above the table.
import { Catalog, Field } from "../catalog";
import { COLORS, CellStyle, PlanCell } from "../write/plan";
import { emptyCell, textCell } from "../write/formPlan";
import { OUTPUT_GROUP_TITLE } from "../read/layout";
import { MergedArea } from "../read/snapshot";
import { criteriaOf } from "./validation";

export interface TemplateColumn {
  field: Field;
  /** Group text over the column ("TC05. …"), or null when the header is merged down over both rows. */
  group: string | null;
  /** Sub-header (or the whole header when group is null). */
  sub: string;
  width: number;
  /** Text column: number format "@" so names and words are never read as numbers or formulas. */
  textual: boolean;
}

export const HEAD_STYLE: CellStyle = { bold: true, align: "center", wrap: true, border: true, fill: COLORS.header, size: 11 };
export const EMPTY_BORDER_TEXT: CellStyle = { border: true, numFmt: "@" };

const WIDTH: Record<string, number> = { stt: 5, ho_ten: 24, chuc_vu: 18, linh_vuc: 18, loai: 10, gioi_tinh: 8, ghi_chu: 24 };
const KIND_WIDTH: Record<Field["kind"], number> = { count: 11, percent: 11, yesno: 14, gate: 12, text: 16 };

/** "TC05. Số hồ sơ đã giải quyết" → "Số hồ sơ đã giải quyết". */
export const stripCode = (h: string): string => h.replace(/^\s*TC\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*[.:)]\s*/i, "").trim() || h;

/** Input columns in order: the fields before the criteria, every criterion's block, the rest (gates, sáng kiến,
 *  ghi chú). A field shared by criteria (TC06/TC07 "Tổng số hồ sơ tiếp nhận") appears once, under the first. */
export function templateColumns(catalog: Catalog, canonical: Set<string> = new Set()): TemplateColumn[] {
  const byId = new Map(catalog.fields.map((f) => [f.id, f]));
  const placed = new Set<string>();
  const out: TemplateColumn[] = [];
  const col = (f: Field, group: string | null, sub: string): TemplateColumn => ({
    field: f,
    group,
    sub,
    width: WIDTH[f.id] ?? KIND_WIDTH[f.kind],
    textual: f.kind === "text" || f.kind === "yesno" || f.kind === "gate",
  });
  const criteriaBlock = () => {
    for (const c of catalog.criteria) {
      const ids = (c.type === "ratio" ? [c.denominator, c.numerator, c.percent] : c.type === "percent" ? [c.percent] : [c.field]).filter(
        (x): x is string => !!x && !placed.has(x),
      );
      const fields = ids.map((id) => byId.get(id)).filter((f): f is Field => !!f);
      if (c.type !== "ratio") {
        for (const f of fields) out.push(col(f, null, f.header));
      } else {
        const group = `${c.code}. ${c.name}`;
        for (const f of fields) out.push(col(f, group, canonical.has(f.id) ? f.header : stripCode(f.header)));
      }
      for (const f of fields) placed.add(f.id);
    }
  };
  let criteriaDone = false;
  for (const f of catalog.fields) {
    if (placed.has(f.id)) continue;
    if (criteriaOf(catalog, f.id).length > 0) {
      if (!criteriaDone) criteriaBlock();
      criteriaDone = true;
      continue;
    }
    out.push(col(f, null, f.header));
    placed.add(f.id);
  }
  return out;
}

/** "2025-01-16" → "16/01/2025". */
export const viDate = (iso: string): string => iso.split("-").reverse().join("/");

/** National heading, title, the plan line and the officials' instruction: rows 1–7 over the input columns. */
export function headingRows(catalog: Catalog, width: number): { rows: PlanCell[][]; merges: MergedArea[]; heights: Record<number, number> } {
  const rows: PlanCell[][] = [];
  const merges: MergedArea[] = [];
  const leftEnd = Math.min(4, Math.max(1, width - 1));
  const rightStart = Math.max(leftEnd + 1, width - 9);
  const pair = (left: string, right: string, s: CellStyle) => {
    const r: PlanCell[] = [left ? textCell(left, s) : emptyCell()];
    while (r.length < rightStart - 1) r.push(emptyCell());
    r.push(right ? textCell(right, s) : emptyCell());
    const n = rows.push(r);
    if (leftEnd > 1) merges.push({ top: n, left: 1, bottom: n, right: leftEnd });
    if (width > rightStart) merges.push({ top: n, left: rightStart, bottom: n, right: width });
  };
  const line = (v: string, s: CellStyle) => {
    const n = rows.push([textCell(v, s)]);
    merges.push({ top: n, left: 1, bottom: n, right: width });
  };
  const p = catalog.plan;
  pair(p.unit.toUpperCase(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, align: "center" });
  pair("", "Độc lập - Tự do - Hạnh phúc", { bold: true, align: "center" });
  pair("", `${p.place}, ngày …… tháng …… năm ……`, { italic: true, align: "center" });
  rows.push([]);
  line(`BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN TIÊU CHÍ THI ĐUA NĂM ${p.year}`, { bold: true, align: "center", size: 14 });
  line(`Phong trào thi đua “${p.theme}” (Kế hoạch số ${p.number} ngày ${viDate(p.date)} của ${p.unitShort})`, {
    italic: true,
    align: "center",
    wrap: true,
  });
  line(
    `Mỗi cán bộ, công chức nhập số liệu vào đúng dòng của mình; xem trang “Hướng dẫn nhập liệu”. Các cột “${OUTPUT_GROUP_TITLE}” do Thi đua CCHC tự điền, không nhập vào đó.`,
    { italic: true, align: "left", wrap: true, size: 11 },
  );
  return { rows, merges, heights: { 6: 36, 7: 30 } };
}
