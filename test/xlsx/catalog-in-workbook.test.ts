// The criteria catalog kept in the workbook's "Tiêu chí" sheet is the one the command line scores with.
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { scoreFile } from "../../src/cli/commands";
import { DEFAULT_CATALOG } from "../../src/core/catalog";
import { catalogToSheet } from "../../src/core/officials/catalogSheet";
import { addFormSheet } from "../../src/xlsx/template";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tdcchc-cat-"));
const FIX = path.join(__dirname, "..", "fixtures", "01-bang-theo-doi-chuan.xlsx");

/** Sample 01 with a "Tiêu chí" sheet whose TC12 target the clerk changed to `target` (a cell text). */
async function withCatalog(target: string | number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FIX);
  const ws = await addFormSheet(wb, catalogToSheet(DEFAULT_CATALOG));
  let cell: ExcelJS.Cell | null = null;
  ws.eachRow((row) => {
    if (row.getCell(1).value === "TC12") cell = row.getCell(8);
  });
  if (!cell) throw new Error("TC12 row not found on the Tiêu chí sheet");
  (cell as ExcelJS.Cell).value = target;
  const file = path.join(tmp, `cat-${String(target).replace(/\W/g, "")}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

test("a target the clerk lowered on the Tiêu chí sheet changes the statuses (TC12 at 94.9% becomes achieved at 90%)", async () => {
  const base = (await scoreFile({ input: FIX })).run.result.rows.find((r) => r.row === 4)!;
  const { run } = await scoreFile({ input: await withCatalog(90) });
  const row = run.result.rows.find((r) => r.row === 4)!;
  expect([base.criteria.TC12.status, row.criteria.TC12.status]).toEqual(["shortfall", "achieved"]);
  expect(run.catalog.criteria.find((c) => c.code === "TC12")!.target).toBe(0.9);
});

test("a bad value on the Tiêu chí sheet stops the run with a message naming the cell", async () => {
  await expect(scoreFile({ input: await withCatalog("chín mươi") })).rejects.toThrow(/Trang "Tiêu chí".*có lỗi:\n- H\d+: /s);
});
