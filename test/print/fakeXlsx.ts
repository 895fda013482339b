// Sheets of the fake Excel as the Office.js shell left them, written into a new .xlsx with exceljs for the print check:
// only what the shell set on the fake is carried over — values, number formats, fonts (name, size, bold, italic,
// underline), alignment, wrap, borders, merges, column widths (Office.js points back to the file's width), row
// heights, and the page setup (paper, orientation, margins in points, fit to the page width, print area, print
// title rows, manual breaks). What the shell forgot to set is missing here too, so the printout shows it.
import ExcelJS from "exceljs";
import type { FakeBook } from "../fakes/excel-fake";
import { columnPt } from "../../src/core/write/measure";

const ALIGN: Record<string, ExcelJS.Alignment["horizontal"]> = { Left: "left", Center: "center", Right: "right" };
const VALIGN: Record<string, ExcelJS.Alignment["vertical"]> = { Top: "top", Center: "middle", Bottom: "bottom" };
const EDGES = { EdgeTop: "top", EdgeBottom: "bottom", EdgeLeft: "left", EdgeRight: "right" } as const;
const PAPER: Record<string, ExcelJS.PaperSize> = { A4: 9 as ExcelJS.PaperSize, Letter: 1 as ExcelJS.PaperSize };

/** "A1:T40" → "A$1:T$40" (LibreOffice ignores a print area with "$" before the columns only). */
const absolute = (ref: string) => ref.replace(/\$?([A-Z]+)\$?(\d+)/g, "$1$$$2");

function addSheet(wb: ExcelJS.Workbook, book: FakeBook, name: string): void {
  const s = book.sheet(name);
  const ws = wb.addWorksheet(name);
  s.rows.forEach((row, r) =>
    row?.forEach((c, k) => {
      if (!c) return;
      const cell = ws.getCell(r + 1, k + 1);
      if (c.value !== null) cell.value = c.value;
      if (c.numberFormat) cell.numFmt = c.numberFormat;
      const f = c.format;
      if (!f) return;
      cell.font = {
        name: f.fontName,
        size: f.fontSize,
        bold: !!f.bold,
        italic: !!f.italic,
        ...(f.underline && f.underline !== "None" ? { underline: f.underline === "Double" ? "double" : true } : {}),
      };
      if (f.hAlign || f.vAlign || f.wrap)
        cell.alignment = {
          horizontal: f.hAlign ? ALIGN[f.hAlign] : undefined,
          vertical: f.vAlign ? VALIGN[f.vAlign] : undefined,
          wrapText: !!f.wrap,
        };
      const border: Partial<ExcelJS.Borders> = {};
      for (const [edge, side] of Object.entries(EDGES)) if (f.borders?.[edge] === "Continuous") border[side] = { style: "thin" };
      if (Object.keys(border).length) cell.border = border;
    }),
  );
  for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  // Office.js columnWidth is in points; the file's width unit is columnPt(1) points
  for (const [c, pt] of s.colWidths) ws.getColumn(c).width = pt / columnPt(1);
  for (const [r, h] of s.rowHeights) ws.getRow(r).height = h;
  const p = s.page;
  const inch = (name: string, fallback: number) => (p.margins[name] ?? fallback) / 72;
  const fit = p.zoom?.horizontalFitToPages !== undefined;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER[p.paperSize ?? "Letter"],
    orientation: p.orientation === "Landscape" ? "landscape" : "portrait",
    // Excel's "fit to 1 page wide" leaves the height automatic (the file's fitToHeight 0)
    fitToPage: fit,
    ...(fit ? { fitToWidth: p.zoom!.horizontalFitToPages, fitToHeight: p.zoom!.verticalFitToPages ?? 0 } : { scale: p.zoom?.scale ?? 100 }),
    margins: {
      top: inch("topMargin", 54),
      bottom: inch("bottomMargin", 54),
      left: inch("leftMargin", 50.4),
      right: inch("rightMargin", 50.4),
      header: inch("headerMargin", 21.6),
      footer: inch("footerMargin", 21.6),
    },
    ...(p.printArea ? { printArea: absolute(p.printArea) } : {}),
    ...(p.printTitleRows ? { printTitlesRow: p.printTitleRows.replace(/\$/g, "") } : {}),
  };
  for (const r of p.rowBreaks ?? []) ws.getRow(r).addPageBreak();
}

/** One workbook holding the fake's sheets of these names, in order. */
export async function writeFakeSheetsXlsx(file: string, book: FakeBook, names: string[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const name of names) addSheet(wb, book, name);
  await wb.xlsx.writeFile(file);
}
