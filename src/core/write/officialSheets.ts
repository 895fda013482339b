// The official sheets (§8) as plan cells: "DS đề nghị khen thưởng" in the layout of the list sent with the Tờ
// trình, and "Tổng hợp kết quả" per criterion and per sector with its chart; row heights for wrapped text.
import { Catalog } from "../catalog";
import { WORDS, countErrors, formatScore, runSummary } from "../messages";
import { COLORS, CellStyle, PlanCell, PlanInput, PlanValue, SHEET_NAMES, SheetPlan, fmtPercent, markSheet } from "./plan";
import { ScoredRow, round2 } from "../score/rank";
import { MergedArea } from "../read/snapshot";

const fmtScore = (s: number): string => formatScore(s, "vi");

const T = (v: PlanValue, s?: CellStyle): PlanCell => ({ v, text: typeof v === "string", ...(s ? { s } : {}) });
const N = (v: number | null, s?: CellStyle): PlanCell => ({ v, ...(s ? { s } : {}) });

/** Builds a sheet row by row, keeping merges beside the cells. */
class SheetBuilder {
  rows: PlanCell[][] = [];
  merges: MergedArea[] = [];
  constructor(private width: number) {}
  get next(): number {
    return this.rows.length + 1;
  }
  add(cells: PlanCell[]): number {
    const row = cells.slice();
    while (row.length < this.width) row.push({ v: null });
    this.rows.push(row);
    return this.rows.length;
  }
  /** One text across columns from..to (1-based), merged. */
  line(v: string, s: CellStyle, from = 1, to = this.width): number {
    const cells: PlanCell[] = [];
    for (let c = 1; c <= this.width; c++) cells.push(c === from ? T(v, s) : { v: null, ...(c > from && c <= to ? { s } : {}) });
    const r = this.add(cells);
    if (to > from) this.merges.push({ top: r, left: from, bottom: r, right: to });
    return r;
  }
  /** Two texts side by side (left half, right half), e.g. the national heading. */
  pair(left: string, right: string, s: CellStyle, split: number): number {
    const cells: PlanCell[] = [];
    for (let c = 1; c <= this.width; c++) cells.push(c === 1 ? T(left, s) : c === split + 1 ? T(right, s) : { v: null });
    const r = this.add(cells);
    if (split > 1) this.merges.push({ top: r, left: 1, bottom: r, right: split });
    if (this.width > split + 1) this.merges.push({ top: r, left: split + 1, bottom: r, right: this.width });
    return r;
  }
  blank(): number {
    return this.add([]);
  }
}

const HEAD: CellStyle = { bold: true, align: "center", wrap: true, border: true, fill: COLORS.header };
const BODY: CellStyle = { border: true, wrap: true };
const CENTER: CellStyle = { border: true, align: "center" };

function nationalHeading(b: SheetBuilder, catalog: Catalog, split: number): void {
  b.pair(
    catalog.plan.unit.replace(/ xã .*$/i, "").toUpperCase() || "ỦY BAN NHÂN DÂN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    { bold: true, align: "center" },
    split,
  );
  b.pair(catalog.plan.unit.replace(/^Ủy ban nhân dân\s*/i, "").toUpperCase(), "Độc lập - Tự do - Hạnh phúc", { bold: true, align: "center" }, split);
  b.pair("", `${catalog.plan.place}, ngày …… tháng …… năm ……`, { italic: true, align: "center" }, split);
  b.blank();
}

function achievementText(r: ScoredRow, catalog: Catalog): string {
  const e = r.eval;
  const rates = catalog.criteria
    .map((c, i) => ({ c, res: e.results[i] }))
    .filter(({ res }) => res.rate !== undefined && (res.status === "achieved" || res.status === "shortfall"))
    .map(({ c, res }) => `${c.code} ${fmtPercent(res.rate!)}`);
  const parts = [
    `Đạt ${e.achieved}/${e.applicable} tiêu chí thi đua`,
    `điểm ${r.score === null ? "—" : fmtScore(r.score)}`,
    `xếp hạng ${r.rank ?? "—"}`,
  ];
  if (e.sangKien > 0) parts.push(`${e.sangKien} sáng kiến, giải pháp`);
  let s = parts.join(", ");
  if (rates.length) s += `. Tỷ lệ: ${rates.join("; ")}`;
  return s;
}

export function nominationSheet(p: PlanInput): SheetPlan {
  const { catalog, nomination, layout } = p;
  const withGender = layout.columns.gioi_tinh !== undefined;
  const heads = [
    "STT",
    "Họ và tên",
    ...(withGender ? ["Giới tính"] : []),
    "Chức vụ, đơn vị công tác",
    "Tóm tắt thành tích",
    "Điểm",
    "Hình thức khen thưởng",
    "Ghi chú",
  ];
  const width = heads.length;
  const b = new SheetBuilder(width);
  const split = withGender ? 3 : 2;
  nationalHeading(b, catalog, split);
  b.line("DANH SÁCH", { bold: true, align: "center", size: 14 });
  b.line(`ĐỀ NGHỊ ${catalog.award.giver.toUpperCase()} TẶNG GIẤY KHEN`, { bold: true, align: "center" });
  b.line(`Đã có thành tích trong phong trào thi đua “${catalog.plan.theme}”`, { italic: true, align: "center", wrap: true });
  b.line("(Kèm theo Tờ trình số …../TTr-UBND ngày …../…../……)", { italic: true, align: "center" });
  b.line(`Căn cứ: ${catalog.plan.legalBasis.join("; ")}.`, { italic: true, size: 11, wrap: true });
  b.blank();
  const headRow = b.add(heads.map((h) => T(h, HEAD)));
  const unit = catalog.plan.unitShort;
  const person = (r: ScoredRow, i: number, note: string): PlanCell[] => {
    const e = r.eval;
    const role = [e.chucVu, unit].filter(Boolean).join(", ");
    return [
      N(i, CENTER),
      T(e.name, BODY),
      ...(withGender ? [T(e.gender === "F" ? "Nữ" : e.gender === "M" ? "Nam" : "", CENTER)] : []),
      T(role, BODY),
      T(achievementText(r, catalog), BODY),
      N(r.score === null ? null : round2(r.score), { ...CENTER, numFmt: "0.00" }),
      T(catalog.award.name, BODY),
      T(note, BODY),
    ];
  };
  if (nomination.nominees.length === 0) b.line("(Chưa có cá nhân đủ điều kiện đề nghị)", { italic: true, align: "center", border: true });
  nomination.nominees.forEach((r, i) => b.add(person(r, i + 1, "")));
  if (nomination.tieReview.length) {
    b.line(`CẦN BÌNH XÉT: đồng hạng ở vị trí cuối, cuộc họp bình xét quyết định (còn ${nomination.quota - nomination.filled} suất)`, {
      bold: true,
      border: true,
      wrap: true,
    });
    nomination.tieReview.forEach((r, i) => b.add(person(r, i + 1, WORDS.vi.tieReview)));
  }
  b.line(`Tổng số: ${nomination.filled} cá nhân được đề nghị (chỉ tiêu ${nomination.quota}).`, { italic: true });
  b.blank();
  b.pair("NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN", { bold: true, align: "center" }, split);
  b.pair("", "CHỦ TỊCH", { bold: true, align: "center" }, split);
  b.blank();
  b.blank();
  b.blank();
  const widths = withGender ? [6, 24, 9, 30, 52, 8, 22, 14] : [6, 24, 30, 56, 8, 22, 16];
  const font = { name: "Times New Roman", size: 12 };
  return markSheet({
    role: "nomination",
    name: SHEET_NAMES.nomination,
    rows: b.rows,
    merges: b.merges,
    colWidths: widths,
    font,
    page: { orientation: "landscape", printTitleRows: `${headRow}:${headRow}` },
    rowHeights: estimateRowHeights(b.rows, b.merges, widths, font.size),
  });
}

const SUMMARY_WIDTHS = [6, 8, 62, 10, 10, 10, 11, 14, 12, 12];

export function summarySheet(p: PlanInput): SheetPlan {
  const { catalog, summary, summaryBySector, rows, nomination } = p;
  const width = 10;
  const b = new SheetBuilder(width);
  nationalHeading(b, catalog, 3);
  b.line("TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ THI ĐUA", { bold: true, align: "center", size: 14 });
  b.line(`Phong trào thi đua “${catalog.plan.theme}” (Kế hoạch số ${catalog.plan.number})`, { italic: true, align: "center", wrap: true });
  const errors = countErrors(rows.map((r) => r.eval));
  b.line(runSummary({ rows: rows.length, errors, nominees: nomination.nominees.length, tieReview: nomination.tieReview.length }), {
    italic: true,
    align: "center",
  });
  b.blank();
  b.line("I. KẾT QUẢ THEO TIÊU CHÍ (cá nhân)", { bold: true }, 1, 1);
  const headRow = b.add(
    ["STT", "Mã", "Tiêu chí", "Chỉ tiêu", "Số đạt", "Tổng số", "Tỷ lệ", "Kết quả", "Số người áp dụng", "Số người đạt"].map((h) => T(h, HEAD)),
  );
  const first = b.next;
  catalog.criteria.forEach((c, i) => {
    const s = summary[c.code];
    b.add([
      N(i + 1, CENTER),
      T(c.code, CENTER),
      T(c.name, BODY),
      N(c.target, { ...CENTER, numFmt: "0%" }),
      s ? N(s.numerator, CENTER) : T("—", CENTER),
      s ? N(s.denominator, CENTER) : T("—", CENTER),
      s && s.rate !== null ? N(s.rate, { ...CENTER, numFmt: "0.00%" }) : T("—", CENTER),
      T(s ? (s.achieved ? "Đạt" : "Chưa đạt") : "Không áp dụng", CENTER),
      N(s ? s.rowsApplicable : 0, CENTER),
      N(s ? s.rowsAchieved : 0, CENTER),
    ]);
  });
  const last = b.next - 1;
  b.blank();
  b.line("II. KẾT QUẢ THEO NGÀNH, LĨNH VỰC", { bold: true }, 1, 1);
  const sectorHead = b.add(
    ["STT", "Ngành, lĩnh vực", "", "Số người", "Có điểm", "Điểm bình quân", "Số chỉ tiêu chưa đạt", "Số lỗi số liệu", "Được đề nghị", ""].map(
      (h, i) => (h || i === 2 ? T(h || null, HEAD) : { v: null }),
    ),
  );
  b.merges.push({ top: sectorHead, left: 2, bottom: sectorHead, right: 3 });
  summaryBySector.forEach((s, i) => {
    const r = b.add([
      N(i + 1, CENTER),
      T(s.sector, BODY),
      { v: null, s: BODY },
      N(s.rows, CENTER),
      N(s.scored, CENTER),
      s.averageScore === null ? T("—", CENTER) : N(round2(s.averageScore), { ...CENTER, numFmt: "0.00" }),
      N(s.shortfalls, CENTER),
      N(s.errors, CENTER),
      N(s.nominees, CENTER),
    ]);
    b.merges.push({ top: r, left: 2, bottom: r, right: 3 });
  });
  b.blank();
  b.line(`Chú thích màu trên trang theo dõi: cam = ${WORDS.vi.shortfallLegend}; đỏ = ${WORDS.vi.errorLegend}.`, { italic: true });
  b.blank();
  // the chart below the tables, inside the print area
  const chartTop = b.next;
  const chartSize = { cols: width, rows: 18 };
  return markSheet({
    role: "summary",
    name: SHEET_NAMES.summary,
    rows: b.rows,
    merges: b.merges,
    colWidths: SUMMARY_WIDTHS,
    font: { name: "Times New Roman", size: 12 },
    rowHeights: estimateRowHeights(b.rows, b.merges, SUMMARY_WIDTHS, 12),
    page: { orientation: "landscape", printTitleRows: `${headRow}:${headRow}`, printArea: `A1:J${chartTop + chartSize.rows}` },
    chart: {
      title: "Tỷ lệ thực hiện so với chỉ tiêu",
      categories: `B${first}:B${last}`,
      series: [
        { name: "Tỷ lệ", values: `G${first}:G${last}` },
        { name: "Chỉ tiêu", values: `D${first}:D${last}` },
      ],
      anchor: `A${chartTop}`,
      size: chartSize,
    },
  });
}

/** Rows whose wrapped text needs several lines get a height (Excel does not grow them for generated files). */
export function estimateRowHeights(rows: PlanCell[][], merges: MergedArea[], colWidths: number[], fontSize: number): Record<number, number> {
  const widthOf = (r: number, c: number): number => {
    const m = merges.find((x) => x.top === r && x.left === c);
    let w = 0;
    for (let k = c; k <= (m ? m.right : c); k++) w += colWidths[k - 1] ?? 9;
    return w;
  };
  const out: Record<number, number> = {};
  rows.forEach((row, i) => {
    let lines = 1;
    let size = fontSize;
    row.forEach((cell, j) => {
      if (typeof cell.v !== "string" || !cell.s?.wrap) return;
      const cellSize = cell.s.size ?? fontSize;
      // a column of width w holds about 1.2·w characters of 11-point Times New Roman
      const perLine = Math.max(4, Math.floor((widthOf(i + 1, j + 1) * 11 * 1.2) / cellSize) - 1);
      const n = cell.v.split("\n").reduce((k, part) => k + Math.max(1, Math.ceil(part.length / perLine)), 0);
      if (n > lines) {
        lines = n;
        size = cellSize;
      }
    });
    if (lines > 1) out[i + 1] = Math.ceil(lines * size * 1.3 + 4);
  });
  return out;
}
