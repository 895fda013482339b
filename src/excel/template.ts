// The officials' side in Office.js: "Tạo bảng theo dõi" (a new tracking sheet from the template plan, with its
// guide and, when the book has none, the "Tiêu chí" sheet) and "Áp dụng kiểm tra nhập liệu" on an existing sheet
// (data validation only: the clerk's values, formats and layout are never touched).
import { Catalog } from "../core/catalog";
import { catalogToSheet } from "../core/officials/catalogSheet";
import { findCatalogSheet } from "../core/read/sheets";
import { FormSheetPlan } from "../core/write/formPlan";
import { guideSheet } from "../core/officials/guide";
import { readLayout } from "../core/read/tables";
import { resolveSheetName } from "../core/write/plan";
import { TemplateOptions, buildTemplate } from "../core/officials/template";
import { validationsForLayout } from "../core/officials/validation";
import { ExcelGlobal } from "./env";
import { PasswordProtectedError, queueFormSheet, queueValidations, unprotectForWrite } from "./formSheet";
import { readBook } from "./read";
import { readFirstCells } from "./catalogSheet";
import { TEMP_PREFIX } from "./write-sheets";

export type TemplateOutcome =
  { ok: true; sheets: string[]; people: number; rows: { first: number; last: number }; rules: number } | { ok: false; message: string };

export type ChecksOutcome = { ok: true; sheet: string; rules: number; rows: number } | { ok: false; message: string };

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Create the tracking sheet (first), "Hướng dẫn nhập liệu" and, if missing, "Tiêu chí"; never overwrite a sheet. */
export async function createTrackingSheet(excel: ExcelGlobal, catalog: Catalog, opts: TemplateOptions = {}): Promise<TemplateOutcome> {
  try {
    return await excel.run({ delayForCellEdit: true }, async (ctx) => {
      // names, then first cells (is there a catalog sheet already?): 2 small syncs, no sheet read whole
      const { heads } = await readFirstCells(ctx);
      const taken = heads.sheets.map((s) => ({ name: s.name, own: false }));
      const plan = buildTemplate(catalog, opts);
      const plans: FormSheetPlan[] = [plan, guideSheet(catalog, plan)];
      if (!findCatalogSheet(heads)) plans.push(catalogToSheet(catalog));
      const names = plans.map((p) => {
        const n = resolveSheetName(p.name, taken);
        taken.push({ name: n, own: false });
        return n;
      });
      // built under temporary names, renamed at the end of the same request
      const built = plans.map((p, i) => queueFormSheet(ctx, p, `${TEMP_PREFIX}${i + 1}`));
      built.forEach((ws, i) => (ws.name = names[i]));
      built[0].activate();
      await ctx.sync();
      return {
        ok: true as const,
        sheets: names,
        people: plan.rowsOf.length,
        rows: { first: plan.firstDataRow, last: plan.lastDataRow },
        rules: plan.validations.length,
      };
    });
  } catch (e) {
    await cleanupTemp(excel);
    return { ok: false, message: `Không tạo được bảng theo dõi: ${errorText(e)}` };
  }
}

/** Remove half-built sheets left by a failed request. */
async function cleanupTemp(excel: ExcelGlobal): Promise<void> {
  try {
    await excel.run({ delayForCellEdit: true }, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync();
      for (const ws of sheets.items) if (ws.name.startsWith(TEMP_PREFIX)) ws.delete();
      await ctx.sync();
    });
  } catch {
    // nothing more to do: the next run deletes leftovers too
  }
}

/** Put the catalog's input checks on the clerk's existing tracking sheet (its data rows); values untouched. */
export async function applyChecksToSheet(
  excel: ExcelGlobal,
  catalog: Catalog,
  opts: { sheet?: string; mapping?: Record<string, string> } = {},
): Promise<ChecksOutcome> {
  try {
    return await excel.run({ delayForCellEdit: true }, async (ctx) => {
      const book = await readBook(ctx);
      const found = readLayout(book.snapshot, catalog, { sheet: opts.sheet, mapping: opts.mapping });
      if (!found.ok) {
        const f = found.failure;
        return {
          ok: false as const,
          message:
            f.code === "E_NO_SHEET"
              ? `Không có trang tính “${f.sheet}”.`
              : `Không nhận ra bảng theo dõi${f.sheet ? ` trên trang “${f.sheet}”` : ""}: cần cột “Họ và tên” và ít nhất một cột tiêu chí.`,
        };
      }
      const { layout } = found;
      if (layout.dataRows.length === 0)
        return { ok: false as const, message: `Trang “${layout.sheet}” chưa có dòng nào có họ và tên để gắn kiểm tra.` };
      const rules = validationsForLayout(layout, catalog);
      const ws = ctx.workbook.worksheets.getItem(layout.sheet);
      const lift = await unprotectForWrite(ctx, ws);
      queueValidations(ws, rules);
      lift.reprotect();
      await ctx.sync();
      return { ok: true as const, sheet: layout.sheet, rules: rules.length, rows: layout.dataRows.length };
    });
  } catch (e) {
    if (e instanceof PasswordProtectedError) return { ok: false, message: e.message };
    return { ok: false, message: `Không gắn được kiểm tra nhập liệu: ${errorText(e)}` };
  }
}
