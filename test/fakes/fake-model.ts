// The fake workbook's state (cells, merges, formats, conditional formats, charts, page setup, settings) and the
// Excel behaviours a shell depends on: what writing `values` does to text, merged cells, the used range, row moves.
import { Area, MAX_COLS, MAX_ROWS, contains, intersects, parseArea } from "./fake-address";

export type Scalar = string | number | boolean;

export interface CellFormat {
  fill?: string;
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  /** "None", "Single", "Double" … (Office's RangeUnderlineStyle). */
  underline?: string;
  fontColor?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borders?: Record<string, string>;
}

export interface Cell {
  value: Scalar | null;
  formula?: string;
  /** value holds an Excel error such as "#DIV/0!" */
  error?: boolean;
  numberFormat?: string;
  format?: CellFormat;
}

export interface CfRule {
  id: string;
  type: string;
  areas: Area[];
  formula?: string;
  fill?: string;
  fontColor?: string;
  stopIfTrue?: boolean;
}
export interface SeriesModel {
  name: string;
  values?: string;
  xValues?: string;
}
export interface ChartModel {
  id: string;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  series: SeriesModel[];
  position?: { start: string; end?: string };
  legend?: string;
}
export interface PageModel {
  orientation?: string;
  paperSize?: string;
  zoom?: Record<string, number>;
  margins: Record<string, number>;
  printTitleRows?: string;
  centerHorizontally?: boolean;
  printArea?: string;
  /** Rows after which a new page starts. */
  rowBreaks?: number[];
}

export interface SheetModel {
  id: string;
  name: string;
  /** rows[r - 1][c - 1] */
  rows: (Cell | undefined)[][];
  merges: Area[];
  cfs: CfRule[];
  charts: ChartModel[];
  colWidths: Map<number, number>;
  /** Row heights set by the add-in (points), by 1-based row; unset rows have Excel's default 15. */
  rowHeights: Map<number, number>;
  page: PageModel;
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const NUMERIC = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i;

export function newSheet(id: string, name: string): SheetModel {
  return { id, name, rows: [], merges: [], cfs: [], charts: [], colWidths: new Map(), rowHeights: new Map(), page: { margins: {} } };
}

export function getCell(s: SheetModel, r: number, c: number): Cell | undefined {
  return s.rows[r - 1]?.[c - 1];
}

export function ensureCell(s: SheetModel, r: number, c: number): Cell {
  const row = (s.rows[r - 1] ??= []);
  return (row[c - 1] ??= { value: null });
}

export const mergeAt = (s: SheetModel, r: number, c: number): Area | undefined => s.merges.find((m) => contains(m, r, c));
const coveredByMerge = (s: SheetModel, r: number, c: number): boolean => {
  const m = mergeAt(s, r, c);
  return !!m && (m.top !== r || m.left !== c);
};

/**
 * Write one cell as Office's `values` / `formulas` setters do: null leaves the cell alone, "" clears it; a string
 * starting with "=", "+" or "-" becomes a formula (a number when it reads as one) unless the cell's number
 * format is "@" or it starts with an apostrophe; so does "@…" (the Lotus-style entry Excel's grid turns into a
 * formula: stricter than needed, on purpose); a numeric string in a non-text cell becomes a number.
 * A cell covered by a merge (not its top-left) keeps nothing.
 */
export function writeCell(s: SheetModel, r: number, c: number, input: unknown): void {
  if (input === null || input === undefined) return;
  if (coveredByMerge(s, r, c)) return;
  const cell = ensureCell(s, r, c);
  delete cell.formula;
  delete cell.error;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const str = String(input);
  const text = cell.numberFormat === "@";
  if (str === "") cell.value = null;
  else if (text) cell.value = str;
  else if (str.startsWith("'")) cell.value = str.slice(1);
  else if (NUMERIC.test(str)) cell.value = Number(str);
  else if (/^(true|false)$/i.test(str)) cell.value = str.toLowerCase() === "true";
  else if (/^[=+\-@]/.test(str) && str.length > 1) {
    cell.formula = str.startsWith("=") ? str : `=${str.replace(/^@/, "")}`;
    cell.value = null; // the fake computes nothing: a new formula reads back as empty
  } else cell.value = str;
}

/** What `values` reads: the cached result, the error text, "" for empty. */
export function readValue(cell: Cell | undefined): Scalar {
  return cell?.value ?? "";
}

export function readType(cell: Cell | undefined): string {
  if (!cell || cell.value === null || cell.value === "") return "Empty";
  if (cell.error) return "Error";
  return typeof cell.value === "number" ? "Double" : typeof cell.value === "boolean" ? "Boolean" : "String";
}

export const readFormula = (cell: Cell | undefined): Scalar => cell?.formula ?? readValue(cell);
export const readNumberFormat = (cell: Cell | undefined): string => cell?.numberFormat ?? "General";

/** Bounding box of cells with a value or formula (valuesOnly) or with anything set, within `within`; null when blank. */
export function usedArea(s: SheetModel, valuesOnly: boolean, within?: Area): Area | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  s.rows.forEach((row, ri) => {
    if (!row || (within && (ri + 1 < within.top || ri + 1 > within.bottom))) return;
    row.forEach((cell, ci) => {
      if (!cell || (within && (ci + 1 < within.left || ci + 1 > within.right))) return;
      const has =
        cell.value !== null || cell.formula !== undefined || (!valuesOnly && (cell.numberFormat !== undefined || cell.format !== undefined));
      if (!has) return;
      top = Math.min(top, ri + 1);
      bottom = Math.max(bottom, ri + 1);
      left = Math.min(left, ci + 1);
      right = Math.max(right, ci + 1);
    });
  });
  return bottom === 0 ? null : { top, left, bottom, right };
}

export function forEachCell(area: Area, fn: (r: number, c: number) => void): void {
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) fn(r, c);
}

/** Merge as Excel does: earlier merges touching the area go, only the top-left value stays. */
export function merge(s: SheetModel, area: Area, across: boolean): void {
  const parts: Area[] = across
    ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({ ...area, top: area.top + i, bottom: area.top + i }))
    : [area];
  for (const p of parts) {
    if (p.top === p.bottom && p.left === p.right) continue;
    s.merges = s.merges.filter((m) => !intersects(m, p));
    forEachCell(p, (r, c) => {
      if (r === p.top && c === p.left) return;
      const cell = getCell(s, r, c);
      if (cell) {
        cell.value = null;
        delete cell.formula;
        delete cell.error;
      }
    });
    s.merges.push({ ...p });
  }
}

export function unmerge(s: SheetModel, area: Area): void {
  s.merges = s.merges.filter((m) => !intersects(m, area));
}

export function setFormat(s: SheetModel, areas: Area[], patch: (f: CellFormat) => void): void {
  for (const a of areas) {
    if ((a.bottom - a.top + 1) * (a.right - a.left + 1) > 2_000_000)
      throw new OfficeError("InvalidArgument", "the fake formats at most 2,000,000 cells at once");
    forEachCell(a, (r, c) => patch((ensureCell(s, r, c).format ??= {})));
  }
}

function shiftArea(a: Area, at: number, count: number): Area | null {
  if (count < 0 && a.top >= at && a.bottom < at - count) return null; // deleted rows took it
  const move = (r: number) => (r >= at ? Math.max(at, r + count) : r);
  return { ...a, top: move(a.top), bottom: a.bottom >= at ? Math.max(move(a.bottom), move(a.top)) : a.bottom };
}

/** Insert (count > 0) or delete (count < 0) whole rows at `at`, moving cells, merges and conditional formats. */
export function shiftRows(s: SheetModel, at: number, count: number): void {
  if (count > 0) s.rows.splice(at - 1, 0, ...Array.from({ length: count }, () => [] as (Cell | undefined)[]));
  else s.rows.splice(at - 1, -count);
  s.merges = s.merges.map((m) => shiftArea(m, at, count)).filter((m): m is Area => m !== null);
  for (const cf of s.cfs) cf.areas = cf.areas.map((a) => shiftArea(a, at, count)).filter((a): a is Area => a !== null);
  s.cfs = s.cfs.filter((cf) => cf.areas.length > 0);
  const gone = (r: number) => count < 0 && r >= at && r < at - count;
  s.rowHeights = new Map([...s.rowHeights].filter(([r]) => !gone(r)).map(([r, h]) => [r >= at ? r + count : r, h] as [number, number]));
}

/** Insert (count > 0) or delete (count < 0) whole columns at `at`, moving cells, merges and conditional formats. */
export function shiftColumns(s: SheetModel, at: number, count: number): void {
  for (const row of s.rows) {
    if (!row) continue;
    if (count > 0) row.splice(at - 1, 0, ...new Array<Cell | undefined>(count).fill(undefined));
    else row.splice(at - 1, -count);
  }
  const turn = (a: Area): Area => ({ top: a.left, left: a.top, bottom: a.right, right: a.bottom });
  const move = (a: Area) => {
    const t = shiftArea(turn(a), at, count);
    return t && turn(t);
  };
  s.merges = s.merges.map(move).filter((m): m is Area => m !== null);
  for (const cf of s.cfs) cf.areas = cf.areas.map(move).filter((a): a is Area => a !== null);
  s.cfs = s.cfs.filter((cf) => cf.areas.length > 0);
  s.colWidths = new Map([...s.colWidths].map(([c, w]) => [c >= at ? c + count : c, w] as [number, number]).filter(([c]) => c >= 1));
}

/** Swap the contents of two rows, as a sort does (merges and conditional formats stay where they are). */
export function swapRows(s: SheetModel, a: number, b: number): void {
  const ra = s.rows[a - 1] ?? [];
  s.rows[a - 1] = s.rows[b - 1] ?? [];
  s.rows[b - 1] = ra;
}

export const WHOLE_SHEET: Area = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS };

/** An address on a given sheet (a sheet prefix must name it), as an area; bad input is "InvalidArgument". */
export function areaOn(sheet: SheetModel, address: string): Area {
  let parsed;
  try {
    parsed = parseArea(address);
  } catch {
    throw new OfficeError("InvalidArgument", `The argument is invalid or missing: "${address}".`);
  }
  if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
    throw new OfficeError("InvalidArgument", `"${address}" is on another sheet.`);
  return parsed.area;
}
