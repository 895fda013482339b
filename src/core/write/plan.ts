// The write plan (§8) as data: its types and constants, and buildWritePlan. What goes into the add-in's output
// columns is in trackingPlan.ts, the official sheets in officialSheets.ts. Shells apply the plan; nothing here does I/O.
import { Catalog } from "../catalog";
import { Layout } from "../read/layout";
import { Lang } from "../messages";
import { Nomination, ScoredRow, round2 } from "../score/rank";
import { MergedArea, SheetSnapshot, WorkbookSnapshot } from "../read/snapshot";
import { CriterionSummary, SectorSummary } from "../score/summary";

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

/**
 * Whether a text must be stored under the text format "@" because Excel would otherwise read it as a formula
 * (=, +, -, @), a number or a date ("10/11"), or take a leading apostrophe as its text prefix ("'Trần Thị Nở"). Other texts stay General: a text-formatted cell holding more than
 * 255 characters shows "####" in Excel.
 */
export function needsTextFormat(s: string): boolean {
  const t = s.trim();
  return /^['=+\-@]/.test(s) || /^['=+\-@]/.test(t) || /^[\d\s.,:/%()]+$/.test(t) || /^(true|false)$/i.test(t);
}

export const fmtPercent = (rate: number): string => `${String(round2(rate * 100)).replace(".", ",")}%`;

/** Everything a write plan is computed from. */
export interface PlanInput {
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
