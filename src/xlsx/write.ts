// Applying the core's write plan to an exceljs workbook: the output block on the tracking sheet, highlights as
// conditional formats (the clerk's own fills stay untouched), and the add-in's own sheets, replaced on re-run.
import type ExcelJS from "exceljs";
import {
  COLORS,
  needsTextFormat,
  HIGHLIGHT_FORMULAS,
  HIGHLIGHT_TAG,
  OUTPUT_COL_WIDTHS,
  PlanCell,
  SheetPlan,
  WritePlan,
  isOwnSheet,
  resolveSheetName,
} from "../core/write/plan";
import { WorkbookSnapshot } from "../core/read/snapshot";
import { sheetSnapshot } from "./read";
import { applyPage, applyStyle, rangeOf, solid, thin } from "./style";

type CF = { ref: string; rules: { type: string; formulae?: string[] }[] };

/** Remove the add-in's highlights from a sheet; the clerk's own conditional formats stay. Returns how many. */
export function clearHighlights(ws: ExcelJS.Worksheet): number {
  const list = ((ws as unknown as { conditionalFormattings?: CF[] }).conditionalFormattings ??= []);
  const keep = list.filter((cf) => !cf.rules.some((r) => (r.formulae ?? []).some((f) => f.includes(HIGHLIGHT_TAG))));
  const removed = list.length - keep.length;
  list.splice(0, list.length, ...keep);
  return removed;
}

function unmergeWithin(ws: ExcelJS.Worksheet, left: number, right: number, top: number, bottom: number): void {
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice();
  for (const ref of merges) {
    const [a, b = a] = ref.split(":");
    const ca = ws.getCell(a);
    const cb = ws.getCell(b);
    const l = Number(ca.col);
    const r = Number(cb.col);
    if (l >= left && r <= right && Number(ca.row) >= top && Number(cb.row) <= bottom) ws.unMergeCells(ref);
  }
}

function writeTracking(ws: ExcelJS.Worksheet, plan: WritePlan["tracking"][number]): void {
  const { col, top, values, width } = plan;
  unmergeWithin(ws, col, col + width - 1, 1, top + values.length);
  const font = { name: "Times New Roman", size: 11 };
  values.forEach((row, i) => {
    const r = top + i;
    row.forEach((v, off) => {
      const cell = ws.getCell(r, col + off);
      cell.value = v === "" ? null : v;
      const fmt = plan.numFmts[off];
      if (fmt && typeof v === "number") cell.numFmt = fmt;
      if (typeof v === "string" && needsTextFormat(v)) cell.numFmt = "@";
    });
  });
  for (const hr of plan.headerRows) {
    for (let off = 0; off < 6; off++) {
      const cell = ws.getCell(hr, col + off);
      cell.font = { ...font, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = thin;
      cell.fill = solid(COLORS.header);
    }
  }
  if (plan.groupMerge) ws.mergeCells(rangeOf(plan.groupMerge));
  ws.getCell(plan.legend.shortfall).fill = solid(COLORS.shortfall);
  ws.getCell(plan.legend.error).fill = solid(COLORS.error);
  OUTPUT_COL_WIDTHS.forEach((w, off) => {
    ws.getColumn(col + off).width = w;
  });

  clearHighlights(ws);
  const cf = (cells: string[], formula: string, argb: string, priority: number) => {
    if (cells.length === 0) return;
    ws.addConditionalFormatting({
      ref: cells.join(" "),
      rules: [{ type: "expression", priority, formulae: [formula], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb } } } }],
    });
  };
  cf(plan.highlights.error, HIGHLIGHT_FORMULAS.error, COLORS.error, 1);
  cf(plan.highlights.shortfall, HIGHLIGHT_FORMULAS.shortfall, COLORS.shortfall, 2);
}

function writeSheet(ws: ExcelJS.Worksheet, sp: SheetPlan): void {
  sp.rows.forEach((row, i) => {
    row.forEach((pc: PlanCell, c) => {
      if (pc.v === null && !pc.s) return;
      const cell = ws.getCell(i + 1, c + 1);
      cell.value = pc.v;
      applyStyle(cell, pc.s, sp.font);
      if (pc.text && typeof pc.v === "string" && needsTextFormat(pc.v)) cell.numFmt = "@";
    });
  });
  for (const m of sp.merges) ws.mergeCells(rangeOf(m));
  sp.colWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const [r, h] of Object.entries(sp.rowHeights ?? {})) ws.getRow(Number(r)).height = h;
  applyPage(ws, sp.page, 0.6);
}

/** Apply the plan: tracking sheet block and highlights, then the add-in's sheets (old copies replaced). `book` is the
 * snapshot the run was computed from (sheet ownership is read from it, not from the workbook again). */
export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan, book: WorkbookSnapshot = { sheets: [] }): { sheets: string[] } {
  for (const t of plan.tracking) {
    const ws = wb.getWorksheet(t.sheet);
    if (!ws) throw new Error(`Không tìm thấy trang "${t.sheet}"`);
    writeTracking(ws, t);
  }
  const scored = new Set(plan.tracking.map((t) => t.sheet));
  // remove the add-in's earlier sheets first, so the new ones keep their order at the end
  const existing = wb.worksheets.map((s) => ({
    ws: s,
    own: !scored.has(s.name) && isOwnSheet(book.sheets.find((x) => x.name === s.name) ?? sheetSnapshot(s)),
  }));
  const names: string[] = [];
  for (const sp of plan.sheets) {
    const name = resolveSheetName(
      sp.name,
      existing.map((e) => ({ name: e.ws.name, own: e.own })),
    );
    names.push(name);
  }
  for (const e of existing) if (e.own) wb.removeWorksheet(e.ws.id);
  plan.sheets.forEach((sp, i) => writeSheet(wb.addWorksheet(names[i]), sp));
  return { sheets: names };
}
