// Node only: fake workbook data from an .xlsx file — values as the xlsx shell reads them (src/xlsx/read.ts), plus
// each formula with its cached result and each number format, so the fake starts as Excel would open the file.
import ExcelJS from "exceljs";
import { sheetSnapshot } from "../../src/xlsx/read";
import type { FakeCellData, FakeWorkbookData } from "./excel-fake";
import { workbookDataFromSnapshot } from "./excel-fake";

export async function fakeDataFromXlsx(file: string): Promise<FakeWorkbookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return fakeDataFromExcelJs(wb);
}

export function fakeDataFromExcelJs(wb: ExcelJS.Workbook): FakeWorkbookData {
  const data = workbookDataFromSnapshot({ sheets: wb.worksheets.map(sheetSnapshot) });
  wb.worksheets.forEach((ws, i) => {
    const sd = data.sheets[i];
    const rows = (sd.rows ??= []);
    const numberFormats: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.numFmt && cell.numFmt !== "General") numberFormats[cell.address] = cell.numFmt;
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const v = (rows[r - 1] ??= [])[c - 1] ?? null;
        const formula = `=${cell.formula}`;
        const data: FakeCellData =
          v !== null && typeof v === "object" && "error" in v
            ? { formula, value: v.error, error: true }
            : { formula, value: v as Exclude<FakeCellData, object> };
        rows[r - 1][c - 1] = data;
      }),
    );
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    sd.numberFormats = numberFormats;
  });
  return data;
}
