// The "Hướng dẫn nhập liệu" sheet as data: which row is whose, what each input column means (criterion, the plan's
// words, what to type), what the colours mean, and how the partly-locked sheet works.
import { Catalog } from "../catalog";
import { FormSheetPlan, emptyCell, numCell, textCell } from "../write/formPlan";
import { OUTPUT_GROUP_TITLE } from "../read/layout";
import { COLORS, CellStyle, PlanCell } from "../write/plan";
import { MergedArea, colLetter } from "../read/snapshot";
import { TemplatePlan } from "./template";
import { criteriaOf, fmtTarget, planWords, ruleFor } from "./validation";

export const GUIDE_SHEET = "Hướng dẫn nhập liệu";
/** Last line of the guide: marks it as the add-in's (scoring never replaces or deletes it). */
export const GUIDE_MARKER = "Trang hướng dẫn do Thi đua CCHC lập kèm bảng theo dõi.";

const WIDTH = 6;
const HEAD: CellStyle = { bold: true, align: "center", wrap: true, border: true, fill: COLORS.header };
const BODY: CellStyle = { border: true, wrap: true };
const CENTER: CellStyle = { border: true, align: "center" };

/** What to type in the text columns (the guide sheet and the pane's guide). */
export const TEXT_HOW: Record<string, string> = {
  stt: "Số thứ tự, đã điền sẵn.",
  ho_ten: "Họ và tên, đã điền sẵn; không sửa tên của người khác.",
  chuc_vu: "Chức vụ hoặc chức danh.",
  linh_vuc: "Ngành, lĩnh vực phụ trách.",
  ghi_chu: "Ghi chú thêm nếu cần (không tính điểm).",
};

/** The guide for a template (its columns and rows). */
export function guideSheet(catalog: Catalog, t: TemplatePlan): FormSheetPlan {
  const rows: PlanCell[][] = [];
  const merges: MergedArea[] = [];
  const line = (v: string, s: CellStyle, height?: number) => {
    const n = rows.push([textCell(v, s)]);
    merges.push({ top: n, left: 1, bottom: n, right: WIDTH });
    if (height) heights[n] = height;
    return n;
  };
  const heights: Record<number, number> = {};
  line("HƯỚNG DẪN NHẬP LIỆU", { bold: true, align: "center", size: 14 });
  line(
    `Bảng theo dõi kết quả thực hiện tiêu chí thi đua năm ${catalog.plan.year} — Kế hoạch số ${catalog.plan.number} của ${catalog.plan.unitShort}`,
    { italic: true, align: "center", wrap: true },
    32,
  );
  rows.push([]);

  line("1. DÒNG CỦA BẠN", { bold: true });
  line(
    `Trên trang “${t.name}”, mỗi cán bộ, công chức (hoặc tập thể) có một dòng, từ dòng ${t.firstDataRow} đến dòng ${t.lastDataRow}. Tìm họ và tên của mình ở cột ${colLetter(t.columns.ho_ten)} và chỉ nhập vào dòng đó. Người chưa có tên trong bảng dùng một dòng trống và ghi họ và tên trước khi nhập số liệu.`,
    { wrap: true },
    48,
  );
  if (t.rowsOf.length) {
    rows.push(["STT", "Họ và tên", "Dòng trên bảng theo dõi"].map((h) => textCell(h, HEAD)));
    t.rowsOf.forEach((o, i) => rows.push([numCell(i + 1, CENTER), textCell(o.name, BODY), numCell(o.row, CENTER)]));
  }
  rows.push([]);

  line("2. CÁC CỘT CẦN NHẬP", { bold: true });
  const headRow = rows.push(["Cột", "Tiêu đề cột", "Tiêu chí", "Chỉ tiêu", "Nội dung theo kế hoạch", "Cách nhập"].map((h) => textCell(h, HEAD)));
  for (const c of t.inputColumns) {
    const col = t.columns[c.field.id];
    const uses = criteriaOf(catalog, c.field.id);
    const rule = ruleFor(catalog, c.field, t.columns, t.firstDataRow, { percentMax: 1 });
    const how = rule ? rule.how.charAt(0).toUpperCase() + rule.how.slice(1) + "." : (TEXT_HOW[c.field.id] ?? "Nhập chữ.");
    rows.push([
      textCell(colLetter(col), CENTER),
      textCell(c.group ? `${c.group} — ${c.sub}` : c.sub, BODY),
      textCell(uses.map((u) => `${u.criterion.code}. ${u.criterion.name}`).join("\n"), BODY),
      textCell(uses.map((u) => (u.criterion.type === "yesno" ? "Đạt" : fmtTarget(u.criterion.target))).join("\n"), CENTER),
      textCell(uses.map((u) => planWords(u.criterion)).join("\n"), BODY),
      textCell(how, BODY),
    ]);
  }
  rows.push([]);

  line("3. Ý NGHĨA CÁC MÀU", { bold: true });
  rows.push([
    textCell("", { fill: COLORS.shortfall, border: true }),
    textCell("Màu cam: chưa đạt chỉ tiêu của tiêu chí (số đạt chưa đủ so với tổng số, hoặc “Không đạt”).", { wrap: true }),
  ]);
  merges.push({ top: rows.length, left: 2, bottom: rows.length, right: WIDTH });
  rows.push([
    textCell("", { fill: COLORS.error, border: true }),
    textCell("Màu đỏ: lỗi số liệu cần sửa (không phải số, số âm, số đạt lớn hơn tổng số, thiếu tổng số …). Dòng có lỗi chưa được chấm điểm.", {
      wrap: true,
    }),
  ]);
  merges.push({ top: rows.length, left: 2, bottom: rows.length, right: WIDTH });
  heights[rows.length] = 32;
  rows.push([]);

  line("4. LƯU Ý", { bold: true });
  const notes = [
    "Ô nào không áp dụng với mình thì để trống (không nhập 0 cho cả tổng số và số đạt nếu không có việc).",
    "Chọn ô rồi đọc ghi chú hiện ra: ghi chú trích nội dung tiêu chí theo kế hoạch và cách nhập. Ô có mũi tên thì chọn trong danh sách.",
    "Nhập sai kiểu (chữ vào ô số, số đạt lớn hơn tổng số …) Excel sẽ báo và không nhận; dán số liệu từ nơi khác thì Excel không kiểm tra, nên xem lại màu đỏ.",
    `Các cột “${OUTPUT_GROUP_TITLE}” do công chức Văn phòng - thống kê chạy Thi đua CCHC điền; không nhập vào đó.`,
    "Trang theo dõi được khóa một phần, không có mật khẩu: chỉ các ô nhập liệu mở để nhập. Cần sửa chỗ khác thì vào Xem lại (Review) > Bỏ bảo vệ trang tính (Unprotect Sheet).",
  ];
  for (const n of notes) line(`• ${n}`, { wrap: true }, 32);
  rows.push([]);
  line(GUIDE_MARKER, { italic: true, size: 9 });
  return {
    role: "guide",
    name: GUIDE_SHEET,
    rows: rows.map((r) => (r.length ? r : [emptyCell()])),
    merges,
    colWidths: [8, 40, 34, 10, 60, 48],
    rowHeights: heights,
    font: { name: "Times New Roman", size: 12 },
    page: { orientation: "landscape", printTitleRows: `${headRow}:${headRow}` },
    validations: [],
    freeze: null,
    protection: null,
  };
}
