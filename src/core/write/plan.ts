// The write plan (§8) as data: its types (output blocks, the add-in's sheets, page setup), constants, sheet naming
// and marking. The plan is built by writePlan.ts from trackingPlan.ts (output blocks) and officialSheets.ts (the
// list and the summary); the shells apply it; nothing here does I/O.
import { Catalog } from "../catalog";
import { Unit } from "../read/unit";
import { DossierSettings } from "../settings";
import { Layout } from "../read/layout";
import { Lang, formatPercent } from "../messages";
import { Nomination, ScoredRow } from "../score/rank";
import { MergedArea, SheetSnapshot, WorkbookSnapshot, colLetter } from "../read/snapshot";
import { SHEET_MARKER } from "../read/sheets";
import { FORM, mmToInches } from "../dossier/form";
import { CriterionSummary, SectorSummary } from "../score/summary";

export type PlanValue = string | number | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Single underline (the national motto). */
  underline?: boolean;
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
  /** Where to put it: its top-left cell, and how many columns and rows it covers. */
  anchor: string;
  size: { cols: number; rows: number };
}

/** Page margins in inches (Excel's unit). */
export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header?: number;
  footer?: number;
}

export interface PageSetup {
  orientation: "portrait" | "landscape";
  /** "5:6": rows repeated at the top of every printed page. */
  printTitleRows?: string;
  /** "A1:H40": what prints (the add-in's marker sits outside it). Unset: the whole sheet. */
  printArea?: string;
  margins?: Margins;
  /** Fit the columns to one page wide (default true); rows flow onto as many pages as they need. */
  fitToWidth?: boolean;
  /** Manual page breaks: a new page starts after each of these 1-based rows. */
  rowBreaks?: number[];
}

export type SheetRole = "nomination" | "summary" | "dossier";

export interface SheetPlan {
  role: SheetRole;
  /** The wanted name; the shell uses `resolveSheetName` when a clerk's sheet already has it. */
  name: string;
  rows: PlanCell[][];
  merges: MergedArea[];
  colWidths: number[];
  font: { name: string; size: number };
  page: PageSetup;
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

/** Everything a run writes: one output block per scored tracking sheet (workbook order), then the add-in's sheets. */
export interface WritePlan {
  tracking: TrackingPlan[];
  sheets: SheetPlan[];
}

export { SHEET_MARKER, SHEET_NAMES, hasMarker, isOwnSheet, ownBaseName } from "../read/sheets";
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

/** The name to write a sheet under: the base name if free or ours, else "base (2)", "base (3)" … (31 characters at most). */
export function resolveSheetName(base: string, sheets: { name: string; own: boolean }[]): string {
  const by = new Map(sheets.map((s) => [s.name.toLowerCase(), s.own]));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? "" : ` (${i})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    const own = by.get(name.toLowerCase());
    if (own === undefined || own) return name;
  }
}

/**
 * Marks a sheet plan as the add-in's: its print area is set to its rows and columns (unless given), and the marker
 * goes in the first row two columns right of it, outside what prints.
 */
export function markSheet(sp: SheetPlan): SheetPlan {
  const width = Math.max(sp.colWidths.length, ...sp.rows.map((r) => r.length));
  const rows = sp.rows.map((r) => r.slice());
  const first = rows[0] ?? (rows[0] = []);
  while (first.length < width + 1) first.push({ v: null });
  first[width + 1] = { v: SHEET_MARKER, text: true, s: { italic: true, size: 9 } };
  const printArea = sp.page.printArea ?? `A1:${colLetter(width)}${Math.max(1, sp.rows.length)}`;
  return { ...sp, rows, page: { ...sp.page, printArea } };
}

/** The margins of NĐ 30/2020 (the dossier's form), in inches for a sheet's page setup. */
export function formMargins(): Margins {
  const m = FORM.margins;
  return { top: mmToInches(m.top), bottom: mmToInches(m.bottom), left: mmToInches(m.left), right: mmToInches(m.right), header: 0.3, footer: 0.3 };
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

/** A rate as the sheets write it ("96,5%"). */
export const fmtPercent = (rate: number): string => formatPercent(rate, "vi");

/** Everything a write plan is computed from. */
export interface PlanInput {
  book: WorkbookSnapshot;
  /** Every scored sheet with its layout, in workbook order. */
  tables: { sheet: SheetSnapshot; layout: Layout }[];
  /** The first of them. */
  sheet: SheetSnapshot;
  layout: Layout;
  catalog: Catalog;
  rows: ScoredRow[];
  nomination: Nomination;
  summary: Record<string, CriterionSummary>;
  summaryBySector: SectorSummary[];
  lang: Lang;
  /** The unit the documents name (§10). */
  unit: Unit;
  /** What the clerk set for the documents (signer, numbers, dates); blanks where unset. */
  dossier: DossierSettings;
  /** The documents' date (ISO) when the settings give none: the decree in force is cited for it (default: today). */
  date?: string;
}
