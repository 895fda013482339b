// The written .xlsx, read back with exceljs: data validation on every input column (type, bounds, formula, texts),
// input cells unlocked and everything else locked, protection without password, frozen panes, print setup.
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_CATALOG } from "../../src/core/catalog";
import { readLayout } from "../../src/core/read/tables";
import { colLetter } from "../../src/core/read/snapshot";
import { workbookSnapshot } from "../../src/xlsx/read";
import { buildTemplateBook } from "../../src/xlsx/template";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tdcchc-tpl-"));
const file = path.join(tmp, "mau.xlsx");
const OFFICIALS = [
  { name: "Nguyễn Văn An", chucVu: "Phó Chủ tịch UBND", linhVuc: "Lãnh đạo", gioiTinh: "Nam" as const },
  { name: "Trần Thị Bình", chucVu: "Công chức Tư pháp - hộ tịch", linhVuc: "Tư pháp", gioiTinh: "Nữ" as const },
];

let wb: ExcelJS.Workbook;
let ws: ExcelJS.Worksheet;
let cols: Record<string, number>;
let first: number;
let last: number;

beforeAll(async () => {
  const { workbook, plan } = await buildTemplateBook(DEFAULT_CATALOG, { officials: OFFICIALS, blankRows: 3 });
  await workbook.xlsx.writeFile(file);
  first = plan.firstDataRow;
  last = plan.lastDataRow;
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  ws = wb.worksheets[0];
  const found = readLayout(workbookSnapshot(wb), DEFAULT_CATALOG);
  if (!found.ok) throw new Error("template not recognised");
  cols = found.layout.columns;
});

const dv = (field: string, row = first) => ws.getCell(row, cols[field]).dataValidation as ExcelJS.DataValidation & { errorStyle?: string };

test("the workbook has the tracking sheet first, then the guide and the catalog sheet", () => {
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Theo dõi thi đua", "Hướng dẫn nhập liệu", "Tiêu chí"]);
  expect(Object.keys(cols)).toHaveLength(DEFAULT_CATALOG.fields.length);
});

test("counts: whole number ≥ 0 with the plan quoted in the input message", () => {
  const v = dv("hs_da_giai_quyet");
  expect(v).toMatchObject({
    type: "whole",
    operator: "greaterThanOrEqual",
    formulae: [0],
    allowBlank: true,
    showInputMessage: true,
    showErrorMessage: true,
    errorStyle: "stop",
  });
  expect(v.promptTitle).toBe("TC05 – Tổng số");
  expect(v.prompt).toContain("100% TTHC được trả kết quả đúng hạn và trước hạn");
  expect(v.error).toContain("số nguyên từ 0 trở lên");
  // the same rule down to the last template row, and not below it
  expect(dv("hs_da_giai_quyet", last)).toMatchObject({ type: "whole" });
  expect(ws.getCell(last + 1, cols.hs_da_giai_quyet).dataValidation).toBeFalsy();
});

test("numerators: custom rule số đạt ≤ tổng số, anchored on the first data row", () => {
  const n = `${colLetter(cols.hs_dung_han)}${first}`;
  const d = `${colLetter(cols.hs_da_giai_quyet)}${first}`;
  const v = dv("hs_dung_han");
  expect(v.type).toBe("custom");
  expect(v.formulae).toEqual([`OR(ISBLANK(${n}),AND(ISNUMBER(${n}),${n}>=0,${n}=INT(${n}),OR(ISBLANK(${d}),${n}<=${d})))`]);
  expect(v.error).toContain(`cột ${colLetter(cols.hs_da_giai_quyet)}`);
});

test("percent cells: decimal 0–1 and formatted as %", () => {
  const v = dv("ty_le_hai_long");
  expect(v).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1] });
  expect(ws.getCell(first, cols.ty_le_hai_long).numFmt).toBe("0%");
});

test("drop-down lists for Đạt/Không đạt, Có/Không, Nam/Nữ, Cá nhân/Tập thể", () => {
  expect(dv("tc01")).toMatchObject({ type: "list", formulae: ['"Đạt,Không đạt"'] });
  expect(dv("tc14")).toMatchObject({ type: "list", formulae: ['"Đạt,Không đạt"'] });
  expect(dv("bi_ky_luat")).toMatchObject({ type: "list", formulae: ['"Có,Không"'] });
  expect(dv("gioi_tinh")).toMatchObject({ type: "list", formulae: ['"Nam,Nữ"'] });
  expect(dv("loai")).toMatchObject({ type: "list", formulae: ['"Cá nhân,Tập thể"'] });
  expect(ws.getCell(first, cols.ho_ten).dataValidation).toBeFalsy();
});

test("texts fit Excel's limits", () => {
  for (const f of Object.keys(cols)) {
    const v = ws.getCell(first, cols[f]).dataValidation as ExcelJS.DataValidation | undefined;
    if (!v) continue;
    expect((v.promptTitle ?? "").length).toBeLessThanOrEqual(32);
    expect((v.errorTitle ?? "").length).toBeLessThanOrEqual(32);
    expect((v.prompt ?? "").length).toBeLessThanOrEqual(255);
    expect((v.error ?? "").length).toBeLessThanOrEqual(225);
  }
});

test("protection without password: input cells unlocked, headings and output columns locked", () => {
  const prot = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
  expect(prot).toMatchObject({ sheet: true, formatCells: true, insertRows: true, sort: true, autoFilter: true });
  expect(prot.hashValue).toBeUndefined();
  const locked = (r: number, c: number) => ws.getCell(r, c).protection?.locked !== false;
  for (const f of ["ho_ten", "hs_da_giai_quyet", "tc01", "ty_le_hai_long", "ghi_chu"]) {
    expect(locked(first, cols[f])).toBe(false);
    expect(locked(last, cols[f])).toBe(false);
  }
  const outputCol = Math.max(...Object.values(cols)) + 1;
  expect(ws.getCell(first - 3, outputCol).value).toBe("KẾT QUẢ CHẤM ĐIỂM (tự động)");
  for (let c = outputCol; c < outputCol + 6; c++) expect(locked(first, c)).toBe(true);
  expect(locked(1, 1)).toBe(true);
  expect(locked(first - 2, cols.hs_da_giai_quyet)).toBe(true); // sub-header
  expect(locked(last + 1, cols.ho_ten)).toBe(true);
});

test("panes frozen below the header and right of the name; A4 landscape, fit to width, title rows repeat", () => {
  expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: cols.ho_ten, ySplit: first - 1 });
  expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  expect(ws.pageSetup.printTitlesRow).toBe(`${first - 3}:${first - 1}`);
});

test("names are text cells formatted as text", () => {
  const c = ws.getCell(first + 1, cols.ho_ten);
  expect(c.value).toBe("Trần Thị Bình");
  expect(c.numFmt).toBe("@");
});
