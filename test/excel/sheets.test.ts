// Several tracking sheets and whose sheets are whose, in Excel (§10): the chosen sheets are scored as one population
// in the same round trips as one sheet, each with its block and highlights; only the add-in's own sheets (name and
// marker, a suffix it chose) are replaced; a re-run changes nothing; the add-in's sheets carry their page setup.
import { SHEET_MARKER, SHEET_NAMES, HIGHLIGHT_TAG } from "../../src/core/write/plan";
import { SheetSnapshot, colLetter } from "../../src/core/read/snapshot";
import type { LiveUpdate } from "../../src/excel/api";
import { createExcelHost } from "../../src/excel/host";
import { createFakeOffice, workbookDataFromSnapshot, type FakeOffice } from "../fakes/excel-fake";
import { settleEvents, sheetExtras, userEdit } from "../fakes/excel-fake-extras";
import { bookOf, coreRun, expectOk, fakeSnapshot, trackingSheet } from "./helpers";

const named = (name: string, s: SheetSnapshot): SheetSnapshot => ({ ...s, name });
const sectors = () => [
  named("Tư pháp", trackingSheet(6)),
  named("Văn phòng", trackingSheet(5, ["Trần Thị Mai", "Lê Văn Cường", "Đỗ Thị Thu", "Phạm Văn Hùng", "Vũ Thị Lan"])),
];
const ours = (fake: FakeOffice, sheet: string) => fake.workbook.sheet(sheet).cfs.filter((cf) => (cf.formula ?? "").includes(HIGHLIGHT_TAG));

describe("several tracking sheets scored together", () => {
  test("one population, each sheet its own block and highlights, in as many syncs as one sheet", async () => {
    const book = bookOf(...sectors());
    const one = createFakeOffice(workbookDataFromSnapshot(bookOf(sectors()[0])));
    expectOk(await createExcelHost(one).scoreWorkbook({}));
    const fake = createFakeOffice(workbookDataFromSnapshot(book));
    const report = expectOk(await createExcelHost(fake).scoreWorkbook({ allSheets: true }));
    expect(report.result.sheets).toEqual(["Tư pháp", "Văn phòng"]);
    expect(report.result.rows).toHaveLength(11);
    expect(fake.stats.syncs).toBe(one.stats.syncs);
    const plan = coreRun(book, { allSheets: true }).plan;
    for (const t of plan.tracking) {
      const s = fake.workbook.sheet(t.sheet);
      const top = fake.workbook.values(t.sheet, `A${t.top}:ZZ${t.top}`)[0];
      expect(top).toContain(t.values[0].find((v) => typeof v === "string" && v !== "") ?? "");
      expect(ours(fake, t.sheet).length).toBeGreaterThan(0);
      expect(s.cfs.length).toBeGreaterThan(0);
    }
    // a problem names a cell of its own row's sheet
    const withIssue = report.result.rows.find((r) => r.sheet === "Văn phòng" && r.issues.length);
    if (withIssue) expect(withIssue.issues[0].cell).toMatch(/^[A-Z]+\d+$/);
  });

  test("the sheets left out are named in a notice", async () => {
    const fake = createFakeOffice(workbookDataFromSnapshot(bookOf(...sectors())));
    const report = expectOk(await createExcelHost(fake).scoreWorkbook({}));
    expect(report.result.notices).toEqual([expect.objectContaining({ code: "W_OTHER_SHEETS", sheets: ["Văn phòng"] })]);
  });
});

describe("only the add-in's own sheets are replaced", () => {
  const marked = (name: string): SheetSnapshot => ({ name, values: [["Danh sách đã ký", null, SHEET_MARKER]], merges: [] });
  const clerks = (name: string): SheetSnapshot => ({ name, values: [["Bảng của văn phòng"]], merges: [] });

  test("a renamed and a copied list survive a re-run; a clerk's sheet with the add-in's name is kept and ours goes to (2)", async () => {
    const fake = createFakeOffice(workbookDataFromSnapshot(bookOf(trackingSheet(8), clerks(SHEET_NAMES.summary))));
    const host = createExcelHost(fake);
    expectOk(await host.scoreWorkbook({}));
    expect(fake.workbook.sheetNames()).toEqual(["Theo dõi", SHEET_NAMES.summary, SHEET_NAMES.nomination, `${SHEET_NAMES.summary} (2)`]);
    // the clerk renames the list, and copies it (Excel names the copy "… (2)")
    fake.workbook.sheet(SHEET_NAMES.nomination).name = "DS đã trình 12-2025";
    await fake.Excel.run(async (ctx) => {
      const add = ctx.workbook.worksheets.add(`${SHEET_NAMES.nomination} (2)`);
      add.getRange("A1:C1").values = [["Bản đã ký", "", SHEET_MARKER]];
      await ctx.sync();
    });
    expectOk(await host.scoreWorkbook({}));
    const names = fake.workbook.sheetNames();
    expect(names).toContain("DS đã trình 12-2025");
    expect(names).toContain(`${SHEET_NAMES.nomination} (2)`);
    expect(fake.workbook.values(`${SHEET_NAMES.nomination} (2)`, "A1")).toEqual([["Bản đã ký"]]);
    expect(fake.workbook.values(SHEET_NAMES.summary, "A1")).toEqual([["Bảng của văn phòng"]]);
    expect(names.filter((n) => n.startsWith(SHEET_NAMES.summary))).toEqual([SHEET_NAMES.summary, `${SHEET_NAMES.summary} (2)`]);
  });

  test("a re-run gives the same sheets and the same number of highlight rules", async () => {
    const fake = createFakeOffice(workbookDataFromSnapshot(bookOf(trackingSheet(8), marked("DS đợt 1 (đã ký)"))));
    const host = createExcelHost(fake);
    expectOk(await host.scoreWorkbook({}));
    const first = { names: fake.workbook.sheetNames(), rules: ours(fake, "Theo dõi").length, values: fake.workbook.values("Theo dõi") };
    expectOk(await host.scoreWorkbook({}));
    expect(fake.workbook.sheetNames()).toEqual(first.names);
    expect(ours(fake, "Theo dõi")).toHaveLength(first.rules);
    expect(fake.workbook.values("Theo dõi")).toEqual(first.values);
    expect(first.names).toContain("DS đợt 1 (đã ký)");
  });
});

test("the add-in's sheets are written with the plan's print area (the marker outside it), margins and breaks", async () => {
  const book = bookOf(trackingSheet(8));
  const fake = createFakeOffice(workbookDataFromSnapshot(book));
  expectOk(await createExcelHost(fake).scoreWorkbook({}));
  for (const sp of coreRun(book).plan.sheets) {
    const page = fake.workbook.sheet(sp.name).page;
    expect(page.printArea).toBe(sp.page.printArea);
    expect(page.rowBreaks ?? []).toEqual(sp.page.rowBreaks ?? []);
    if (sp.page.margins) expect(page.margins.leftMargin).toBeCloseTo(sp.page.margins.left * 72);
    const [, right] = sp.page.printArea!.split(":");
    const markerCol = fake.workbook.values(sp.name, "A1:Z1")[0].indexOf(SHEET_MARKER) + 1;
    expect(markerCol).toBeGreaterThan(right.replace(/\d+/g, "").charCodeAt(0) - 64);
  }
});

test("a row inserted on the second sheet between the read and the write: both blocks undone, the run redone once", async () => {
  const fake = createFakeOffice(workbookDataFromSnapshot(bookOf(...sectors())));
  fake.hooks.beforeSync = (n, wb) => n === 3 && wb.insertRows("Văn phòng", 6);
  const report = expectOk(await createExcelHost(fake).scoreWorkbook({ allSheets: true }));
  expect(report.retries).toBe(1);
  const now = coreRun(fakeSnapshot(fake), { allSheets: true }).plan;
  for (const t of now.tracking) {
    const bottom = t.top + t.values.length - 1;
    const range = `${colLetter(t.col)}${t.top}:${colLetter(t.col + t.width - 1)}${bottom}`;
    expect([t.sheet, fake.workbook.values(t.sheet, range)]).toEqual([t.sheet, t.values.map((r) => r.map((v) => v ?? ""))]);
  }
});

test("the live check watches every chosen sheet: an edit on the second comes back as that sheet's row", async () => {
  const fake = createFakeOffice(workbookDataFromSnapshot(bookOf(...sectors())));
  const host = createExcelHost(fake);
  const updates: LiveUpdate[] = [];
  const live = await host.startLiveCheck({ sheets: ["Tư pháp", "Văn phòng"], onUpdate: (u) => updates.push(u) });
  if (!live.ok) throw new Error(live.message);
  expect(live.sheets).toEqual(["Tư pháp", "Văn phòng"]);
  const plan = coreRun(bookOf(...sectors()), { allSheets: true }).plan.tracking[1];
  const row = plan.rowKeys[1].row;
  userEdit(fake, "Văn phòng", `E${row}:F${row}`, [[10, 12]]);
  await settleEvents(fake, "Văn phòng");
  for (let i = 0; i < 100 && updates.length === 0; i++) await new Promise((res) => setTimeout(res, 20));
  expect(updates).toHaveLength(1);
  expect(updates[0]).toMatchObject({ sheet: "Văn phòng", full: false, rows: [{ row, isData: true }] });
  await live.stop();
  expect(sheetExtras(fake, "Tư pháp").listeners.size + sheetExtras(fake, "Văn phòng").listeners.size).toBe(0);
});

test("the second sheet protected without a password: both blocks written, it is protected again with its options", async () => {
  const fake = createFakeOffice(workbookDataFromSnapshot(bookOf(...sectors())));
  const options = { allowFormatCells: true, allowInsertRows: true };
  Object.assign(sheetExtras(fake, "Văn phòng").protection, { protected: true, options });
  const report = expectOk(await createExcelHost(fake).scoreWorkbook({ allSheets: true }));
  expect(report.result.sheets).toEqual(["Tư pháp", "Văn phòng"]);
  expect(sheetExtras(fake, "Văn phòng").protection).toMatchObject({ protected: true, options });
  expect(sheetExtras(fake, "Tư pháp").protection.protected).toBe(false);
  for (const t of coreRun(bookOf(...sectors()), { allSheets: true }).plan.tracking) expect(ours(fake, t.sheet).length).toBeGreaterThan(0);
});
