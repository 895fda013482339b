// The "Tiêu chí" sheet: the default catalog survives the trip to the sheet and back (also through an .xlsx file),
// the clerk's edits come back, and a bad edit is reported on the cell it was typed in, in Vietnamese.
import ExcelJS from "exceljs";
import { Catalog, DEFAULT_CATALOG, DEFAULT_CATALOG_INPUT, CatalogSchema } from "../../../src/core/catalog";
import { catalogFromSheet, catalogToSheet, findCatalogSheet } from "../../../src/core/officials/catalogSheet";
import { scoreWorkbook } from "../../../src/core/engine";
import { CellValue, SheetSnapshot, a1 } from "../../../src/core/read/snapshot";
import { planSnapshot } from "../../../src/core/officials/template";
import { sheetSnapshot, workbookSnapshot } from "../../../src/xlsx/read";
import { addFormSheet } from "../../../src/xlsx/template";
import { flatSheet } from "../../helpers/sheet";

/** The parts of a catalog that change a score, a rank, a nomination or how a header is read. */
const scoring = (c: Catalog) => ({
  award: c.award,
  method: c.method,
  levels: c.levels,
  tieBreak: c.tieBreak,
  awardGiverTitles: c.awardGiverTitles,
  fields: c.fields,
  criteria: c.criteria.map(({ code, type, denominator, numerator, percent, field, target, weight, names, numeratorWords, denominatorWords }) => ({
    code,
    type,
    denominator,
    numerator,
    percent,
    field,
    target,
    weight,
    names,
    numeratorWords,
    denominatorWords,
  })),
});

const fresh = (): SheetSnapshot => planSnapshot(catalogToSheet(DEFAULT_CATALOG));

/** Row (1-based) whose first cell is `text`. */
const rowOf = (s: SheetSnapshot, text: string) => s.values.findIndex((r) => r[0] === text) + 1;
const colOf = (s: SheetSnapshot, headerRow: number, text: string) => s.values[headerRow - 1].indexOf(text) + 1;
function set(s: SheetSnapshot, row: number, col: number, v: CellValue) {
  while (s.values[row - 1].length < col) s.values[row - 1].push(null);
  s.values[row - 1][col - 1] = v;
}

describe("round trip", () => {
  test("DEFAULT_CATALOG → sheet → catalog is DEFAULT_CATALOG", () => {
    const r = catalogFromSheet(fresh(), DEFAULT_CATALOG);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.catalog).toEqual(DEFAULT_CATALOG);
  });

  test("read against a bare base, the scoring parts still come back from the sheet alone", () => {
    const bare = CatalogSchema.parse({
      ...DEFAULT_CATALOG_INPUT,
      criteria: DEFAULT_CATALOG_INPUT.criteria.slice(0, 1),
      award: { name: "x", giver: "y", quota: 9, minScore: 1 },
      levels: [{ min: 0, label: "z" }],
    });
    const r = catalogFromSheet(fresh(), bare);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const got = scoring(r.catalog);
    const want = scoring(DEFAULT_CATALOG);
    expect({ ...got, criteria: got.criteria.map((c) => ({ ...c, names: [], numeratorWords: [], denominatorWords: [] })) }).toEqual({
      ...want,
      criteria: want.criteria.map((c) => ({ ...c, names: [], numeratorWords: [], denominatorWords: [] })),
    });
    expect(r.catalog.plan).toEqual(DEFAULT_CATALOG.plan);
  });

  test("through an .xlsx written and read with exceljs, found by its title whatever the sheet is called", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Tiêu chí"); // the clerk's own sheet of that name is kept; ours gets another name
    await addFormSheet(wb, catalogToSheet(DEFAULT_CATALOG));
    const buf = await wb.xlsx.writeBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buf as ArrayBuffer);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Tiêu chí", "Tiêu chí (2)"]);
    const sheet = findCatalogSheet(workbookSnapshot(back));
    expect(sheet?.name).toBe("Tiêu chí (2)");
    const r = catalogFromSheet(sheet!, DEFAULT_CATALOG);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.catalog).toEqual(DEFAULT_CATALOG);
    expect(back.getWorksheet("Tiêu chí (2)")!.getCell("H27").dataValidation).toMatchObject({ type: "decimal", formulae: [0, 100] });
  });
});

describe("the clerk's edits", () => {
  test("a new target, weight, quota, date serial and method are read; the engine scores with them", () => {
    const s = fresh();
    const head = rowOf(s, "Mã");
    const tc05 = rowOf(s, "TC05");
    set(s, tc05, colOf(s, head, "Chỉ tiêu (%)"), "90%");
    set(s, rowOf(s, "TC14"), colOf(s, head, "Trọng số"), 2);
    set(s, rowOf(s, "Số lượng khen thưởng (cá nhân)"), 2, "3");
    set(s, rowOf(s, "Ngày kế hoạch"), 2, 45673); // an Excel date serial: 16/01/2025
    set(s, rowOf(s, "Cách tính điểm"), 2, "tỷ lệ thực hiện");
    const r = catalogFromSheet(s, DEFAULT_CATALOG);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const c = r.catalog;
    expect(c.criteria.find((x) => x.code === "TC05")!.target).toBeCloseTo(0.9, 12);
    expect(c.criteria.find((x) => x.code === "TC14")!.weight).toBe(2);
    expect(c.award.quota).toBe(3);
    expect(c.plan.date).toBe("2025-01-16");
    expect(c.method).toBe("ty-le-thuc-hien");
    const book = {
      sheets: [flatSheet(["stt", "ho_ten", "hs_da_giai_quyet", "hs_dung_han"], [{ stt: 1, ho_ten: "An", hs_da_giai_quyet: 10, hs_dung_han: 9 }])],
    };
    const withEdit = scoreWorkbook(book, { catalog: c });
    const withDefault = scoreWorkbook(book);
    if (!withEdit.ok || !withDefault.ok) throw new Error("layout");
    expect(withEdit.run.result.rows[0].criteria.TC05.status).toBe("achieved");
    expect(withDefault.run.result.rows[0].criteria.TC05.status).toBe("shortfall");
  });

  test("a deleted criterion row disappears; a new one with new fields is added", () => {
    const s = fresh();
    const head = rowOf(s, "Mã");
    s.values[rowOf(s, "TC09") - 1] = [];
    const fieldsHead = rowOf(s, "Mã trường");
    s.values.splice(
      fieldsHead,
      0,
      ["hs_hen", "Số đếm", "TC16. Tổng số lượt hẹn", "Tổng số lượt hẹn", ""],
      ["hs_hen_dung", "Số đếm", "TC16. Số lượt đúng hẹn", "Số lượt đúng hẹn", ""],
    );
    s.values.splice(head + 15, 0, [
      "TC16",
      "Phục vụ đúng hẹn",
      "100% lượt hẹn được phục vụ đúng hẹn",
      "Tỷ lệ",
      "hs_hen",
      "hs_hen_dung",
      "",
      100,
      1,
      "",
    ]);
    const r = catalogFromSheet(s, DEFAULT_CATALOG);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.catalog.criteria.map((c) => c.code)).toEqual([
      "TC01",
      "TC02",
      "TC03",
      "TC04",
      "TC05",
      "TC06",
      "TC07",
      "TC08",
      "TC10",
      "TC11",
      "TC12",
      "TC13",
      "TC14",
      "TC15",
      "TC16",
    ]);
    expect(r.catalog.fields.map((f) => f.id)).toContain("hs_hen_dung");
  });
});

describe("bad edits name their cell", () => {
  const errorsOf = (s: SheetSnapshot) => {
    const r = catalogFromSheet(s, DEFAULT_CATALOG);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors;
  };

  test("a target of 150 → the Chỉ tiêu cell, in Vietnamese", () => {
    const s = fresh();
    const head = rowOf(s, "Mã");
    const row = rowOf(s, "TC07");
    const col = colOf(s, head, "Chỉ tiêu (%)");
    set(s, row, col, 150);
    expect(errorsOf(s)).toEqual([{ cell: a1(row, col), message: `${a1(row, col)}: Chỉ tiêu phải là số từ 0 đến 100` }]);
  });

  test("several mistakes at once, each on its own cell", () => {
    const s = fresh();
    const head = rowOf(s, "Mã");
    const w = a1(rowOf(s, "TC03"), colOf(s, head, "Trọng số"));
    set(s, rowOf(s, "TC03"), colOf(s, head, "Trọng số"), "hai");
    const den = a1(rowOf(s, "TC04"), colOf(s, head, "Trường tổng số"));
    set(s, rowOf(s, "TC04"), colOf(s, head, "Trường tổng số"), "tong_tthc");
    const type = a1(rowOf(s, "TC06"), colOf(s, head, "Loại"));
    set(s, rowOf(s, "TC06"), colOf(s, head, "Loại"), "Phần trăm");
    const code = a1(rowOf(s, "TC08"), 1);
    set(s, rowOf(s, "TC08"), 1, "TC07");
    const quota = a1(rowOf(s, "Số lượng khen thưởng (cá nhân)"), 2);
    set(s, rowOf(s, "Số lượng khen thưởng (cá nhân)"), 2, -1);
    const errors = errorsOf(s);
    const byCell = Object.fromEntries(errors.map((e) => [e.cell, e.message]));
    expect(byCell[w]).toBe(`${w}: Trọng số phải là số lớn hơn 0`);
    expect(byCell[den]).toBe(`${den}: trường “tong_tthc” chưa có trong phần III (các cột nhập liệu)`);
    expect(byCell[type]).toBe(`${type}: Loại phải là “Tỷ lệ”, “Tỷ lệ %” hoặc “Đạt-Không đạt”`);
    expect(byCell[quota]).toBe(`${quota}: Số lượng khen thưởng phải là số nguyên từ 0 trở lên`);
    expect(Object.keys(byCell)).toHaveLength(4);
    // the duplicate code shows once the rest is fixed
    set(s, rowOf(s, "TC03"), colOf(s, head, "Trọng số"), 1);
    set(s, rowOf(s, "TC04"), colOf(s, head, "Trường tổng số"), "tthc_tong");
    set(s, rowOf(s, "TC06"), colOf(s, head, "Loại"), "Tỷ lệ");
    set(s, rowOf(s, "Số lượng khen thưởng (cá nhân)"), 2, 2);
    expect(errorsOf(s)).toEqual([{ cell: code, message: `${code}: Mã TC07 bị trùng` }]);
  });

  test("an unknown settings key and a broken levels line", () => {
    const s = fresh();
    const lv = rowOf(s, "Mức độ hoàn thành");
    set(s, lv, 2, "Xuất sắc 100; Tốt ≥ 80");
    const key = rowOf(s, "Năm");
    set(s, key, 1, "Năm học");
    const cells = errorsOf(s).map((e) => e.cell);
    expect(cells).toEqual(expect.arrayContaining([a1(lv, 2), a1(key, 1)]));
  });

  test("a tie-break the ranking cannot use (a text column) is an error on its cell, not a silent no-op", () => {
    const s = fresh();
    const row = rowOf(s, "Xét khi bằng điểm");
    set(s, row, 2, "Họ và tên");
    expect(errorsOf(s)).toEqual([{ cell: a1(row, 2), message: expect.stringMatching(/^B\d+: không xét khi bằng điểm theo “Họ và tên” được/) }]);
    set(s, row, 2, "Số sáng kiến, giải pháp; Số tiêu chí đạt");
    const r = catalogFromSheet(s, DEFAULT_CATALOG);
    expect(r.ok && r.catalog.tieBreak).toEqual(["sang_kien", "achieved"]);
  });

  test("a sheet without the criteria table", () => {
    const r = catalogFromSheet({ name: "Tiêu chí", values: [["BỘ TIÊU CHÍ"]], merges: [] }, DEFAULT_CATALOG);
    expect(r).toEqual({ ok: false, errors: [expect.objectContaining({ cell: "A1" })] });
  });
});

test("sheetSnapshot of an exceljs sheet reads the same as the plan (merged settings cells)", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = await addFormSheet(wb, catalogToSheet(DEFAULT_CATALOG));
  const r = catalogFromSheet(sheetSnapshot(ws), DEFAULT_CATALOG);
  expect(r.ok).toBe(true);
});
