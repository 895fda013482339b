// The write plan (§8) as data: what goes into the add-in's output columns on the tracking sheet, which cells to
// highlight, and the cells of the nomination and summary sheets. Shells apply it; nothing here does I/O.
import { Catalog } from "./catalog";
import { Layout, OUTPUT_GROUP_TITLE, OUTPUT_HEADERS, OUTPUT_WIDTH } from "./layout";
import { Lang, WORDS, runSummary } from "./messages";
import { Nomination, ScoredRow, round2 } from "./rank";
import { MergedArea, SheetSnapshot, WorkbookSnapshot, a1, cellAt, colLetter } from "./snapshot";
import { CriterionSummary, SectorSummary } from "./summary";

export type PlanValue = string | number | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: "left" | "center" | "right";
  wrap?: boolean;
  border?: boolean;
  fill?: string;
  numFmt?: string;
}

export interface PlanCell {
  v: PlanValue;
  /** Text taken from the workbook or written as words: must be stored as text, never read as a formula. */
  text?: boolean;
  s?: CellStyle;
}

export interface ChartPlan {
  title: string;
  /** A1 range of the category labels and of each series, on the same sheet. */
  categories: string;
  series: { name: string; values: string }[];
  /** Where to put it: top-left cell and size in columns × rows. */
  anchor: string;
}

export interface SheetPlan {
  role: "nomination" | "summary";
  /** The wanted name; the shell uses `resolveSheetName` when a clerk's sheet already has it. */
  name: string;
  rows: PlanCell[][];
  merges: MergedArea[];
  colWidths: number[];
  font: { name: string; size: number };
  page: { orientation: "portrait" | "landscape"; printTitleRows?: string };
  chart?: ChartPlan;
  /** Heights (points) of rows whose wrapped text needs more than one line, by 1-based row. */
  rowHeights?: Record<number, number>;
}

export interface TrackingPlan {
  sheet: string;
  /** First column of the output block and its width. */
  col: number;
  width: number;
  /** The block's rows top..top+values.length-1; every cell of the block is written (blank = cleared). */
  top: number;
  values: PlanValue[][];
  /** Offsets within the block whose values are text (number format "@"). */
  textCols: number[];
  /** Column offsets holding numbers and their format. */
  numFmts: Record<number, string>;
  headerRows: number[];
  groupMerge: MergedArea | null;
  legend: { shortfall: string; error: string };
  highlights: { shortfall: string[]; error: string[] };
  /** Rows of the tracking sheet the add-in wrote results for, with the name it read there (for safe writing). */
  rowKeys: { row: number; name: string }[];
  nameCol: number;
}

export interface WritePlan {
  tracking: TrackingPlan;
  sheets: SheetPlan[];
}

/** The marker text at the bottom of every sheet the add-in makes; a sheet with it is the add-in's own. */
export const SHEET_MARKER = "Trang này do Thi đua CCHC lập tự động; chạy lại sẽ ghi đè.";
export const SHEET_NAMES = { nomination: "DS đề nghị khen thưởng", summary: "Tổng hợp kết quả" } as const;
export const COLORS = { shortfall: "FFF4B183", error: "FFFF8080", header: "FFDDEBF7" } as const;

/** Conditional formats made by the add-in carry this text in their formula (and say what they mean). */
export const HIGHLIGHT_TAG = "Thi đua CCHC";
/** The constant-true formulas of the two highlight rules (without the leading "="). */
export const HIGHLIGHT_FORMULAS = {
  shortfall: `ISTEXT("${HIGHLIGHT_TAG}: chưa đạt chỉ tiêu")`,
  error: `ISTEXT("${HIGHLIGHT_TAG}: lỗi số liệu")`,
} as const;
/** Widths of the output block's columns: the six results, a gap, the legend. */
export const OUTPUT_COL_WIDTHS = [14, 9, 16, 9, 34, 70, 3, 20];

/** Whether a sheet carries the add-in's marker. */
export function isOwnSheet(sheet: SheetSnapshot): boolean {
  for (let r = sheet.values.length; r >= 1 && r > sheet.values.length - 200; r--) {
    const row = sheet.values[r - 1];
    if (row && row.some((v) => v === SHEET_MARKER)) return true;
  }
  return false;
}

/** The name to write a sheet under: the base name if free or ours, else "base (2)", "base (3)" … */
export function resolveSheetName(base: string, sheets: { name: string; own: boolean }[]): string {
  const by = new Map(sheets.map((s) => [s.name.toLowerCase(), s.own]));
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base} (${i})`.slice(-31);
    const own = by.get(name.toLowerCase());
    if (own === undefined || own) return name;
  }
}

export const fmtPercent = (rate: number): string => `${String(round2(rate * 100)).replace(".", ",")}%`;
const fmtScore = (s: number): string => String(round2(s)).replace(".", ",");

interface PlanInput {
  book: WorkbookSnapshot;
  sheet: SheetSnapshot;
  layout: Layout;
  catalog: Catalog;
  rows: ScoredRow[];
  nomination: Nomination;
  summary: Record<string, CriterionSummary>;
  summaryBySector: SectorSummary[];
  lang: Lang;
}

function notesFor(r: ScoredRow, catalog: Catalog): string {
  const parts: string[] = [];
  const short = catalog.criteria.flatMap((c, i) => {
    const res = r.eval.results[i];
    if (res.status !== "shortfall") return [];
    return [res.rate !== undefined ? `${c.code} ${fmtPercent(res.rate)} (chỉ tiêu ${fmtPercent(c.target)})` : `${c.code} không đạt`];
  });
  if (short.length) parts.push(`Chưa đạt: ${short.join("; ")}`);
  for (const i of r.eval.issues) parts.push(i.message);
  return parts.join(" | ");
}

function proposalText(r: ScoredRow, nomination: Nomination, w: (typeof WORDS)["vi"]): string {
  if (nomination.nominees.includes(r)) return w.nominated;
  if (nomination.tieReview.includes(r)) return w.tieReview;
  if (r.eligible) return "";
  return `Không: ${r.ineligibleReasons.map((x) => w.reasons[x]).join(", ")}`;
}

function trackingPlan(p: PlanInput): TrackingPlan {
  const { layout, sheet, rows, nomination, catalog } = p;
  const w = WORDS[p.lang];
  const col = layout.outputCol;
  const twoRow = layout.headerTop < layout.headerBottom;
  const groupRow = twoRow ? layout.headerTop : layout.headerTop > 1 ? layout.headerTop - 1 : null;
  const subRow = layout.headerBottom;
  const top = groupRow ?? subRow;
  const bottom = Math.max(sheet.values.length, layout.bodyEnd, subRow + 1);
  const values: PlanValue[][] = [];
  for (let r = top; r <= bottom; r++) values.push(new Array<PlanValue>(OUTPUT_WIDTH).fill(""));
  const put = (row: number, off: number, v: PlanValue) => {
    values[row - top][off] = v;
  };
  if (groupRow !== null) put(groupRow, 0, OUTPUT_GROUP_TITLE);
  OUTPUT_HEADERS.forEach((h, i) => put(subRow, i, h));
  put(top, 7, w.shortfallLegend);
  put(top + 1, 7, w.errorLegend);
  const legend = { shortfall: a1(top, col + 7), error: a1(top + 1, col + 7) };
  const shortfall: string[] = [];
  const error: string[] = [];
  for (const r of rows) {
    const e = r.eval;
    put(e.row, 0, `${e.achieved}/${e.applicable}`);
    put(e.row, 1, r.score === null ? "" : round2(r.score));
    put(e.row, 2, r.level ?? (e.hasError ? w.needsFix : w.noApplicable));
    put(e.row, 3, r.rank ?? "");
    put(e.row, 4, proposalText(r, nomination, w));
    put(e.row, 5, notesFor(r, catalog));
    for (const c of e.results) if (c.status === "shortfall" && c.col) shortfall.push(a1(e.row, c.col));
    for (const i of e.issues) if (i.severity === "error") error.push(i.cell);
  }
  return {
    sheet: layout.sheet,
    col,
    width: OUTPUT_WIDTH,
    top,
    values,
    textCols: [0, 2, 4, 5, 7],
    numFmts: { 1: "0.00", 3: "0" },
    headerRows: groupRow !== null ? [groupRow, subRow] : [subRow],
    groupMerge: groupRow !== null ? { top: groupRow, left: col, bottom: groupRow, right: col + OUTPUT_HEADERS.length - 1 } : null,
    legend,
    highlights: { shortfall: [...new Set(shortfall)], error: [...new Set(error)] },
    rowKeys: rows.map((r) => ({ row: r.eval.row, name: String(cellAt(sheet, r.eval.row, layout.columns.ho_ten) ?? "") })),
    nameCol: layout.columns.ho_ten,
  };
}

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
  b.pair(catalog.plan.unit.replace(/ xã .*$/i, "").toUpperCase() || "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, align: "center" }, split);
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
  const parts = [`Đạt ${e.achieved}/${e.applicable} tiêu chí thi đua`, `điểm ${r.score === null ? "—" : fmtScore(r.score)}`, `xếp hạng ${r.rank ?? "—"}`];
  if (e.sangKien > 0) parts.push(`${e.sangKien} sáng kiến, giải pháp`);
  let s = parts.join(", ");
  if (rates.length) s += `. Tỷ lệ: ${rates.join("; ")}`;
  return s;
}

function nominationSheet(p: PlanInput): SheetPlan {
  const { catalog, nomination, layout } = p;
  const withGender = layout.columns.gioi_tinh !== undefined;
  const heads = ["STT", "Họ và tên", ...(withGender ? ["Giới tính"] : []), "Chức vụ, đơn vị công tác", "Tóm tắt thành tích", "Điểm", "Hình thức khen thưởng", "Ghi chú"];
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
    b.line(`CẦN BÌNH XÉT: đồng hạng ở vị trí cuối, cuộc họp bình xét quyết định (còn ${nomination.quota - nomination.filled} suất)`, { bold: true, border: true, wrap: true });
    nomination.tieReview.forEach((r, i) => b.add(person(r, i + 1, WORDS.vi.tieReview)));
  }
  b.line(`Tổng số: ${nomination.filled} cá nhân được đề nghị (chỉ tiêu ${nomination.quota}).`, { italic: true });
  b.blank();
  b.pair("NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN", { bold: true, align: "center" }, split);
  b.pair("", "CHỦ TỊCH", { bold: true, align: "center" }, split);
  b.blank();
  b.blank();
  b.blank();
  b.line(SHEET_MARKER, { italic: true, size: 9 });
  const widths = withGender ? [6, 24, 9, 30, 52, 8, 22, 14] : [6, 24, 30, 56, 8, 22, 16];
  const font = { name: "Times New Roman", size: 12 };
  return {
    role: "nomination",
    name: SHEET_NAMES.nomination,
    rows: b.rows,
    merges: b.merges,
    colWidths: widths,
    font,
    page: { orientation: "landscape", printTitleRows: `${headRow}:${headRow}` },
    rowHeights: estimateRowHeights(b.rows, b.merges, widths, font.size),
  };
}

const SUMMARY_WIDTHS = [6, 8, 62, 10, 10, 10, 11, 14, 12, 12];

function summarySheet(p: PlanInput): SheetPlan {
  const { catalog, summary, summaryBySector, rows, nomination } = p;
  const width = 10;
  const b = new SheetBuilder(width);
  nationalHeading(b, catalog, 3);
  b.line("TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ THI ĐUA", { bold: true, align: "center", size: 14 });
  b.line(`Phong trào thi đua “${catalog.plan.theme}” (Kế hoạch số ${catalog.plan.number})`, { italic: true, align: "center", wrap: true });
  const errors = rows.reduce((n, r) => n + r.eval.issues.filter((i) => i.severity === "error").length, 0);
  b.line(runSummary({ rows: rows.length, errors, nominees: nomination.nominees.length, tieReview: nomination.tieReview.length }), { italic: true, align: "center" });
  b.blank();
  b.line("I. KẾT QUẢ THEO TIÊU CHÍ (cá nhân)", { bold: true }, 1, 1);
  const headRow = b.add(["STT", "Mã", "Tiêu chí", "Chỉ tiêu", "Số đạt", "Tổng số", "Tỷ lệ", "Kết quả", "Số người áp dụng", "Số người đạt"].map((h) => T(h, HEAD)));
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
  const sectorHead = b.add(["STT", "Ngành, lĩnh vực", "", "Số người", "Có điểm", "Điểm bình quân", "Số chỉ tiêu chưa đạt", "Số lỗi số liệu", "Được đề nghị", ""].map((h, i) => (h || i === 2 ? T(h || null, HEAD) : { v: null })));
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
  b.line(SHEET_MARKER, { italic: true, size: 9 });
  return {
    role: "summary",
    name: SHEET_NAMES.summary,
    rows: b.rows,
    merges: b.merges,
    colWidths: SUMMARY_WIDTHS,
    font: { name: "Times New Roman", size: 12 },
    rowHeights: estimateRowHeights(b.rows, b.merges, SUMMARY_WIDTHS, 12),
    page: { orientation: "landscape", printTitleRows: `${headRow}:${headRow}` },
    chart: {
      title: "Tỷ lệ thực hiện so với chỉ tiêu",
      categories: `B${first}:B${last}`,
      series: [
        { name: "Tỷ lệ", values: `G${first}:G${last}` },
        { name: "Chỉ tiêu", values: `D${first}:D${last}` },
      ],
      anchor: `L${headRow}`,
    },
  };
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

/** Everything the shells write, computed from the run. */
export function buildWritePlan(p: PlanInput): WritePlan {
  return { tracking: trackingPlan(p), sheets: [nominationSheet(p), summarySheet(p)] };
}

/** A1 range of the tracking block, e.g. "AH2:AO40". */
export function trackingRange(t: TrackingPlan): string {
  return `${colLetter(t.col)}${t.top}:${colLetter(t.col + t.width - 1)}${t.top + t.values.length - 1}`;
}
