// Generates the bundled sample tracking workbook (assets/bang-theo-doi-mau.xlsx): a clerk's two-level form with
// heading rows, sections, a total row, signatures, a few data errors, one clear first place and a tie for the last place
// between a woman and a man (same score, same initiatives) that the women-first rule settles — deterministic (seeded),
// fictional names. test/scripts/make-sample.test.ts holds the asset to this script and to what README says of it.
import ExcelJS from "exceljs";
import path from "node:path";
import { rng } from "./rng";
import { PEOPLE } from "./sample-people";

const GROUPS: [string, string[]][] = [
  ["1. Triển khai VB pháp luật cấp trên", []],
  ["2. Rà soát VBQPPL", ["Số VB ban hành", "Số VB đã rà soát"]],
  ["3. Tuyên truyền VB mới", ["Tổng số VB mới", "Đã tuyên truyền"]],
  ["4. Công khai TTHC", ["Tổng số TTHC", "Đã công khai"]],
  ["5. Trả kết quả đúng hạn", ["Số hồ sơ đã giải quyết", "Đúng hạn, trước hạn"]],
  ["6. Một cửa điện tử", ["Tổng số hồ sơ tiếp nhận", "Qua hệ thống Một cửa điện tử"]],
  ["7. Dịch vụ công trực tuyến", ["Tiếp nhận, trả kết quả trực tuyến"]],
  ["8. Số hóa kết quả", ["Số KQ còn hiệu lực", "Đã số hóa"]],
  ["9. Thanh toán trực tuyến", ["Tổng số giao dịch", "Trực tuyến"]],
  ["10. Hài lòng", ["Số phiếu đánh giá", "Số phiếu hài lòng"]],
  ["11. Văn bản điện tử", ["Tổng số VB trao đổi", "VB điện tử"]],
  ["12. Hồ sơ công việc trên mạng", ["Tổng số HSCV", "Xử lý trên mạng"]],
  ["13. Trang TTĐT đầy đủ", []],
  ["14. Báo cáo điện tử", []],
  ["15. Hồ sơ điện tử", []],
];
const LEAD = ["STT", "Họ và tên", "Giới tính", "Chức vụ", "Lĩnh vực phụ trách"];
const TAIL = ["Bị phản ánh", "Vi phạm kỷ luật", "Sáng kiến", "Ghi chú"];

async function main(): Promise<void> {
  const out = process.argv[2] ?? path.join(__dirname, "..", "assets", "bang-theo-doi-mau.xlsx");
  const rand = rng(2025);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Thi đua CCHC (mẫu)";
  wb.created = new Date(Date.UTC(2025, 11, 31));
  wb.modified = wb.created;
  const intro = wb.addWorksheet("Hướng dẫn");
  intro.getCell("A1").value = "Tệp mẫu của Thi đua CCHC — số liệu hư cấu để thử chương trình.";
  const ws = wb.addWorksheet("Theo dõi");
  const subCols = GROUPS.reduce((n, [, s]) => n + Math.max(1, s.length), 0);
  const width = LEAD.length + subCols + TAIL.length;
  ws.getCell("A1").value = "ỦY BAN NHÂN DÂN XÃ HÒA PHONG";
  ws.getCell("H1").value = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  ws.getCell("H2").value = "Độc lập - Tự do - Hạnh phúc";
  ws.mergeCells(4, 1, 4, 16);
  ws.getCell("A4").value = "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ THI ĐUA CCHC NĂM 2025";
  ws.mergeCells(5, 1, 5, 16);
  ws.getCell("A5").value = "(Kèm theo Kế hoạch số 12/KH-UBND ngày 16/01/2025)";
  const H1 = 7;
  const H2 = 8;
  let c = 1;
  const head = (text: string, sub: string[]) => {
    if (sub.length <= 1) {
      ws.getCell(H1, c).value = text;
      if (sub.length === 1) ws.getCell(H2, c).value = sub[0];
      else ws.mergeCells(H1, c, H2, c);
      c++;
      return;
    }
    ws.mergeCells(H1, c, H1, c + sub.length - 1);
    ws.getCell(H1, c).value = text;
    sub.forEach((s, i) => (ws.getCell(H2, c + i).value = s));
    c += sub.length;
  };
  LEAD.forEach((h) => head(h, []));
  GROUPS.forEach(([g, s]) => head(g, s));
  TAIL.forEach((h) => head(h, []));
  for (let i = 1; i <= width; i++) {
    ws.getCell(9, i).value = `(${i})`;
    for (const r of [H1, H2, 9]) {
      const cell = ws.getCell(r, i);
      cell.font = { bold: r !== 9, name: "Times New Roman", size: 11 };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
    }
  }
  let row = 10;
  let stt = 1;
  const firstData = row;
  for (const [section, people] of PEOPLE) {
    ws.mergeCells(row, 1, row, 5);
    ws.getCell(row, 1).value = section;
    ws.getCell(row, 1).font = { bold: true };
    row++;
    for (const [name, gender, title, sector, groups, fixed = {}] of people) {
      const values: ExcelJS.CellValue[] = [stt++, name, gender, title, sector];
      // drawn for everyone alike (so one person's fixed values leave the others' draws as they were), then overridden
      GROUPS.forEach(([, sub], gi) => {
        const applies = groups.includes(gi + 1);
        if (sub.length === 0) values.push(applies ? (rand() < 0.85 || fixed.allMet ? "Đạt" : "Không đạt") : null);
        else if (sub.length === 1)
          values.push(null); // TC07: filled below from TC06's total
        else {
          const total = applies ? 20 + Math.floor(rand() * 800) : null;
          const short = total === null ? null : rand() < 0.8 ? total : total - 1 - Math.floor(rand() * Math.min(20, total - 1));
          values.push(total, fixed.allMet ? total : short);
        }
      });
      values.push(null, null, fixed.sangKien ?? null, null);
      const r = ws.getRow(row);
      r.values = values;
      // TC07 (one column after TC06's pair): online files, usually all of the received ones
      const tc06 = LEAD.length + 1 + 1 + 2 + 2 + 2 + 2; // first column of group 6
      const received = r.getCell(tc06).value as number | null;
      if (received !== null) r.getCell(tc06 + 2).value = rand() < 0.85 || fixed.allMet ? received : received - 3;
      row++;
    }
    row++; // blank spacer row between sections
  }
  // a few things a clerk would have to fix, and a complaint
  ws.getCell("K13").value = "khoảng 40";
  ws.getCell("AE14").value = "Có";
  ws.getRow(row).getCell(1).value = "Tổng cộng";
  for (let i = LEAD.length + 1; i <= width - TAIL.length; i++) {
    const L = ws.getColumn(i).letter;
    ws.getRow(row).getCell(i).value = { formula: `SUM(${L}${firstData}:${L}${row - 1})` } as ExcelJS.CellFormulaValue;
  }
  row += 2;
  ws.getCell(row, 2).value = "NGƯỜI LẬP BIỂU";
  ws.getCell(row, 20).value = "TM. ỦY BAN NHÂN DÂN";
  ws.getCell(row + 1, 20).value = "CHỦ TỊCH";
  ws.getColumn(2).width = 24;
  ws.getColumn(4).width = 30;
  ws.getColumn(5).width = 22;
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: 9 }];
  await wb.xlsx.writeFile(out);
  console.log(`Đã tạo ${out}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
