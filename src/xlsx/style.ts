// The plan's cell styles in exceljs terms, for the workbooks exceljs makes (the tracking template and its sheets).
import type ExcelJS from "exceljs";
import { CellStyle } from "../core/write/plan";
import { MergedArea, colLetter } from "../core/read/snapshot";

export const rangeOf = (m: MergedArea): string => `${colLetter(m.left)}${m.top}:${colLetter(m.right)}${m.bottom}`;
export const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } });
export const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

export function applyStyle(cell: ExcelJS.Cell, s: CellStyle | undefined, font: { name: string; size: number }): void {
  cell.font = { name: font.name, size: s?.size ?? font.size, bold: !!s?.bold, italic: !!s?.italic };
  if (!s) return;
  if (s.align || s.wrap) cell.alignment = { horizontal: s.align, vertical: "middle", wrapText: !!s.wrap };
  if (s.border) cell.border = thin;
  if (s.fill) cell.fill = solid(s.fill);
  if (s.numFmt) cell.numFmt = s.numFmt;
}

/** A4, fit to one page wide, the header rows repeated on every printed page. */
export function applyPage(ws: ExcelJS.Worksheet, page: { orientation: "portrait" | "landscape"; printTitleRows?: string }, margin = 0.5): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: margin, right: margin * 0.7, top: margin, bottom: margin, header: 0.3, footer: 0.3 },
    ...(page.printTitleRows ? { printTitlesRow: page.printTitleRows } : {}),
  };
}
