// One of the add-in's sheets (SheetPlan) as a new worksheet part: cells (text as inline strings, never formulas)
// with their fonts, alignment, borders, fills and number formats; merges, widths, heights and the A4 page setup.
import { CellStyle, PageSetup, PlanCell, SheetPlan, needsTextFormat } from "../core/write/plan";
import { colLetter } from "../core/read/snapshot";
import { StyleBook, XfChange, deriveXf } from "./styles";
import { cellXml, rangeRef } from "./sheetData";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DEFAULT_MARGINS = { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

function styleChange(sp: SheetPlan, pc: PlanCell): XfChange {
  const s: CellStyle = pc.s ?? {};
  const text = pc.text && typeof pc.v === "string" && needsTextFormat(pc.v);
  return {
    numFmt: text ? "@" : (s.numFmt ?? "General"),
    font: { name: sp.font.name, size: s.size ?? sp.font.size, bold: !!s.bold, italic: !!s.italic, underline: !!s.underline },
    ...(s.align || s.wrap ? { align: { horizontal: s.align, vertical: "center", wrap: !!s.wrap } } : {}),
    ...(s.border ? { border: true } : {}),
    ...(s.fill ? { fill: s.fill } : {}),
  };
}

function pageXml(page: PageSetup): string {
  const m = { ...DEFAULT_MARGINS, ...page.margins };
  const fit = page.fitToWidth !== false;
  const margins = `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  const setup = `<pageSetup paperSize="9" orientation="${page.orientation}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`;
  const breaks = (page.rowBreaks ?? []).filter((r) => r > 0);
  const rowBreaks = breaks.length
    ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`
    : "";
  return margins + setup + rowBreaks;
}

/** The worksheet XML of a sheet plan; `drawingRelId` places its chart's drawing. */
export function sheetPlanXml(sp: SheetPlan, styles: StyleBook, drawingRelId: string | null): string {
  const xfOf = (pc: PlanCell): number => deriveXf(styles, 0, styleChange(sp, pc));
  const width = Math.max(1, sp.colWidths.length, ...sp.rows.map((r) => r.length));
  const height = Math.max(1, sp.rows.length);
  const rows: string[] = [];
  sp.rows.forEach((row, i) => {
    const r = i + 1;
    const cells = row.flatMap((pc, c) => (pc.v === null && !pc.s ? [] : [cellXml("", `${colLetter(c + 1)}${r}`, xfOf(pc), pc.v)]));
    const ht = sp.rowHeights?.[r];
    if (cells.length || ht) rows.push(`<row r="${r}"${ht ? ` ht="${ht}" customHeight="1"` : ""}>${cells.join("")}</row>`);
  });
  const cols = sp.colWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const merges = sp.merges.length
    ? `<mergeCells count="${sp.merges.length}">${sp.merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`).join("")}</mergeCells>`
    : "";
  const fit = sp.page.fitToWidth !== false;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${R_NS}">` +
    (fit ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "") +
    `<dimension ref="A1:${colLetter(width)}${height}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>${rows.join("")}</sheetData>${merges}` +
    pageXml(sp.page) +
    (drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : "") +
    `</worksheet>`
  );
}

/** "A1:H40" → "$A$1:$H$40"; "5:6" → "$5:$6". */
export const absolute = (ref: string): string =>
  ref.replace(/([A-Z]*)(\d+)/gi, (_, c: string, r: string) => `${c ? `$${c.toUpperCase()}` : ""}$${r}`);
