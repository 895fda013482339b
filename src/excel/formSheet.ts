// Office.js writing of the officials' form sheets (template, guide, catalog): cells and styles through the shell's
// queueSheet, then row heights, data validation (ExcelApi 1.8), frozen panes (1.7) and protection without password;
// plus the unprotect/re-protect wrapper any writer needs on a protected tracking sheet.
import { FormSheetPlan, ValidationCheck, ValidationRule } from "../core/write/formPlan";
import { colLetter } from "../core/read/snapshot";
import { listSource } from "../core/officials/validation";
import { columnRange, rangeA1 } from "./address";
import { queueSheet } from "./write-sheets";

/** A check as an Office.js data-validation rule. */
export function officeRule(c: ValidationCheck): Excel.DataValidationRule {
  switch (c.kind) {
    case "whole":
      return { wholeNumber: { formula1: c.min, operator: "GreaterThanOrEqualTo" } };
    case "decimal":
      return { decimal: { formula1: c.min, formula2: c.max, operator: "Between" } };
    case "list":
      return { list: { inCellDropDown: true, source: listSource(c.items) } };
    case "custom":
      return { custom: { formula: `=${c.formula}` } };
  }
}

/** Queue the rules (each replaces whatever validation its cells had); values are never touched. */
export function queueValidations(ws: Excel.Worksheet, rules: ValidationRule[]): void {
  for (const r of rules) {
    const dv = ws.getRange(columnRange(r.col, r.top, r.bottom)).dataValidation;
    dv.clear();
    dv.rule = officeRule(r.check);
    dv.ignoreBlanks = true;
    dv.prompt = { showPrompt: true, title: r.promptTitle, message: r.prompt };
    dv.errorAlert = { showAlert: true, style: "Stop", title: r.errorTitle, message: r.error };
  }
}

/** What a protected sheet still lets people do (the template's choice: format, insert rows, sort, filter). */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowInsertRows: true,
  allowSort: true,
  allowAutoFilter: true,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowPivotTables: false,
};

/** Queue a whole form sheet under `name` (a new sheet), its checks, panes and protection. */
export function queueFormSheet(ctx: Excel.RequestContext, plan: FormSheetPlan, name: string): Excel.Worksheet {
  const ws = queueSheet(ctx, plan, name);
  queueValidations(ws, plan.validations);
  if (plan.freeze) {
    const { rows, cols } = plan.freeze;
    if (rows && cols) ws.freezePanes.freezeAt(ws.getRange(`A1:${colLetter(cols)}${rows}`));
    else if (rows) ws.freezePanes.freezeRows(rows);
    else if (cols) ws.freezePanes.freezeColumns(cols);
  }
  if (plan.protection) {
    for (const m of plan.protection.unlocked) ws.getRange(rangeA1(m)).format.protection.locked = false;
    ws.protection.protect(PROTECTION_OPTIONS); // no password: nobody is ever locked out
  }
  return ws;
}

export type Unprotected = { wasProtected: boolean; reprotect: () => void };

/** Thrown when a sheet is protected with a password (the add-in never asks for it). */
export class PasswordProtectedError extends Error {
  constructor(readonly sheet: string) {
    super(PASSWORD_PROTECTED(sheet));
  }
}

/**
 * Lift a sheet's protection for the add-in's own writes: a sheet protected without a password is unprotected
 * (1 extra sync) and `reprotect` queues the same options back; a password-protected one throws
 * PasswordProtectedError and nothing is changed.
 */
export async function unprotectForWrite(ctx: Excel.RequestContext, ws: Excel.Worksheet): Promise<Unprotected> {
  ws.load("name");
  ws.protection.load("protected,options");
  await ctx.sync();
  if (!ws.protection.protected) return { wasProtected: false, reprotect: () => undefined };
  const options = { ...ws.protection.options };
  ws.protection.unprotect();
  try {
    await ctx.sync();
  } catch {
    throw new PasswordProtectedError(ws.name);
  }
  return { wasProtected: true, reprotect: () => ws.protection.protect(options) };
}

/** The clerk-facing message when a sheet is protected with a password. */
export const PASSWORD_PROTECTED = (sheet: string): string =>
  `Trang “${sheet}” đang được bảo vệ bằng mật khẩu. Vào Xem lại (Review) > Bỏ bảo vệ trang tính (Unprotect Sheet), rồi thử lại.`;
