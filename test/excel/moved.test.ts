// Safe writing in a shared workbook: rows inserted, sorted or a column inserted between the read and the write are
// caught inside the write request itself; no score is left on the wrong person, the run redoes (at most 3 times),
// and a failure part-way leaves neither a half-written list nor a temporary sheet.
import { SHEET_NAMES, TrackingPlan } from "../../src/core/write/plan";
import { a1, colLetter } from "../../src/core/read/snapshot";
import { createExcelHost } from "../../src/excel/host";
import { createFakeOffice, FakeOffice, workbookDataFromSnapshot } from "../fakes/excel-fake";
import { bookOf, coreRun, expectOk, fakeSnapshot, trackingSheet } from "./helpers";

const SHEET = "Theo dõi";
const WRITE_SYNC = 3; // names, then everything read, then the write request

function setup(n = 12) {
  const fake = createFakeOffice(workbookDataFromSnapshot(bookOf(trackingSheet(n))));
  return { fake, host: createExcelHost(fake) };
}

function blockOf(fake: FakeOffice, plan: TrackingPlan): unknown[][] {
  const bottom = plan.top + plan.values.length - 1;
  return fake.workbook.values(SHEET, `${colLetter(plan.col)}${plan.top}:${colLetter(plan.col + plan.width - 1)}${bottom}`);
}

/** The block as the core would write it for the workbook as it is now (the clerk's data decides, not our block). */
function expectBlockMatchesData(fake: FakeOffice): void {
  const plan = coreRun(fakeSnapshot(fake)).plan.tracking[0];
  expect(blockOf(fake, plan)).toEqual(plan.values.map((r) => r.map((v) => v ?? "")));
}

/** Excel refuses one action, once (renaming a sheet to `args`, say). */
function failOnce(action: string, args: unknown): (a: string, b: unknown) => string | undefined {
  let done = false;
  return (a, b) => {
    if (done || a !== action || b !== args) return undefined;
    done = true;
    return "GeneralException";
  };
}

/** Every person's score cell is blank or that person's own score. */
function expectNoWrongScore(fake: FakeOffice): void {
  const plan = coreRun(fakeSnapshot(fake)).plan.tracking[0];
  for (const k of plan.rowKeys) {
    const shown = fake.workbook.cell(SHEET, a1(k.row, plan.col + 1)).value;
    const own = plan.values[k.row - plan.top][1] ?? "";
    expect({ row: k.row, name: k.name, ok: shown === "" || shown === own }).toEqual({ row: k.row, name: k.name, ok: true });
  }
}

test("a row inserted between the read and the write: caught, undone, redone once, every score on its person", async () => {
  const { fake, host } = setup();
  fake.hooks.beforeSync = (n, book) => n === WRITE_SYNC && book.insertRows(SHEET, 6);
  const report = expectOk(await host.scoreWorkbook({}));
  expect(report.retries).toBe(1);
  expect(fake.workbook.values(SHEET, "B6:B6")).toEqual([[""]]);
  expectBlockMatchesData(fake);
});

test("two names swapped (a sort) between the read and the write: no score follows the wrong name", async () => {
  const { fake, host } = setup();
  expectOk(await host.scoreWorkbook({}));
  // scores differ between rows 4 and 5, so a stale write would put them on the wrong people
  const before = coreRun(fakeSnapshot(fake)).plan.tracking[0];
  expect(before.values[4 - before.top][1]).not.toEqual(before.values[5 - before.top][1]);
  const start = fake.stats.syncs;
  fake.hooks.beforeSync = (n, book) => n === start + WRITE_SYNC && book.swapRows(SHEET, 4, 5);
  const report = expectOk(await host.scoreWorkbook({}));
  expect(report.retries).toBe(1);
  expectBlockMatchesData(fake);
});

test("rows that keep moving: three attempts, a plain message, and still no score on the wrong person", async () => {
  const { fake, host } = setup();
  expectOk(await host.scoreWorkbook({}));
  const plan = coreRun(fakeSnapshot(fake)).plan.tracking[0];
  expect(plan.values[4 - plan.top][1]).not.toEqual(plan.values[8 - plan.top][1]);
  const start = fake.stats.syncs;
  // each attempt: names, read, write (+ undo): the write request is the 3rd of every 4 syncs
  fake.hooks.beforeSync = (n, book) => (n - start) % 4 === WRITE_SYNC && book.swapRows(SHEET, 4, 8);
  const outcome = await host.scoreWorkbook({});
  expect(outcome.ok).toBe(false);
  if (!outcome.ok) expect(outcome.message).toMatch(/chèn, xóa hoặc sắp xếp lại dòng.*không ghi nhầm điểm/s);
  expect(fake.stats.syncs - start).toBe(12);
  expectNoWrongScore(fake);
});

test("a column inserted left of the output block: the clerk's shifted column is put back, the block moves right", async () => {
  const sheet = trackingSheet(12);
  const lastClerkCol = sheet.values[2].length;
  sheet.values[0][lastClerkCol - 1] = "Ghi chú của xã";
  sheet.merges.push({ top: 1, left: lastClerkCol, bottom: 2, right: lastClerkCol });
  const fake = createFakeOffice(workbookDataFromSnapshot(bookOf(sheet)));
  const host = createExcelHost(fake);
  const first = coreRun(fakeSnapshot(fake)).plan.tracking[0];
  expect(first.col).toBe(lastClerkCol + 1);
  const original = fake.workbook.values(SHEET, `${colLetter(lastClerkCol)}1:${colLetter(lastClerkCol)}15`);
  fake.hooks.beforeSync = (n, book) => n === WRITE_SYNC && book.insertColumns(SHEET, lastClerkCol);
  const report = expectOk(await host.scoreWorkbook({}));
  expect(report.retries).toBe(1);
  const shifted = lastClerkCol + 1;
  expect(fake.workbook.values(SHEET, `${colLetter(shifted)}1:${colLetter(shifted)}15`)).toEqual(original);
  // the decoration that landed on the clerk's column is undone too: width, header fill and bold
  expect(fake.workbook.sheet(SHEET).colWidths.get(shifted) ?? 48).toBe(48);
  for (const r of first.headerRows) {
    const format = fake.workbook.cell(SHEET, a1(r, shifted)).format;
    expect([format?.fill, format?.bold ?? false]).toEqual([undefined, false]);
  }
  expect(fake.workbook.sheet(SHEET).merges).toContainEqual({ top: 1, left: shifted, bottom: 2, right: shifted });
  expect(coreRun(fakeSnapshot(fake)).plan.tracking[0].col).toBe(first.col + 1);
  expectBlockMatchesData(fake);
});

test("a failure part-way through the write leaves the old list whole, the block as it was, and no temporary sheet", async () => {
  const { fake, host } = setup();
  expectOk(await host.scoreWorkbook({}));
  const before = fake.workbook.dump();
  fake.hooks.failOn = (action) => (action === "setPosition" ? "GeneralException" : undefined);
  const outcome = await host.scoreWorkbook({});
  expect(outcome.ok).toBe(false);
  if (!outcome.ok) expect(outcome.message).toMatch(/GeneralException/);
  expect(fake.workbook.sheetNames()).toEqual([SHEET, SHEET_NAMES.nomination, SHEET_NAMES.summary]);
  expect(fake.workbook.dump()).toEqual(before);
});

test("a failure while the new sheets take their names: the new, complete sheets end up under their names", async () => {
  const { fake, host } = setup();
  expectOk(await host.scoreWorkbook({}));
  const plan = coreRun(fakeSnapshot(fake)).plan;
  fake.hooks.failOn = failOnce("set:name", SHEET_NAMES.summary);
  expect((await host.scoreWorkbook({})).ok).toBe(false);
  expect(fake.workbook.sheetNames()).toEqual([SHEET, SHEET_NAMES.nomination, SHEET_NAMES.summary]);
  const summary = plan.sheets.find((sp) => sp.name === SHEET_NAMES.summary)!;
  expect(fake.workbook.values(SHEET_NAMES.summary, `A1:A${summary.rows.length}`).map((r) => r[0])).toEqual(summary.rows.map((r) => r[0].v ?? ""));
});

test("rows moved and the write failing after the block was written: the block is blanked, no score on the wrong person", async () => {
  const { fake, host } = setup();
  expectOk(await host.scoreWorkbook({}));
  const start = fake.stats.syncs;
  fake.hooks.beforeSync = (n, book) => n === start + WRITE_SYNC && book.swapRows(SHEET, 4, 8);
  fake.hooks.failOn = failOnce("set:name", SHEET_NAMES.summary);
  expect((await host.scoreWorkbook({})).ok).toBe(false);
  expectNoWrongScore(fake);
  expect(fake.workbook.sheetNames().filter((n) => n.startsWith("~"))).toEqual([]);
});
