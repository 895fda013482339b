// The output block on a tracking sheet's part (§8, §11): its cells (text as inline strings, never formulas), header
// style, group merge, legend, column widths and highlights; every other child of the sheet copied as it was.
import { COLORS, OUTPUT_COL_WIDTHS, TrackingPlan } from "../core/write/plan";
import { blockFormats, blockMergesToUndo } from "../core/write/trackingPlan";
import { OUTPUT_HEADERS } from "../core/read/layout";
import { MergedArea, colLetter } from "../core/read/snapshot";
import { Package, readPart, writePart } from "./package";
import { WorksheetXml, childrenOf, setChild, splitWorksheet, worksheetChunks } from "./sheetXml";
import { CellSlot, cellXml, rangeRef, spliceSheetData } from "./sheetData";
import { columnStyle, parseCols, setColumnWidths } from "./columns";
import { StyleBook, XfChange, deriveXf } from "./styles";
import { addOurRules, removeOurRules } from "./highlights";
import { parseRef } from "./cellRefs";
import { tagAttrs } from "./xml";

/** The header cells: the six results (not the gap or the legend). */
const HEADER_CELLS = OUTPUT_HEADERS.length;
const HEADER: XfChange = {
  font: { name: "Times New Roman", size: 11, bold: true },
  align: { horizontal: "center", vertical: "center", wrap: true },
  border: true,
  fill: COLORS.header,
};

const overlaps = (a: MergedArea, b: MergedArea): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

function writeMerges(ws: WorksheetXml, t: TrackingPlan): void {
  const p = ws.prefix;
  const existing = childrenOf(ws, "mergeCells")[0]?.xml ?? "";
  const merges = [...existing.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)].map((m) => ({ xml: m[0], area: parseRef(tagAttrs(m[0]).ref ?? "") }));
  const undo = new Set(
    blockMergesToUndo(
      t,
      merges.flatMap((m) => (m.area ? [m.area] : [])),
    ),
  );
  const right = t.col + t.width - 1;
  const inBlock = (a: MergedArea) => a.left >= t.col && a.right <= right;
  const keep = merges.filter((m) => !m.area || (!undo.has(m.area) && !(t.groupMerge && inBlock(m.area) && overlaps(m.area, t.groupMerge))));
  const xml = keep.map((m) => m.xml);
  if (t.groupMerge) xml.push(`<${p}mergeCell ref="${rangeRef(t.groupMerge)}"/>`);
  const trailing = /\s*$/.exec(existing)![0];
  setChild(ws, "mergeCells", xml.length ? `<${p}mergeCells count="${xml.length}">${xml.join("")}</${p}mergeCells>${trailing}` : "");
}

function writeDimension(ws: WorksheetXml, t: TrackingPlan): void {
  const p = ws.prefix;
  const old = childrenOf(ws, "dimension")[0];
  const ref = old ? tagAttrs(old.xml).ref : undefined;
  const block = { top: t.top, left: t.col, bottom: t.top + t.values.length - 1, right: t.col + t.width - 1 };
  const a = ref ? parseRef(ref) : null;
  const area = a
    ? {
        top: Math.min(a.top, block.top),
        left: Math.min(a.left, block.left),
        bottom: Math.max(a.bottom, block.bottom),
        right: Math.max(a.right, block.right),
      }
    : block;
  const trailing = old ? /\s*$/.exec(old.xml)![0] : "";
  setChild(ws, "dimension", `<${p}dimension ref="${rangeRef(area)}"/>${trailing}`);
}

/** Write one tracking plan's block into its sheet part. */
export function writeTrackingBlock(pkg: Package, part: string, t: TrackingPlan, styles: StyleBook): void {
  const ws = splitWorksheet(readPart(pkg, part)!, part);
  const p = ws.prefix;
  const colsXml = childrenOf(ws, "cols")[0]?.xml;
  const ranges = parseCols(colsXml);
  const headers = new Set(t.headerRows);
  const legend = new Map([
    [t.legend.shortfall, COLORS.shortfall],
    [t.legend.error, COLORS.error],
  ]);
  const formats = new Map<number, string[]>();
  const make = (row: number, col: number, existing: CellSlot | null, rowStyle: number | null): string | null => {
    const i = row - t.top;
    const off = col - t.col;
    const v = t.values[i][off];
    const ref = `${colLetter(col)}${row}`;
    const header = headers.has(row) && off < HEADER_CELLS;
    const fill = legend.get(ref);
    if ((v === null || v === "") && !existing && !header && !fill) return null;
    if (!formats.has(i)) formats.set(i, blockFormats(t, t.values[i]));
    const change: XfChange = { numFmt: formats.get(i)![off], ...(header ? HEADER : {}), ...(fill ? { fill } : {}) };
    const base = existing?.s ?? rowStyle ?? columnStyle(ranges, col) ?? 0;
    return cellXml(p, ref, deriveXf(styles, base, change), v);
  };
  const rows = t.values.map((_, i) => t.top + i);
  const cols = Array.from({ length: t.width }, (_, off) => t.col + off);
  const data = childrenOf(ws, "sheetData")[0];
  setChild(ws, "sheetData", spliceSheetData(data ? data.xml : `<${p}sheetData/>`, rows, cols, make));
  writeMerges(ws, t);
  setChild(ws, "cols", setColumnWidths(colsXml, p, t.col, OUTPUT_COL_WIDTHS));
  removeOurRules(ws);
  addOurRules(ws, t.highlights, styles);
  writeDimension(ws, t);
  writePart(pkg, part, worksheetChunks(ws));
}
