// The exceljs shell of the officials' side: writing form sheets (tracking template, Hướng dẫn nhập liệu, Tiêu chí)
// with data validation, protection without password and frozen panes; reading an officials list from a file.
import ExcelJS from "exceljs";
import { Catalog } from "../core/catalog";
import { catalogToSheet } from "../core/officials/catalogSheet";
import { FormSheetPlan, ValidationRule } from "../core/write/formPlan";
import { guideSheet } from "../core/officials/guide";
import { Official, OfficialsResult, readOfficials } from "../core/officials/officials";
import { needsTextFormat, resolveSheetName } from "../core/write/plan";
import { colLetter } from "../core/read/snapshot";
import { TemplateOptions, TemplatePlan, buildTemplate } from "../core/officials/template";
import { exactKey } from "../core/read/text";
import { listSource } from "../core/officials/validation";
import { sheetSnapshot } from "./read";
import { applyPage, applyStyle as style, rangeOf } from "./style";

/** A rule in exceljs's terms. */
export function toExcelJsValidation(r: ValidationRule): ExcelJS.DataValidation {
  const msg = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: r.promptTitle,
    prompt: r.prompt,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: r.errorTitle,
    error: r.error,
  } as const;
  const c = r.check;
  switch (c.kind) {
    case "whole":
      return { type: "whole", operator: "greaterThanOrEqual", formulae: [c.min], ...msg };
    case "decimal":
      return { type: "decimal", operator: "between", formulae: [c.min, c.max], ...msg };
    case "list":
      return { type: "list", formulae: [`"${listSource(c.items)}"`], ...msg };
    case "custom":
      return { type: "custom", formulae: [c.formula], ...msg };
  }
}

/** Put the rules on a sheet (one range each); values are not touched. */
export function applyValidations(ws: ExcelJS.Worksheet, rules: ValidationRule[]): void {
  const dv = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const r of rules) {
    const ref = r.top === r.bottom ? `${colLetter(r.col)}${r.top}` : `${colLetter(r.col)}${r.top}:${colLetter(r.col)}${r.bottom}`;
    dv.add(ref, toExcelJsValidation(r));
  }
}

/** Write a form sheet onto an empty worksheet. */
export async function writeFormSheet(ws: ExcelJS.Worksheet, plan: FormSheetPlan): Promise<void> {
  plan.rows.forEach((row, i) => {
    row.forEach((pc, c) => {
      if (pc.v === null && !pc.s) return;
      const cell = ws.getCell(i + 1, c + 1);
      cell.value = pc.v === "" ? null : pc.v;
      style(cell, pc.s, plan.font);
      if (pc.text && typeof pc.v === "string" && needsTextFormat(pc.v)) cell.numFmt = "@";
    });
  });
  for (const m of plan.merges) if (m.right > m.left || m.bottom > m.top) ws.mergeCells(rangeOf(m));
  plan.colWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [r, h] of Object.entries(plan.rowHeights)) ws.getRow(Number(r)).height = h;
  applyPage(ws, plan.page, 0.4);
  if (plan.freeze) ws.views = [{ state: "frozen", xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }];
  applyValidations(ws, plan.validations);
  if (plan.protection) {
    for (const m of plan.protection.unlocked) {
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) ws.getCell(r, c).protection = { locked: false };
    }
    const a = plan.protection.allow;
    await ws.protect(plan.protection.password, {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: a.formatCells,
      formatColumns: a.formatColumns,
      formatRows: a.formatRows,
      insertRows: a.insertRows,
      sort: a.sort,
      autoFilter: a.autoFilter,
    });
  }
}

/** Add a form sheet under its name, or "name (2)" … when the workbook already has one (never overwritten). */
export async function addFormSheet(wb: ExcelJS.Workbook, plan: FormSheetPlan): Promise<ExcelJS.Worksheet> {
  const name = resolveSheetName(
    plan.name,
    wb.worksheets.map((w) => ({ name: w.name, own: false })),
  );
  const ws = wb.addWorksheet(name);
  await writeFormSheet(ws, { ...plan, name });
  return ws;
}

export interface TemplateBook {
  workbook: ExcelJS.Workbook;
  plan: TemplatePlan;
  sheets: string[];
}

/** A new workbook: the tracking template first, then "Hướng dẫn nhập liệu" and "Tiêu chí". */
export async function buildTemplateBook(catalog: Catalog, opts: TemplateOptions = {}): Promise<TemplateBook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Thi đua CCHC";
  const plan = buildTemplate(catalog, opts);
  const sheets: string[] = [];
  for (const p of [plan, guideSheet(catalog, plan), catalogToSheet(catalog)]) sheets.push((await addFormSheet(wb, p)).name);
  return { workbook: wb, plan, sheets };
}

/** Read the officials list from an .xlsx (the named sheet, else the first one with a "Họ và tên" header). */
export async function readOfficialsFile(file: string, catalog: Catalog, sheet?: string): Promise<OfficialsResult & { file: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = sheet ? wb.worksheets.filter((w) => exactKey(w.name) === exactKey(sheet)) : wb.worksheets;
  if (sheet && sheets.length === 0) {
    return {
      ok: false,
      sheet,
      errors: [{ cell: "", message: `Tệp "${file}" không có trang "${sheet}" (các trang: ${wb.worksheets.map((w) => w.name).join(", ")}).` }],
      file,
    };
  }
  let first: OfficialsResult | null = null;
  for (const ws of sheets) {
    const r = readOfficials(sheetSnapshot(ws), catalog);
    if (r.ok) return { ...r, file };
    // a sheet with the header but bad rows says more than one without a header
    if (!first || (first.ok === false && first.noHeader && !r.noHeader)) first = r;
  }
  return { ...(first ?? { ok: false as const, sheet: "", errors: [{ cell: "", message: `Tệp "${file}" không có trang nào.` }] }), file };
}

export type { Official };
