// The Office.js side against the fake Excel (with the extras: data validation, protection, freeze panes):
// "Tạo bảng theo dõi" builds a sheet the engine reads, with the checks and protection of the template plan;
// "Áp dụng kiểm tra" puts checks on a clerk's existing sheet without touching a value; the catalog sheet reads back.
import path from "node:path";
import { DEFAULT_CATALOG } from "../../src/core/catalog";
import { readLayout } from "../../src/core/read/tables";
import { colLetter } from "../../src/core/read/snapshot";
import { buildTemplate } from "../../src/core/officials/template";
import { ensureCatalogSheet, readWorkbookCatalog } from "../../src/excel/catalogSheet";
import { ExcelGlobal } from "../../src/excel/env";
import { applyChecksToSheet, createTrackingSheet } from "../../src/excel/template";
import { FakeOffice, createFakeOffice } from "../fakes/excel-fake";
import { extrasOf, installFakeExtras, sheetExtras } from "../fakes/excel-fake-extras";
import { fakeDataFromXlsx } from "../fakes/fake-xlsx";
import { readBook } from "../../src/excel/read";

installFakeExtras();
const excelOf = (f: FakeOffice) => f.Excel as unknown as ExcelGlobal;
/** The workbook as the shell reads it (through the fake's Office.js). */
const readSnap = async (f: FakeOffice) => (await excelOf(f).run({}, (ctx) => readBook(ctx))).snapshot;
const OFFICIALS = [
  { name: "Nguyễn Văn An", chucVu: "Phó Chủ tịch UBND", linhVuc: "Lãnh đạo", gioiTinh: "Nam" as const },
  { name: "=1+1", chucVu: "Công chức", linhVuc: "Văn phòng", gioiTinh: "Nữ" as const },
];

describe("Tạo bảng theo dõi", () => {
  const plan = buildTemplate(DEFAULT_CATALOG, { officials: OFFICIALS, blankRows: 3 });
  let fake: FakeOffice;
  let outcome: Awaited<ReturnType<typeof createTrackingSheet>>;
  beforeAll(async () => {
    fake = createFakeOffice({ sheets: [{ name: "Theo dõi thi đua", rows: [["bảng cũ của văn thư"]] }] });
    outcome = await createTrackingSheet(excelOf(fake), DEFAULT_CATALOG, { officials: OFFICIALS, blankRows: 3 });
  });
  const col = (f: string) => plan.columns[f];
  const at = (f: string, row = plan.firstDataRow) => `${colLetter(col(f))}${row}`;

  test("new sheets under free names; the clerk's sheet of the same name untouched", () => {
    expect(outcome).toMatchObject({ ok: true, sheets: ["Theo dõi thi đua (2)", "Hướng dẫn nhập liệu", "Tiêu chí"], people: 2 });
    expect(fake.workbook.sheetNames()).toEqual(["Theo dõi thi đua", "Theo dõi thi đua (2)", "Hướng dẫn nhập liệu", "Tiêu chí"]);
    expect(fake.workbook.values("Theo dõi thi đua")).toEqual([["bảng cũ của văn thư"]]);
    expect(fake.workbook.activeSheet).toBe("Theo dõi thi đua (2)");
  });

  test("the engine reads the new sheet with every field where the plan put it; names stay text", async () => {
    const snap = await readSnap(fake);
    const found = readLayout(snap, DEFAULT_CATALOG, { sheet: "Theo dõi thi đua (2)" });
    if (!found.ok) throw new Error(JSON.stringify(found.failure));
    expect(found.layout.columns).toEqual(plan.columns);
    expect(found.layout.dataRows).toEqual(plan.rowsOf.map((r) => r.row));
    const name = fake.workbook.cell("Theo dõi thi đua (2)", at("ho_ten", plan.firstDataRow + 1));
    expect(name).toMatchObject({ value: "=1+1", numberFormat: "@" });
    expect(name.formula).toBeUndefined();
  });

  test("validation rules with type, bounds, formula and messages", () => {
    const x = sheetExtras(fake, "Theo dõi thi đua (2)");
    const dv = (a: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      let c = 0;
      for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
      return x.validations.get(`${m[2]},${c}`);
    };
    expect(dv(at("hs_da_giai_quyet"))).toMatchObject({
      rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      ignoreBlanks: true,
    });
    const n = at("hs_dung_han");
    const d = at("hs_da_giai_quyet");
    expect(dv(at("hs_dung_han", plan.lastDataRow))?.rule).toEqual({
      custom: { formula: `=OR(ISBLANK(${n}),AND(ISNUMBER(${n}),${n}>=0,${n}=INT(${n}),OR(ISBLANK(${d}),${n}<=${d})))` },
    });
    expect(dv(at("ty_le_hai_long"))?.rule).toEqual({ decimal: { formula1: 0, formula2: 1, operator: "Between" } });
    expect(dv(at("tc13"))?.rule).toEqual({ list: { inCellDropDown: true, source: "Đạt,Không đạt" } });
    expect(dv(at("dang_xem_xet"))?.rule).toEqual({ list: { inCellDropDown: true, source: "Có,Không" } });
    expect(dv(at("gioi_tinh"))?.rule).toEqual({ list: { inCellDropDown: true, source: "Nam,Nữ" } });
    expect(dv(at("loai"))?.rule).toEqual({ list: { inCellDropDown: true, source: "Cá nhân,Tập thể" } });
    expect(dv(at("hs_dung_han"))?.prompt).toMatchObject({ showPrompt: true, title: "TC05 – Số đạt" });
    expect(String(dv(at("hs_dung_han"))?.prompt?.message)).toContain("100% TTHC được trả kết quả đúng hạn và trước hạn");
    expect(dv(at("hs_dung_han"))?.errorAlert).toMatchObject({ showAlert: true, style: "Stop", title: "Số liệu chưa đúng" });
    expect(dv(at("ho_ten"))).toBeUndefined();
    expect(dv(at("hs_dung_han", plan.lastDataRow + 1))).toBeUndefined();
  });

  test("protected without password: input cells unlocked, headings and output block locked; panes frozen", () => {
    const x = sheetExtras(fake, "Theo dõi thi đua (2)");
    expect(x.protection).toMatchObject({
      protected: true,
      password: undefined,
      options: { allowInsertRows: true, allowFormatCells: true, allowSort: true, allowAutoFilter: true, allowDeleteRows: false },
    });
    const locked = (r: number, c: number) => x.locked.get(`${r},${c}`) !== false;
    for (const f of ["ho_ten", "hs_dung_han", "tc01", "ghi_chu"]) {
      expect(locked(plan.firstDataRow, col(f))).toBe(false);
      expect(locked(plan.lastDataRow, col(f))).toBe(false);
      expect(locked(plan.headerBottom, col(f))).toBe(true);
    }
    for (let c = plan.outputCol; c < plan.outputCol + 6; c++) expect(locked(plan.firstDataRow, c)).toBe(true);
    expect(x.freeze).toEqual({ rows: plan.numberingRow, cols: col("ho_ten") });
    const page = fake.workbook.sheet("Theo dõi thi đua (2)").page;
    expect(page).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: `$${plan.headerTop}:$${plan.numberingRow}`,
    });
  });

  test("the catalog sheet is found and read back; a second run does not add another", async () => {
    const read = await fake.Excel.run((ctx) => readWorkbookCatalog(ctx as unknown as Excel.RequestContext, DEFAULT_CATALOG));
    expect(read).toEqual({ ok: true, catalog: DEFAULT_CATALOG, sheet: "Tiêu chí" });
    expect(await ensureCatalogSheet(excelOf(fake), DEFAULT_CATALOG)).toEqual({ created: false, sheet: "Tiêu chí" });
    const again = await createTrackingSheet(excelOf(fake), DEFAULT_CATALOG, {});
    expect(again).toMatchObject({ ok: true, sheets: ["Theo dõi thi đua (3)", "Hướng dẫn nhập liệu (2)"] });
  });
});

describe("Áp dụng kiểm tra nhập liệu on a clerk's existing sheet", () => {
  const sample = path.resolve(__dirname, "../fixtures/02-bieu-mau-hai-tang.xlsx");

  test("checks on the data rows only; not one value, formula or format changes", async () => {
    const fake = createFakeOffice(await fakeDataFromXlsx(sample));
    const before = JSON.stringify(fake.workbook.dump());
    const r = await applyChecksToSheet(excelOf(fake), DEFAULT_CATALOG);
    if (!r.ok) throw new Error(r.message);
    expect(JSON.stringify(fake.workbook.dump())).toBe(before);
    const snap = await readSnap(fake);
    const found = readLayout(snap, DEFAULT_CATALOG);
    if (!found.ok) throw new Error("layout");
    const { columns, dataRows, headerBottom } = found.layout;
    expect(r).toEqual({ ok: true, sheet: found.layout.sheet, rules: expect.any(Number), rows: dataRows.length });
    const x = sheetExtras(fake, found.layout.sheet);
    const rule = (row: number, f: string) => x.validations.get(`${row},${columns[f]}`)?.rule;
    for (const row of dataRows) {
      expect(rule(row, "hs_dung_han")).toEqual({ custom: { formula: expect.stringContaining(`${colLetter(columns.hs_dung_han)}`) } });
      expect(rule(row, "ty_le_hai_long")).toEqual({ decimal: { formula1: 0, formula2: 100, operator: "Between" } });
    }
    const notData = Array.from({ length: 40 }, (_, i) => i + 1).filter((row) => !dataRows.includes(row));
    for (const row of notData) expect(rule(row, "hs_dung_han")).toBeUndefined();
    expect(rule(headerBottom, "tc01")).toBeUndefined();
    // the custom rule of a row block is anchored on that block's first row
    const first = dataRows[0];
    expect(rule(first, "hs_dung_han")).toEqual({
      custom: { formula: expect.stringContaining(`${colLetter(columns.hs_dung_han)}${first}<=${colLetter(columns.hs_da_giai_quyet)}${first}`) },
    });
  });

  test("a sheet protected without password is unprotected for the checks and protected again", async () => {
    const fake = createFakeOffice(await fakeDataFromXlsx(sample));
    const x = extrasOf(fake.workbook.sheets[0]);
    x.protection = { protected: true, options: { allowSort: true } };
    const r = await applyChecksToSheet(excelOf(fake), DEFAULT_CATALOG);
    expect(r.ok).toBe(true);
    expect(x.protection).toMatchObject({ protected: true, options: { allowSort: true } });
    expect(x.validations.size).toBeGreaterThan(0);
  });

  test("a password-protected sheet: a clear message, nothing changed", async () => {
    const fake = createFakeOffice(await fakeDataFromXlsx(sample));
    const x = extrasOf(fake.workbook.sheets[0]);
    x.protection = { protected: true, options: {}, password: "bí mật" };
    const r = await applyChecksToSheet(excelOf(fake), DEFAULT_CATALOG);
    expect(r).toEqual({ ok: false, message: expect.stringContaining("đang được bảo vệ bằng mật khẩu") });
    expect(x.validations.size).toBe(0);
    expect(x.protection.protected).toBe(true);
  });
});
