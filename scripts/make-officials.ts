// Generates assets/danh-sach-can-bo.xlsx, the officials' list that `npm run template -- … --officials` reads in the
// README's example: the sample commune's people (scripts/sample-people.ts) under a "Họ và tên" header.
import ExcelJS from "exceljs";
import path from "node:path";
import { PEOPLE } from "./sample-people";

async function main(): Promise<void> {
  const out = process.argv[2] ?? path.join(__dirname, "..", "assets", "danh-sach-can-bo.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.creator = "Thi đua CCHC (mẫu)";
  wb.created = new Date(Date.UTC(2025, 11, 31));
  wb.modified = wb.created;
  const ws = wb.addWorksheet("Danh sách cán bộ");
  ws.getCell("A1").value = "ỦY BAN NHÂN DÂN XÃ HÒA PHONG";
  ws.getCell("A2").value = "DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2025 (số liệu hư cấu)";
  ws.getCell("A2").font = { bold: true };
  const header = ["STT", "Họ và tên", "Chức vụ", "Ngành/lĩnh vực", "Giới tính"];
  ws.getRow(4).values = header;
  ws.getRow(4).font = { bold: true };
  let row = 5;
  for (const [, people] of PEOPLE) {
    for (const [name, gender, title, sector] of people) {
      ws.getRow(row).values = [row - 4, name, title, sector, gender];
      row++;
    }
  }
  [6, 24, 32, 24, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  await wb.xlsx.writeFile(out);
  console.log(`Đã tạo ${out}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
