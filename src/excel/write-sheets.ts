// The add-in's own sheets (nomination list, summary): each is built whole under a temporary name, then in the same
// request the old copies go and the new ones take their names, so a failure never leaves a half-written list.
// Page setup from the plan: A4, orientation, print area (the marker sits outside it), margins, fit to the page width
// when asked, print title rows, manual breaks; row heights, merged wrapped cells and every CellStyle field. Then the
// new sheets are moved to their place among the tabs (sheetOrder).
import { CellStyle, ChartPlan, Margins, PageSetup, SheetPlan, needsTextFormat } from "../core/write/plan";
import { a1, colLetter } from "../core/read/snapshot";
import { addressLists, hexColor, offsetCell, rangeA1, widthPoints } from "./address";

/** Sheets being built carry this prefix until the swap; a leftover from a crash is deleted by the next run. */
export const TEMP_PREFIX = "~TĐCCHC tạm ";
export const isTempSheet = (name: string): boolean => name.startsWith(TEMP_PREFIX);

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
/** Margins when the plan gives none, in inches (as the .xlsx shell writes them). */
const MARGINS: Margins = { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
/** Inches (the plan's margins) to points (Office.js margins), to a hundredth. */
const points = (inches: number): number => Math.round(inches * 72 * 100) / 100;

/** The sheet's page setup, as the plan gives it (Office.js takes margins in points). */
function queuePage(ws: Excel.Worksheet, p: PageSetup): void {
  const page = ws.pageLayout;
  page.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = "A4";
  if (p.fitToWidth !== false) page.zoom = { horizontalFitToPages: 1 };
  const m = { ...MARGINS, ...p.margins };
  page.leftMargin = points(m.left);
  page.rightMargin = points(m.right);
  page.topMargin = points(m.top);
  page.bottomMargin = points(m.bottom);
  page.headerMargin = points(m.header ?? MARGINS.header!);
  page.footerMargin = points(m.footer ?? MARGINS.footer!);
  if (p.printTitleRows)
    page.setPrintTitleRows(
      p.printTitleRows
        .split(":")
        .map((r) => `$${r}`)
        .join(":"),
    );
  if (p.printArea) page.setPrintArea(p.printArea);
  // a new page after row r: the break goes before row r + 1
  for (const r of p.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${r + 1}`);
}

function applyStyle(f: Excel.RangeFormat, s: CellStyle): void {
  if (s.bold) f.font.bold = true;
  if (s.italic) f.font.italic = true;
  if (s.underline) f.font.underline = "Single";
  if (s.size) f.font.size = s.size;
  if (s.align) f.horizontalAlignment = ALIGN[s.align];
  if (s.align || s.wrap) f.verticalAlignment = "Center";
  if (s.wrap) f.wrapText = true;
  if (s.fill) f.fill.color = hexColor(s.fill);
  if (s.border) {
    for (const edge of EDGES) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = "Thin";
    }
  }
}

/** Cells of each style (number format aside), one address per cell so every cell gets its own borders. */
function styleGroups(sp: SheetLayout): { style: CellStyle; cells: string[] }[] {
  const groups = new Map<string, { style: CellStyle; cells: string[] }>();
  sp.rows.forEach((row, r) =>
    row.forEach((pc, c) => {
      if (!pc.s) return;
      const { numFmt: _numFmt, ...style } = pc.s;
      if (Object.keys(style).length === 0) return;
      const key = JSON.stringify(style);
      if (!groups.has(key)) groups.set(key, { style, cells: [] });
      groups.get(key)!.cells.push(a1(r + 1, c + 1));
    }),
  );
  return [...groups.values()];
}

function queueChart(ws: Excel.Worksheet, cp: ChartPlan): void {
  const chart = ws.charts.add("ColumnClustered", ws.getRange(cp.series[0].values), "Columns");
  chart.title.text = cp.title;
  chart.legend.position = "Bottom";
  const first = chart.series.getItemAt(0);
  first.name = cp.series[0].name;
  first.setXAxisValues(ws.getRange(cp.categories));
  for (const s of cp.series.slice(1)) {
    const series = chart.series.add(s.name);
    series.setValues(ws.getRange(s.values));
    series.setXAxisValues(ws.getRange(cp.categories));
  }
  chart.setPosition(cp.anchor, offsetCell(cp.anchor, cp.size.rows, cp.size.cols));
}

/** The parts of a sheet plan the writer lays out; the officials' form sheets share them. */
export type SheetLayout = Pick<SheetPlan, "rows" | "merges" | "colWidths" | "font" | "page" | "rowHeights"> & { chart?: ChartPlan };

/** Queue one whole sheet under `tempName`: cells (text as "@" first), font, styles, merges, widths, row heights, page, chart. */
export function queueSheet(ctx: Excel.RequestContext, sp: SheetLayout, tempName: string): Excel.Worksheet {
  const ws = ctx.workbook.worksheets.add(tempName);
  const width = Math.max(1, sp.colWidths.length, ...sp.rows.map((r) => r.length));
  const height = Math.max(1, sp.rows.length);
  const pad = <T>(row: T[], fill: T) => Array.from({ length: width }, (_, i) => (i < row.length ? row[i] : fill));
  const all = ws.getRange(`A1:${colLetter(width)}${height}`);
  all.numberFormat = sp.rows.map((row) =>
    pad(
      row.map((pc) => (pc.text && typeof pc.v === "string" && needsTextFormat(pc.v) ? "@" : (pc.s?.numFmt ?? "General"))),
      "General",
    ),
  );
  all.values = sp.rows.map((row) =>
    pad(
      row.map((pc) => pc.v ?? ""),
      "",
    ),
  );
  all.format.font.name = sp.font.name;
  all.format.font.size = sp.font.size;
  for (const g of styleGroups(sp)) for (const address of addressLists(g.cells)) applyStyle(ws.getRanges(address).format, g.style);
  for (const m of sp.merges) ws.getRange(rangeA1(m)).merge(false);
  sp.colWidths.forEach((w, i) => {
    ws.getRange(`${colLetter(i + 1)}:${colLetter(i + 1)}`).format.columnWidth = widthPoints(w);
  });
  for (const [r, h] of Object.entries(sp.rowHeights ?? {})) ws.getRange(`${r}:${r}`).format.rowHeight = h;
  queuePage(ws, sp.page);
  if (sp.chart) queueChart(ws, sp.chart);
  return ws;
}

/** Queue the swap: old copies of the add-in's sheets deleted, then the new ones renamed to their final names. */
export function queueSwap(ctx: Excel.RequestContext, built: Excel.Worksheet[], names: string[], oldOwn: string[]): void {
  for (const name of oldOwn) ctx.workbook.worksheets.getItem(name).delete();
  built.forEach((ws, i) => {
    ws.name = names[i];
  });
}

/**
 * Queue the moves that put the written sheets where `order` (sheetOrder) wants them. After the swap the tabs are the
 * kept ones in their order, then the new ones in the plan's order (added last); each new sheet is moved to its place
 * from left to right (`position`, ExcelApi 1.1), only when it is not there already.
 */
export function queuePlacement(built: Excel.Worksheet[], names: string[], kept: string[], order: string[]): void {
  const now = [...kept, ...names];
  order.forEach((name, i) => {
    const k = names.indexOf(name);
    const at = now.indexOf(name);
    if (k < 0 || at === i) return;
    built[k].position = i;
    now.splice(at, 1);
    now.splice(i, 0, name);
  });
}
