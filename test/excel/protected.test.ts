// Scoring a tracking sheet made by "Tạo bảng theo dõi" (protected without a password, the output block locked):
// the write request unprotects it first and protects it again last, with the same options, in the same small
// number of syncs; a password-protected sheet gets a plain message and not one cell changes. "Xóa đánh dấu" too.
import { DEFAULT_CATALOG } from "../../src/core/catalog";
import { HIGHLIGHT_TAG } from "../../src/core/write/plan";
import { a1, colLetter } from "../../src/core/read/snapshot";
import { buildTemplate } from "../../src/core/officials/template";
import { ExcelGlobal } from "../../src/excel/env";
import { createExcelHost } from "../../src/excel/host";
import { createTrackingSheet } from "../../src/excel/template";
import { FakeOffice, createFakeOffice } from "../fakes/excel-fake";
import { sheetExtras, userEdit } from "../fakes/excel-fake-extras";
import { expectOk } from "./helpers";

const OFFICIALS = [
  { name: "Nguyễn Văn An", chucVu: "Công chức Tư pháp - Hộ tịch", linhVuc: "Tư pháp", gioiTinh: "Nam" as const },
  { name: "Trần Thị Bình", chucVu: "Công chức Văn phòng - Thống kê", linhVuc: "Văn phòng", gioiTinh: "Nữ" as const },
];
const SHEET = "Theo dõi thi đua";
const plan = buildTemplate(DEFAULT_CATALOG, { officials: OFFICIALS });
const at = (field: string, i: number) => a1(plan.firstDataRow + i, plan.columns[field]);
const ours = (f?: string) => !!f && f.includes(HIGHLIGHT_TAG);

/** A book with the template made through the shell, and figures typed by the officials (An on target, Bình short). */
async function templateBook(): Promise<FakeOffice> {
  const fake = createFakeOffice({ sheets: [{ name: "Bìa", rows: [["Sổ theo dõi thi đua"]] }] });
  const made = await createTrackingSheet(fake.Excel as unknown as ExcelGlobal, DEFAULT_CATALOG, { officials: OFFICIALS });
  if (!made.ok) throw new Error(made.message);
  userEdit(fake, SHEET, `${at("hs_da_giai_quyet", 0)}:${at("hs_dung_han", 0)}`, [[20, 20]]);
  userEdit(fake, SHEET, `${at("hs_da_giai_quyet", 1)}:${at("hs_dung_han", 1)}`, [[20, 15]]);
  return fake;
}

const scoreCell = (fake: FakeOffice, i: number) => fake.workbook.cell(SHEET, a1(plan.firstDataRow + i, plan.outputCol + 1)).value;

test("template → figures → score: results written, protection back on with its options, input cells still unlocked", async () => {
  const fake = await templateBook();
  const x = sheetExtras(fake, SHEET);
  const before = JSON.parse(JSON.stringify(x.protection));
  expect(before.protected).toBe(true);
  const unlocked = [...x.locked.entries()].filter(([, v]) => v === false).map(([k]) => k);
  expect(unlocked.length).toBeGreaterThan(0);
  const start = fake.stats.syncs;
  const report = expectOk(await createExcelHost(fake).scoreWorkbook({}));
  expect(fake.stats.syncs - start).toBe(3);
  expect(report.result.sheet).toBe(SHEET);
  expect(report.result.rows.map((r) => [r.name, r.criteria.TC05.status])).toEqual([
    ["Nguyễn Văn An", "achieved"],
    ["Trần Thị Bình", "shortfall"],
  ]);
  expect(typeof scoreCell(fake, 0)).toBe("number");
  expect(typeof scoreCell(fake, 1)).toBe("number");
  expect(fake.workbook.sheet(SHEET).cfs.filter((cf) => ours(cf.formula)).length).toBeGreaterThan(0);
  expect(x.protection).toEqual(before);
  expect([...x.locked.entries()].filter(([, v]) => v === false).map(([k]) => k)).toEqual(unlocked);
  expect(x.locked.get(`${plan.firstDataRow},${plan.columns.hs_dung_han}`)).toBe(false);
  expect(x.locked.get(`${plan.firstDataRow},${plan.outputCol + 1}`)).toBeUndefined(); // the block stays locked
});

test("the same sheet unprotected is scored in as many syncs (the lift travels with the read and the write)", async () => {
  const fake = await templateBook();
  sheetExtras(fake, SHEET).protection = { protected: false, options: {} };
  const start = fake.stats.syncs;
  expectOk(await createExcelHost(fake).scoreWorkbook({}));
  expect(fake.stats.syncs - start).toBe(3);
});

test("a password-protected sheet: a plain Vietnamese message, nothing written, still protected", async () => {
  const fake = await templateBook();
  const x = sheetExtras(fake, SHEET);
  x.protection.password = "mật khẩu của xã";
  const before = JSON.stringify(fake.workbook.dump());
  const names = fake.workbook.sheetNames();
  const out = await createExcelHost(fake).scoreWorkbook({});
  expect(out).toEqual({
    ok: false,
    message: `Trang “${SHEET}” đang được bảo vệ bằng mật khẩu. Vào Xem lại (Review) > Bỏ bảo vệ trang tính (Unprotect Sheet), rồi thử lại.`,
  });
  expect(JSON.stringify(fake.workbook.dump())).toBe(before);
  expect(fake.workbook.sheetNames()).toEqual(names);
  expect(x.protection).toMatchObject({ protected: true, password: "mật khẩu của xã" });
});

test("rows inserted under a protected sheet between read and write: undone and redone, protection on at the end", async () => {
  const fake = await templateBook();
  const options = { ...sheetExtras(fake, SHEET).protection.options };
  const start = fake.stats.syncs;
  fake.hooks.beforeSync = (n, book) => n === start + 3 && book.insertRows(SHEET, plan.firstDataRow + 1);
  const report = expectOk(await createExcelHost(fake).scoreWorkbook({}));
  expect(report.retries).toBe(1);
  expect(sheetExtras(fake, SHEET).protection).toMatchObject({ protected: true, options });
  expect(fake.workbook.cell(SHEET, a1(plan.firstDataRow + 2, plan.columns.ho_ten)).value).toBe("Trần Thị Bình");
  expect(typeof fake.workbook.cell(SHEET, a1(plan.firstDataRow + 2, plan.outputCol + 1)).value).toBe("number");
  expect(fake.workbook.cell(SHEET, `${colLetter(plan.outputCol + 1)}${plan.firstDataRow + 1}`).value).toBe("");
});

describe("Xóa đánh dấu on a protected sheet", () => {
  test("the rules go, the protection comes back with its options", async () => {
    const fake = await templateBook();
    const host = createExcelHost(fake);
    expectOk(await host.scoreWorkbook({}));
    const before = JSON.parse(JSON.stringify(sheetExtras(fake, SHEET).protection));
    const n = await host.clearHighlights();
    expect(n).toBeGreaterThan(0);
    expect(fake.workbook.sheet(SHEET).cfs.filter((cf) => ours(cf.formula))).toEqual([]);
    expect(sheetExtras(fake, SHEET).protection).toEqual(before);
  });

  test("with a password: the plain message, the rules stay", async () => {
    const fake = await templateBook();
    const host = createExcelHost(fake);
    expectOk(await host.scoreWorkbook({}));
    sheetExtras(fake, SHEET).protection.password = "123";
    const rules = fake.workbook.sheet(SHEET).cfs.filter((cf) => ours(cf.formula)).length;
    await expect(host.clearHighlights()).rejects.toThrow(`Trang “${SHEET}” đang được bảo vệ bằng mật khẩu`);
    expect(fake.workbook.sheet(SHEET).cfs.filter((cf) => ours(cf.formula)).length).toBe(rules);
    expect(sheetExtras(fake, SHEET).protection.protected).toBe(true);
  });
});
