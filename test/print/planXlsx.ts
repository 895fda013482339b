// Sheet plans written into a new .xlsx with exceljs, honouring every part of the plan that printing depends on
// (fonts, wrap, merges, widths, row heights, A4, margins, fit to width, print area, manual page breaks).
import ExcelJS from "exceljs";
import { SheetPlan } from "../../src/core/write/plan";
import { colLetter } from "../../src/core/read/snapshot";

const thin: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };

/** "A1:T40" → "A$1:T$40": exceljs puts "$" before the columns only, and LibreOffice ignores "$A1:$T40" as a print area. */
const absolute = (ref: string) => ref.replace(/\$?([A-Z]+)\$?(\d+)/g, "$1$$$2");

function addSheet(wb: ExcelJS.Workbook, sp: SheetPlan): void {
  const ws = wb.addWorksheet(sp.name);
  sp.rows.forEach((row, r) =>
    row.forEach((pc, c) => {
      if (pc.v === null && !pc.s) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = pc.v;
      const s = pc.s;
      cell.font = {
        name: sp.font.name,
        size: s?.size ?? sp.font.size,
        bold: !!s?.bold,
        italic: !!s?.italic,
        underline: s?.underline ? true : undefined,
      };
      if (s?.align || s?.wrap) cell.alignment = { horizontal: s.align, vertical: "middle", wrapText: !!s.wrap };
      if (s?.border) cell.border = thin;
      if (s?.numFmt) cell.numFmt = s.numFmt;
      if (pc.text && typeof pc.v === "string" && /^[=+\-@]/.test(pc.v)) cell.numFmt = "@";
    }),
  );
  for (const m of sp.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  sp.colWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [r, h] of Object.entries(sp.rowHeights ?? {})) ws.getRow(Number(r)).height = h;
  const m = sp.page.margins ?? { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 };
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: sp.page.orientation,
    fitToPage: sp.page.fitToWidth !== false,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { top: m.top, bottom: m.bottom, left: m.left, right: m.right, header: m.header ?? 0.3, footer: m.footer ?? 0.3 },
    printArea: absolute(sp.page.printArea ?? `A1:${colLetter(sp.colWidths.length)}${sp.rows.length}`),
    ...(sp.page.printTitleRows ? { printTitlesRow: sp.page.printTitleRows } : {}),
  };
  for (const r of sp.page.rowBreaks ?? []) ws.getRow(r).addPageBreak();
}

/** One workbook holding the given sheet plans, in order. */
export async function writePlansXlsx(file: string, plans: SheetPlan[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sp of plans) addSheet(wb, sp);
  await wb.xlsx.writeFile(file);
}
