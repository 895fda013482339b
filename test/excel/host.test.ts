// The rest of the ExcelHost contract on the fake: the requirement check and its message, settings kept in the
// workbook, the sheet list, selecting a cell, the add-in's sheet names next to a clerk's sheet of the same name.
import { SHEET_MARKER, SHEET_NAMES } from "../../src/core/write/plan";
import { checkRequirements } from "../../src/excel/env";
import { createExcelHost, lane } from "../../src/excel/host";
import { SETTINGS_KEY } from "../../src/excel/settings";
import { createFakeOffice, workbookDataFromSnapshot } from "../fakes/excel-fake";
import { bookOf, expectOk, trackingSheet } from "./helpers";

const fakeWith = (opts = {}) => createFakeOffice(workbookDataFromSnapshot(bookOf(trackingSheet(6))), opts);

describe("requirements", () => {
  test("a current Excel passes", () => {
    expect(createExcelHost(fakeWith()).checkRequirements()).toEqual({ ok: true, missing: [] });
  });

  test("Excel with ExcelApi 1.9 only: the sets it lacks and a plain Vietnamese message; scoring refuses to start", async () => {
    const fake = fakeWith({ excelApi: "1.9" });
    const host = createExcelHost(fake);
    const req = host.checkRequirements();
    expect(req.ok).toBe(false);
    expect(req.missing).toEqual(["ExcelApi 1.13"]);
    expect(req.message).toMatch(/^Phiên bản Excel này quá cũ/);
    const outcome = await host.scoreWorkbook({});
    expect(outcome).toEqual({ ok: false, message: req.message });
    expect(fake.stats.syncs).toBe(0);
  });

  test("Excel 2016 (ExcelApi 1.1) lacks every set the add-in uses", () => {
    expect(createExcelHost(fakeWith({ excelApi: "1.1" })).checkRequirements().missing).toEqual([
      "ExcelApi 1.4",
      "ExcelApi 1.6",
      "ExcelApi 1.7",
      "ExcelApi 1.9",
      "ExcelApi 1.13",
    ]);
  });

  test("outside Office: a message, not a crash", () => {
    expect(checkRequirements({})).toMatchObject({ ok: false, missing: ["Office.js"] });
  });
});

describe("settings", () => {
  test("round trip through workbook.settings, as JSON under one key", async () => {
    const fake = fakeWith();
    const host = createExcelHost(fake);
    expect(await host.loadSettings()).toEqual({});
    const s = { sheets: ["Theo dõi"], quota: 3, minScore: 85, method: "ty-le-thuc-hien" as const, mapping: { ho_ten: "b" }, lang: "en" as const };
    await host.saveSettings(s);
    expect(typeof fake.workbook.settings.get(SETTINGS_KEY)).toBe("string");
    expect(await host.loadSettings()).toEqual({ ...s, mapping: { ho_ten: "B" } });
  });

  test("a damaged or foreign value is dropped field by field, never trusted", async () => {
    const fake = fakeWith();
    fake.workbook.settings.set(SETTINGS_KEY, JSON.stringify({ quota: -2, minScore: "80", method: "x", sheet: "S", mapping: { a: "=1+1" } }));
    // an older add-in's one `sheet` is read as `sheets`
    expect(await createExcelHost(fake).loadSettings()).toEqual({ sheets: ["S"] });
    fake.workbook.settings.set(SETTINGS_KEY, "{not json");
    expect(await createExcelHost(fake).loadSettings()).toEqual({});
  });

  test("settings choose the sheet and quota of the run; an unknown sheet is named plainly", async () => {
    const host = createExcelHost(fakeWith());
    expect(expectOk(await host.scoreWorkbook({ quota: 1, minScore: 10 })).result.nomination).toMatchObject({ quota: 1, minScore: 10 });
    const out = await host.scoreWorkbook({ sheets: ["Không có"] });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out).toMatchObject({ failure: { code: "E_NO_SHEET" }, message: expect.stringContaining('Không có trang tính "Không có"') });
  });
});

test("listSheets and selectCell (activates the sheet, selects the cell)", async () => {
  const fake = fakeWith();
  fake.workbook.addSheet("Khác");
  const host = createExcelHost(fake);
  expect(await host.listSheets()).toEqual(["Theo dõi", "Khác"]);
  await host.selectCell("Theo dõi", "'Theo dõi'!E7");
  expect(fake.workbook.activeSheet).toBe("Theo dõi");
  expect(fake.workbook.selection).toEqual({ sheet: "Theo dõi", address: "E7" });
  await host.selectCell("Khác", "B2");
  expect(fake.workbook.selection).toEqual({ sheet: "Khác", address: "B2" });
});

test("a clerk's sheet named like the add-in's is kept; ours gets a suffixed name, and is replaced on re-run", async () => {
  const data = workbookDataFromSnapshot(bookOf(trackingSheet(6)));
  data.sheets.push({ name: SHEET_NAMES.nomination, rows: [["Danh sách của tôi"]] });
  const fake = createFakeOffice(data);
  const host = createExcelHost(fake);
  const first = expectOk(await host.scoreWorkbook({}));
  expect(first.sheetsWritten).toEqual([`${SHEET_NAMES.nomination} (2)`, SHEET_NAMES.summary]);
  expect(fake.workbook.values(SHEET_NAMES.nomination)).toEqual([["Danh sách của tôi"]]);
  const ourList = fake.workbook.sheet(`${SHEET_NAMES.nomination} (2)`);
  expect(ourList.rows.some((r) => r?.some((c) => c?.value === SHEET_MARKER))).toBe(true);
  expectOk(await host.scoreWorkbook({}));
  expect(fake.workbook.sheetNames()).toEqual(["Theo dõi", SHEET_NAMES.nomination, `${SHEET_NAMES.nomination} (2)`, SHEET_NAMES.summary]);
});

test("progress is reported step by step, ending with done", async () => {
  const steps: string[] = [];
  expectOk(await createExcelHost(fakeWith()).scoreWorkbook({}, (step) => steps[steps.length - 1] !== step && steps.push(step)));
  expect(steps).toEqual(["read", "compute", "write", "done"]);
});

test("the host's one lane: a job starts only when the one before it has ended, however it ended", async () => {
  const exclusive = lane();
  const log: string[] = [];
  let release: () => void = () => undefined;
  const run = exclusive(async () => {
    log.push("run starts");
    await new Promise<void>((r) => (release = r));
    log.push("run ends");
    throw new Error("refused");
  });
  const recheck = exclusive(async () => void log.push("re-check"));
  await Promise.resolve();
  expect(log).toEqual(["run starts"]);
  release();
  await expect(run).rejects.toThrow("refused");
  await recheck;
  expect(log).toEqual(["run starts", "run ends", "re-check"]);
});
