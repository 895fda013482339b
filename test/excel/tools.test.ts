// The officials' tools through the ExcelHost (createExcelHost over the fake with its extras): "Tạo bảng theo dõi"
// from a list or from a sheet (its wrong cells named), "Áp dụng kiểm tra nhập liệu", "Lưu bộ tiêu chí vào bảng
// tính", the guide, the live check, and the workbook's catalog (its target used, its errors returned).
import { DEFAULT_CATALOG } from "../../src/core/catalog";
import { catalogToSheet } from "../../src/core/officials/catalogSheet";
import { a1 } from "../../src/core/read/snapshot";
import { buildTemplate, planSnapshot } from "../../src/core/officials/template";
import type { LiveUpdate } from "../../src/excel/api";
import { createExcelHost } from "../../src/excel/host";
import { createFakeOffice, workbookDataFromSnapshot } from "../fakes/excel-fake";
import { installFakeExtras, settleEvents, sheetExtras, userEdit } from "../fakes/excel-fake-extras";
import { fakeDataFromXlsx } from "../fakes/fake-xlsx";
import path from "node:path";

installFakeExtras();
const OFFICIALS = [
  { name: "Nguyễn Văn An", chucVu: "Phó Chủ tịch UBND", linhVuc: "Lãnh đạo", gioiTinh: "Nam" as const },
  { name: "Lê Thị Hoa", chucVu: "Công chức Văn phòng - Thống kê", linhVuc: "Văn phòng", gioiTinh: "Nữ" as const },
];
const SHEET = "Theo dõi thi đua";
const plan = buildTemplate(DEFAULT_CATALOG, { officials: OFFICIALS });
const blank = () => createFakeOffice({ sheets: [{ name: "Bìa", rows: [["Sổ theo dõi thi đua"]] }] });

describe("Tạo bảng theo dõi", () => {
  test("from a list: the three sheets, the people on their rows, a plain summary", async () => {
    const fake = blank();
    const out = await createExcelHost(fake).createTrackingSheet({ kind: "list", officials: OFFICIALS });
    expect(out).toEqual({
      ok: true,
      sheet: SHEET,
      sheets: [SHEET, "Hướng dẫn nhập liệu", "Tiêu chí"],
      message: expect.stringMatching(
        new RegExp(`^Đã tạo trang “${SHEET}”: 2 người \\(dòng ${plan.firstDataRow}–${plan.firstDataRow + 1}\\) và 5 dòng trống`),
      ),
    });
    expect(fake.workbook.cell(SHEET, a1(plan.firstDataRow + 1, plan.columns.ho_ten)).value).toBe("Lê Thị Hoa");
    expect(sheetExtras(fake, SHEET).protection.protected).toBe(true);
  });

  test("from a list with a nameless person: refused, nothing made", async () => {
    const fake = blank();
    const out = await createExcelHost(fake).createTrackingSheet({ kind: "list", officials: [OFFICIALS[0], { name: "  " }] });
    expect(out).toEqual({ ok: false, message: "Danh sách cán bộ chưa đúng:\nNgười thứ 2: thiếu họ và tên" });
    expect(fake.workbook.sheetNames()).toEqual(["Bìa"]);
  });

  test("from a sheet: its wrong cells are problems naming the sheet and cell; fixed, the sheet is made", async () => {
    const rows = [
      ["DANH SÁCH CÁN BỘ"],
      ["STT", "Họ và tên", "Chức vụ", "Giới tính"],
      [1, "Nguyễn Văn An", "Chủ tịch", "Nam"],
      [2, "Lê Thị Hoa", "Công chức", "Ông"],
    ];
    const fake = createFakeOffice({ sheets: [{ name: "Danh sách", rows }] });
    const host = createExcelHost(fake);
    const bad = await host.createTrackingSheet({ kind: "sheet", sheet: "Danh sách" });
    expect(bad).toEqual({
      ok: false,
      message: "Danh sách trên trang “Danh sách” có 1 ô chưa đúng; chưa tạo bảng. Bấm vào từng lỗi để đến ô đó.",
      problems: [{ sheet: "Danh sách", cell: "D4", message: "D4: giới tính “Ông” không rõ — nhập “Nam” hoặc “Nữ”." }],
    });
    expect(fake.workbook.sheetNames()).toEqual(["Danh sách"]);
    fake.workbook.sheet("Danh sách").rows[3][3]!.value = "Nữ";
    const ok = await host.createTrackingSheet({ kind: "sheet", sheet: "Danh sách" });
    expect(ok).toMatchObject({ ok: true, sheet: SHEET });
    expect(fake.workbook.cell(SHEET, a1(plan.firstDataRow + 1, plan.columns.gioi_tinh)).value).toBe("Nữ");
    expect(await host.createTrackingSheet({ kind: "sheet", sheet: "Không có" })).toEqual({ ok: false, message: "Không có trang tính “Không có”." });
  });

  test("with the book's own catalog, and refused with its wrong cells", async () => {
    const cat = planSnapshot(catalogToSheet(DEFAULT_CATALOG));
    const head = cat.values.findIndex((r) => r[0] === "Mã");
    const row = cat.values.findIndex((r) => r[0] === "TC07");
    const col = cat.values[head].indexOf("Chỉ tiêu (%)");
    cat.values[row][col] = 150;
    const fake = createFakeOffice(workbookDataFromSnapshot({ sheets: [cat] }));
    const out = await createExcelHost(fake).createTrackingSheet({ kind: "list", officials: OFFICIALS });
    expect(out).toMatchObject({
      ok: false,
      message: expect.stringContaining("nên chưa tạo bảng theo dõi"),
      problems: [{ sheet: "Tiêu chí", cell: a1(row + 1, col + 1) }],
    });
    expect(await createExcelHost(fake).readCatalog()).toMatchObject({ ok: false, problems: [{ cell: a1(row + 1, col + 1) }] });
  });
});

test("Áp dụng kiểm tra nhập liệu on the clerk's sheet: rules added, not one value changed", async () => {
  const fake = createFakeOffice(await fakeDataFromXlsx(path.resolve(__dirname, "../fixtures/02-bieu-mau-hai-tang.xlsx")));
  const before = JSON.stringify(fake.workbook.dump());
  const out = await createExcelHost(fake).applyChecks({});
  expect(out).toMatchObject({
    ok: true,
    sheet: fake.workbook.sheets[0].name,
    message: expect.stringMatching(/^Đã gắn \d+ quy tắc kiểm tra nhập liệu cho \d+ dòng của trang “.+”\. Số liệu đã nhập không thay đổi\.$/),
  });
  expect(JSON.stringify(fake.workbook.dump())).toBe(before);
  expect(sheetExtras(fake, fake.workbook.sheets[0].name).validations.size).toBeGreaterThan(0);
});

test("Lưu bộ tiêu chí vào bảng tính: the Tiêu chí sheet once, shown to the clerk; the second time, it says so", async () => {
  const fake = blank();
  const host = createExcelHost(fake);
  expect(await host.saveCatalogSheet()).toEqual({
    ok: true,
    message: expect.stringMatching(/^Đã tạo trang “Tiêu chí” với 15 tiêu chí của Kế hoạch số /),
  });
  expect(fake.workbook.sheetNames()).toEqual(["Bìa", "Tiêu chí"]);
  expect(fake.workbook.activeSheet).toBe("Tiêu chí");
  expect(await host.readCatalog()).toEqual({ ok: true, catalog: DEFAULT_CATALOG, sheet: "Tiêu chí" });
  expect(await host.saveCatalogSheet()).toEqual({
    ok: true,
    message: "Bảng tính đã có trang “Tiêu chí”; phần mềm dùng bộ tiêu chí trên trang đó khi chấm điểm.",
  });
  expect(fake.workbook.sheetNames()).toEqual(["Bìa", "Tiêu chí"]);
});

describe("the guide", () => {
  test("a book without a tracking sheet: the columns of a new one", async () => {
    const out = await createExcelHost(blank()).readGuide({});
    if (!out.ok) throw new Error(out.message);
    expect(out.guide).toMatchObject({ sheet: null, people: [], rows: null, nameColumn: "B" });
    const tc05 = out.guide.columns.filter((c) => c.criteria.some((x) => x.code === "TC05"));
    expect(tc05.map((c) => c.criteria[0])).toEqual([
      expect.objectContaining({ code: "TC05", target: "100%" }),
      expect.objectContaining({ code: "TC05", plan: expect.stringContaining("đúng hạn") }),
    ]);
    expect(tc05[0].how).toMatch(/^Nhập số nguyên ≥ 0 \(ví dụ 12\)/);
    expect(tc05[1].how).toMatch(/^Nhập số nguyên ≥ 0, không lớn hơn .* \(cột [A-Z]+\)/);
  });

  test("the tracking sheet: whose row is which, its own header texts", async () => {
    const fake = blank();
    const host = createExcelHost(fake);
    await host.createTrackingSheet({ kind: "list", officials: OFFICIALS });
    const out = await host.readGuide({ sheets: [SHEET] });
    if (!out.ok) throw new Error(out.message);
    expect(out.guide.sheet).toBe(SHEET);
    expect(out.guide.people).toEqual([
      { row: plan.firstDataRow, name: "Nguyễn Văn An" },
      { row: plan.firstDataRow + 1, name: "Lê Thị Hoa" },
    ]);
    expect(out.guide.columns.map((c) => c.letter)).toContain("B");
    expect(out.guide.columns.find((c) => c.letter === "B")?.how).toBe("Họ và tên, đã điền sẵn; không sửa tên của người khác.");
  });
});

test("the live check through the host: an edit comes back as that row's problems; stop ends it", async () => {
  const fake = blank();
  const host = createExcelHost(fake);
  await host.createTrackingSheet({ kind: "list", officials: OFFICIALS });
  const updates: LiveUpdate[] = [];
  const live = await host.startLiveCheck({ onUpdate: (u) => updates.push(u) });
  if (!live.ok) throw new Error(live.message);
  expect(live.sheets).toEqual([SHEET]);
  const r = plan.firstDataRow + 1;
  userEdit(fake, SHEET, `${a1(r, plan.columns.hs_da_giai_quyet)}:${a1(r, plan.columns.hs_dung_han)}`, [[10, 12]]);
  await settleEvents(fake, SHEET);
  for (let i = 0; i < 100 && updates.length === 0; i++) await new Promise((res) => setTimeout(res, 20));
  expect(updates).toHaveLength(1);
  expect(updates[0]).toMatchObject({ sheet: SHEET, full: false, rows: [{ row: r, name: "Lê Thị Hoa", isData: true }] });
  expect(updates[0].rows[0].issues.map((i) => i.cell)).toContain(a1(r, plan.columns.hs_dung_han));
  await live.stop();
  userEdit(fake, SHEET, a1(r, plan.columns.hs_dung_han), [[9]]);
  await settleEvents(fake, SHEET);
  await new Promise((res) => setTimeout(res, 400));
  expect(updates).toHaveLength(1);
});

test("every tool refuses to start on an Excel too old, with the plain message", async () => {
  const host = createExcelHost(createFakeOffice({ sheets: [{ name: "A" }] }, { excelApi: "1.3" }));
  for (const out of [
    await host.createTrackingSheet({ kind: "list", officials: OFFICIALS }),
    await host.applyChecks({}),
    await host.saveCatalogSheet(),
    await host.readGuide({}),
    await host.startLiveCheck({ onUpdate: () => undefined }),
  ]) {
    expect(out).toMatchObject({ ok: false, message: expect.stringMatching(/^Phiên bản Excel này quá cũ/) });
  }
});
