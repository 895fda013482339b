// The official sheets (§8) as plan cells: "DS đề nghị khen thưởng" in the layout of the list sent with the Tờ
// trình, and "Tổng hợp kết quả" per criterion and per sector with its chart; row heights for wrapped text.
import { WORDS, countErrors, runSummary } from "../messages";
import { COLORS, CellStyle, PlanCell, PlanInput, PlanValue, SHEET_NAMES, SheetPlan, formMargins, markSheet } from "./plan";
import { ScoredRow, round2 } from "../score/rank";
import { MergedArea } from "../read/snapshot";
import { unitWords } from "../read/unit";
import { DOTS } from "../dossier/model";
import { FORM } from "../dossier/form";
import { awardGiver, awardName, decreeInForce, planWords } from "../dossier/legal";
import { MOTTO, NATIONAL, ubndSigner } from "../dossier/parts";
import { genderText, roleWithUnit, summarySentence } from "../dossier/people";
import { tieGroup } from "../dossier/ties";
import { countText, isoToday, longDate, placeDate, upper } from "../dossier/words";
import { columnPt, rowHeightPt, wrappedLines } from "./measure";

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
  pair(left: string, right: string, s: CellStyle, split: number, rightStyle: CellStyle = s): number {
    const cells: PlanCell[] = [];
    for (let c = 1; c <= this.width; c++) cells.push(c === 1 ? T(left, s) : c === split + 1 ? T(right, rightStyle) : { v: null });
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

/** The heading of NĐ 30/2020 for the run's unit: the unit left, the national name and the underlined motto right. */
function nationalHeading(b: SheetBuilder, p: PlanInput, split: number): void {
  const [agency, name] = unitWords(p.unit).heading;
  const bold: CellStyle = { bold: true, align: "center" };
  b.pair(agency, NATIONAL, bold, split);
  b.pair(name, MOTTO, bold, split, { ...bold, underline: true });
  b.pair("", placeDate(p.unit.name, p.dossier.proposal?.date), { italic: true, align: "center" }, split);
  b.blank();
}

/** The documents' date: the Tờ trình's when set, else the plan's input date, else today. */
const listDate = (p: PlanInput): string => p.dossier.proposal?.date ?? p.date ?? isoToday();

/** The list of §8 that goes with the Tờ trình: A4 portrait, one page for up to 10 people. */
export function nominationSheet(p: PlanInput): SheetPlan {
  const { catalog, nomination, layout, unit, dossier } = p;
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
  const plan = planWords(catalog, unit);
  const proposal = dossier.proposal ?? {};
  nationalHeading(b, p, split);
  b.line("DANH SÁCH", { bold: true, align: "center", size: 14 });
  b.line(`ĐỀ NGHỊ ${upper(awardGiver(catalog, unit))} TẶNG GIẤY KHEN`, { bold: true, align: "center", wrap: true });
  b.line(`Đã có thành tích xuất sắc trong phong trào thi đua “${plan.theme}”`, { italic: true, align: "center", wrap: true });
  b.line(
    `(Kèm theo Tờ trình số ${proposal.number ?? DOTS}/TTr-UBND ${proposal.date ? longDate(proposal.date) : `ngày ${DOTS}`} của ${unitWords(unit).short})`,
    { italic: true, align: "center", wrap: true },
  );
  b.line(`Căn cứ: ${listBases(p)}.`, { italic: true, size: 11, wrap: true });
  const headRow = b.add(heads.map((h) => T(h, { ...HEAD, size: 11 })));
  const award = awardName(catalog, unit);
  const group = tieGroup(p.rows, nomination);
  const [body, center] = [
    { ...BODY, size: 11 },
    { ...CENTER, size: 11 },
  ];
  const person = (r: ScoredRow, i: number, note: string): PlanCell[] => [
    N(i, center),
    T(r.eval.name, body),
    ...(withGender ? [T(genderText(r), center)] : []),
    T(roleWithUnit(r.eval.chucVu, unit), body),
    T(summarySentence(r, p.rows, catalog, unit, 1), body),
    N(r.score === null ? null : round2(r.score), center),
    T(award, body),
    T(note, body),
  ];
  if (nomination.nominees.length === 0) b.line("(Chưa có cá nhân đủ điều kiện đề nghị)", { italic: true, align: "center", border: true });
  nomination.nominees.forEach((r, i) => b.add(person(r, i + 1, group?.nominated.includes(r) ? "Ưu tiên nữ" : "")));
  if (nomination.tieReview.length) {
    const left = nomination.quota - nomination.filled;
    b.line(
      `CẦN BÌNH XÉT: đồng hạng ở vị trí cuối, cuộc họp bình xét lựa chọn ${countText(left)} trong ${countText(nomination.tieReview.length)} cá nhân`,
      {
        bold: true,
        border: true,
        wrap: true,
      },
    );
    nomination.tieReview.forEach((r, i) => b.add(person(r, i + 1, WORDS.vi.tieReview)));
  }
  b.line(`Tổng số: ${countText(nomination.filled)} cá nhân được đề nghị (số lượng khen thưởng: ${countText(nomination.quota)}).`, { italic: true });
  b.blank();
  const signer = ubndSigner(dossier);
  const sig = { bold: true, align: "center" } as const;
  b.pair("NGƯỜI LẬP BIỂU", signer.titles[0], sig, split);
  signer.titles.slice(1).forEach((t) => b.pair("", t, sig, split));
  for (let i = 0; i < 3; i++) b.blank();
  b.pair(dossier.preparedBy ?? DOTS, signer.name ?? DOTS, sig, split);
  const widths = withGender ? [4.5, 14, 5.5, 16, 37, 5.5, 14, 7] : [4.5, 15, 17, 42, 5.5, 14, 7];
  const font = { name: FORM.font, size: 12 };
  return markSheet({
    role: "nomination",
    name: SHEET_NAMES.nomination,
    rows: b.rows,
    merges: b.merges,
    colWidths: widths,
    font,
    page: {
      orientation: "portrait",
      printTitleRows: `${headRow}:${headRow}`,
      margins: formMargins(),
      fitToWidth: true,
    },
    rowHeights: estimateRowHeights(b.rows, b.merges, widths, font.size),
  });
}

/** The list's legal bases in brief: the law, the decree in force on the list's date, the plan. */
function listBases(p: PlanInput): string {
  const plan = planWords(p.catalog, p.unit);
  return [p.catalog.legal.law, decreeInForce(p.catalog, listDate(p)).short, plan.ref.replace(/ ngày .*$/, "")].join("; ");
}

const SUMMARY_WIDTHS = [6, 8, 62, 10, 10, 10, 11, 14, 12, 12];

export function summarySheet(p: PlanInput): SheetPlan {
  const { catalog, summary, summaryBySector, rows, nomination } = p;
  const width = 10;
  const b = new SheetBuilder(width);
  nationalHeading(b, p, 3);
  b.line("TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ THI ĐUA", { bold: true, align: "center", size: 14 });
  b.line(`Phong trào thi đua “${planWords(catalog, p.unit).theme}” (${planWords(catalog, p.unit).ref})`, {
    italic: true,
    align: "center",
    wrap: true,
  });
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
    for (let k = c; k <= (m ? m.right : c); k++) w += columnPt(colWidths[k - 1] ?? 9);
    return w;
  };
  const out: Record<number, number> = {};
  rows.forEach((row, i) => {
    let height = 0;
    let multi = false;
    row.forEach((cell, j) => {
      if (typeof cell.v !== "string" || !cell.s?.wrap) return;
      const size = cell.s.size ?? fontSize;
      const lines = wrappedLines(cell.v, widthOf(i + 1, j + 1), size, !!cell.s.bold);
      if (lines > 1) multi = true;
      height = Math.max(height, rowHeightPt(lines, size));
    });
    if (multi) out[i + 1] = height;
  });
  return out;
}
