// The catalog kept in the workbook, through Office.js: read the "Tiêu chí" sheet (found by the core's rule, its
// title in A1, whatever its name) into a catalog with errors naming cells, and add the sheet when the book has none.
import { Catalog } from "../core/catalog";
import { CatalogCellError, catalogFromSheet, catalogToSheet } from "../core/officials/catalogSheet";
import { findCatalogSheet } from "../core/read/sheets";
import { resolveSheetName } from "../core/write/plan";
import { WorkbookSnapshot } from "../core/read/snapshot";
import { officeCell } from "./cells";
import { ExcelGlobal } from "./env";
import { queueFormSheet } from "./formSheet";
import { readSheets } from "./read";

export type WorkbookCatalog = { ok: true; catalog: Catalog; sheet: string | null } | { ok: false; sheet: string; errors: CatalogCellError[] };

/** Every sheet's first cell (2 small syncs: names, A1s), enough for the core to find the criteria sheet. */
export async function readFirstCells(ctx: Excel.RequestContext): Promise<{ items: Excel.Worksheet[]; heads: WorkbookSnapshot }> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name");
  await ctx.sync();
  const firsts = sheets.items.map((ws) => ws.getRange("A1").load("values,valueTypes"));
  await ctx.sync();
  const heads = {
    sheets: sheets.items.map((ws, i) => ({ name: ws.name, values: [[officeCell(firsts[i].values[0][0], firsts[i].valueTypes[0][0])]], merges: [] })),
  };
  return { items: sheets.items, heads };
}

/** The book's catalog: from its "Tiêu chí" sheet when there is one (3 syncs), else `base`. */
export async function readWorkbookCatalog(ctx: Excel.RequestContext, base: Catalog): Promise<WorkbookCatalog> {
  const { items, heads } = await readFirstCells(ctx);
  const found = findCatalogSheet(heads);
  if (!found) return { ok: true, catalog: base, sheet: null };
  const ws = items[heads.sheets.indexOf(found)];
  const [sheet] = (await readSheets(ctx, [ws])).snapshot.sheets;
  const r = catalogFromSheet(sheet, base);
  return r.ok ? { ok: true, catalog: r.catalog, sheet: ws.name } : { ok: false, sheet: ws.name, errors: r.errors };
}

/** Add the "Tiêu chí" sheet for `catalog` unless the book already has one; returns its name. */
export async function ensureCatalogSheet(excel: ExcelGlobal, catalog: Catalog): Promise<{ created: boolean; sheet: string }> {
  return excel.run({ delayForCellEdit: true }, async (ctx) => {
    const found = await readWorkbookCatalog(ctx, catalog);
    if (found.sheet) return { created: false, sheet: found.sheet };
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    await ctx.sync();
    const plan = catalogToSheet(catalog);
    const name = resolveSheetName(
      plan.name,
      sheets.items.map((s) => ({ name: s.name, own: false })),
    );
    queueFormSheet(ctx, plan, name);
    await ctx.sync();
    return { created: true, sheet: name };
  });
}
