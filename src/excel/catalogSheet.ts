// The catalog kept in the workbook, through Office.js: read the "Tiêu chí" sheet (found by its title, whatever
// its name) into a catalog with errors naming cells, and add the sheet when the book has none.
import { Catalog } from "../core/catalog";
import { CATALOG_TITLE, CatalogCellError, catalogFromSheet, catalogToSheet } from "../core/officials/catalogSheet";
import { resolveSheetName } from "../core/write/plan";
import { CellValue, SheetSnapshot } from "../core/read/snapshot";
import { exactKey } from "../core/read/text";
import { ExcelGlobal } from "./env";
import { queueFormSheet } from "./formSheet";

export type WorkbookCatalog = { ok: true; catalog: Catalog; sheet: string | null } | { ok: false; sheet: string; errors: CatalogCellError[] };

const cell = (v: unknown, type: string): CellValue =>
  type === "Empty" || v === "" || v === null || v === undefined
    ? null
    : type === "Error"
      ? { error: String(v) }
      : typeof v === "string" || typeof v === "number" || typeof v === "boolean"
        ? v
        : String(v);

/** The book's catalog: from its "Tiêu chí" sheet when there is one (3 syncs), else `base`. */
export async function readWorkbookCatalog(ctx: Excel.RequestContext, base: Catalog): Promise<WorkbookCatalog> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name");
  await ctx.sync();
  const firsts = sheets.items.map((ws) => ws.getRange("A1").load("values"));
  await ctx.sync();
  const want = exactKey(CATALOG_TITLE);
  const i = firsts.findIndex((r) => typeof r.values[0][0] === "string" && exactKey(r.values[0][0] as string) === want);
  if (i < 0) return { ok: true, catalog: base, sheet: null };
  const ws = sheets.items[i];
  const used = ws.getUsedRange(true).load("rowIndex,columnIndex,values,valueTypes");
  await ctx.sync();
  const values: CellValue[][] = Array.from({ length: used.rowIndex }, () => []);
  used.values.forEach((row, r) =>
    values.push([...new Array<CellValue>(used.columnIndex).fill(null), ...row.map((v, c) => cell(v, used.valueTypes[r][c]))]),
  );
  const snapshot: SheetSnapshot = { name: ws.name, values, merges: [] };
  const r = catalogFromSheet(snapshot, base);
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
