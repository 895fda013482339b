// `npm run template` end to end: officials list in, template out; officials type figures into it; the scoring
// run reads it and computes what the figures imply; bad lists and existing files are refused with clear messages.
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { scoreFile } from "../../src/cli/commands";
import { DEFAULT_CATALOG } from "../../src/core/catalog";
import { readLayout } from "../../src/core/read/tables";
import { workbookSnapshot } from "../../src/xlsx/read";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tdcchc-cli-"));
const root = path.resolve(__dirname, "../..");

function run(args: string[]): { code: number; out: string; err: string } {
  try {
    const out = execFileSync("npm", ["run", "--silent", "template", "--", ...args], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { code: 0, out, err: "" };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { code: x.status, out: x.stdout, err: x.stderr };
  }
}

async function writeList(file: string, rows: (string | number | null)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(["DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ"]);
  ws.addRow([]);
  ws.addRow(["STT", "Họ tên", "Ngày sinh", "Chức danh", "Bộ phận", "Giới tính"]);
  rows.forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(file);
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("template → officials fill in → scoring", () => {
  const list = path.join(tmp, "danh-sach.xlsx");
  const out = path.join(tmp, "bang-theo-doi.xlsx");
  const filled = path.join(tmp, "da-nhap.xlsx");
  let stdout = "";

  beforeAll(async () => {
    await writeList(list, [
      [1, "Nguyễn Văn An", "01/01/1980", "Phó Chủ tịch UBND", "Lãnh đạo UBND", "Nam"],
      [2, "Trần Thị Bình", "02/02/1985", "Công chức Tư pháp - hộ tịch", "Tư pháp", "nữ"],
      [3, "=1+1", null, "Công chức Văn hóa - xã hội", "Văn hóa", "Nữ"],
    ]);
    const r = run([out, "--officials", list]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    stdout = r.out;
  }, 120000);

  test("prints a short Vietnamese summary", () => {
    expect(stdout).toContain(`Đã tạo bảng theo dõi: ${out}`);
    expect(stdout).toContain("3 người");
    expect(stdout).toContain("15 tiêu chí của Kế hoạch số 12/KH-UBND");
  });

  test("the officials are on their rows, as text", async () => {
    const wb = await load(out);
    const found = readLayout(workbookSnapshot(wb), DEFAULT_CATALOG);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    const { columns, dataRows } = found.layout;
    const ws = wb.getWorksheet(found.layout.sheet)!;
    expect(dataRows.map((r) => ws.getCell(r, columns.ho_ten).value)).toEqual(["Nguyễn Văn An", "Trần Thị Bình", "=1+1"]);
    expect(dataRows.map((r) => ws.getCell(r, columns.gioi_tinh).value)).toEqual(["Nam", "Nữ", "Nữ"]);
    expect(ws.getCell(dataRows[1], columns.chuc_vu).value).toBe("Công chức Tư pháp - hộ tịch");
    expect(ws.getCell(dataRows[2], columns.ho_ten).type).toBe(ExcelJS.ValueType.String);
  });

  test("figures typed into the template are scored as they imply", async () => {
    const wb = await load(out);
    const found = readLayout(workbookSnapshot(wb), DEFAULT_CATALOG);
    if (!found.ok) throw new Error("not recognised");
    const {
      columns: c,
      dataRows: [an, binh, cuong],
    } = found.layout;
    const ws = wb.getWorksheet(found.layout.sheet)!;
    const put = (row: number, values: Record<string, string | number>) =>
      Object.entries(values).forEach(([f, v]) => (ws.getCell(row, c[f]).value = v));
    put(an, { hs_da_giai_quyet: 10, hs_dung_han: 10, tc14: "Đạt", sang_kien: 1 });
    put(binh, { hs_da_giai_quyet: 10, hs_dung_han: 9, tc14: "Đạt" });
    put(cuong, { phieu_danh_gia: 100, phieu_hai_long: 95, hs_tiep_nhan: 20, hs_mot_cua_dt: 20, hs_truc_tuyen: 18, bi_phan_anh: "Có" });
    await wb.xlsx.writeFile(filled);

    const scored = path.join(tmp, "da-cham.xlsx");
    const { run: res } = await scoreFile({ input: filled, out: scored });
    const rows = res.result.rows;
    expect(rows.map((r) => r.row)).toEqual([an, binh, cuong]);
    const [rA, rB, rC] = rows;
    expect(rA.criteria.TC05).toEqual({ status: "achieved", rate: 1 });
    expect(rB.criteria.TC05).toEqual({ status: "shortfall", rate: 0.9 });
    expect(rC.criteria.TC10).toEqual({ status: "shortfall", rate: 0.95 });
    expect(rC.criteria.TC06).toEqual({ status: "achieved", rate: 1 });
    expect(rC.criteria.TC07).toEqual({ status: "shortfall", rate: 0.9 });
    expect([rA.score, rB.score, rC.score]).toEqual([100, 50, 33.33]);
    expect(rC.ineligibleReasons).toContain("complaint");
    expect(rows.every((r) => r.issues.length === 0)).toBe(true);
    expect(res.result.nominees.map((n) => n.name)).toEqual(["Nguyễn Văn An"]);

    // the output block of the template is reused (one set only), the checks and the protection survive
    const back = await load(scored);
    const sheet = back.getWorksheet(found.layout.sheet)!;
    const snap = workbookSnapshot(back).sheets.find((s) => s.name === found.layout.sheet)!;
    expect(snap.values.flat().filter((v) => v === "KẾT QUẢ CHẤM ĐIỂM (tự động)")).toHaveLength(1);
    expect(sheet.getCell(an, found.layout.outputCol + 1).value).toBe(100);
    expect(sheet.getCell(binh, c.hs_dung_han).dataValidation).toMatchObject({ type: "custom" });
    expect((sheet as unknown as { sheetProtection: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(back.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Hướng dẫn nhập liệu", "Tiêu chí", "DS đề nghị khen thưởng"]));
  });
});

describe("refusals", () => {
  test("a bad officials list: non-zero exit, the file, sheet and cell named", async () => {
    const list = path.join(tmp, "sai.xlsx");
    await writeList(list, [
      [1, "Lê Văn Cường", null, "Công chức", "Địa chính", "Nam/Nữ"],
      [2, "", null, "Công chức", "Văn phòng", "Nam"],
    ]);
    const r = run([path.join(tmp, "x.xlsx"), "--officials", list]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Tệp "${list}", trang "Danh sách"`);
    expect(r.err).toContain("F4: giới tính “Nam/Nữ” không rõ");
    expect(r.err).toContain("B5: dòng có thông tin nhưng chưa có họ và tên");
    expect(fs.existsSync(path.join(tmp, "x.xlsx"))).toBe(false);
  }, 120000);

  test("an officials file without a name column, a missing file, an existing output", async () => {
    const noName = path.join(tmp, "khong-ten.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").addRow(["Số", "Chức vụ"]);
    await wb.xlsx.writeFile(noName);
    const a = run([path.join(tmp, "y.xlsx"), "--officials", noName]);
    expect(a.code).toBe(1);
    expect(a.err).toContain('không có dòng tiêu đề có cột "Họ và tên"');
    const b = run([path.join(tmp, "y.xlsx"), "--officials", path.join(tmp, "khong-co.xlsx")]);
    expect(b.code).toBe(1);
    expect(b.err).toContain("Không tìm thấy danh sách cán bộ");
    const existing = path.join(tmp, "co-roi.xlsx");
    fs.writeFileSync(existing, "số liệu của văn thư");
    const c = run([existing]);
    expect(c.code).toBe(1);
    expect(c.err).toContain("không ghi đè");
    expect(fs.readFileSync(existing, "utf8")).toBe("số liệu của văn thư");
    const d = run([]);
    expect(d.code).toBe(2);
    expect(d.err).toContain("Cách dùng: npm run template");
  }, 120000);
});
