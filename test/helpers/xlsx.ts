// Writes a small .xlsx from rows (exceljs) for tests of the file shell and the command line.
import ExcelJS from "exceljs";
import { header } from "./sheet";

export async function writeFlatWorkbook(file: string, fields: string[], rows: Record<string, unknown>[], sheet = "Theo dõi"): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.getCell("A1").value = "BẢNG THEO DÕI THI ĐUA";
  ws.addRow([]);
  ws.addRow(fields.map(header));
  for (const r of rows) ws.addRow(fields.map((f) => (r[f] === undefined ? null : r[f])) as ExcelJS.CellValue[]);
  await wb.xlsx.writeFile(file);
}
