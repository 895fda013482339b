// The workbook's own criteria catalog ("Tiêu chí" sheet) in the Office.js shell: scoring uses it, read in the same
// sync as everything else; its cell errors stop the run with problems naming the cell (the ribbon selects the
// first); and the nomination and summary sheets get the plan's row heights so wrapped text shows.
import { DEFAULT_CATALOG } from "../../src/core/catalog";
import { catalogToSheet } from "../../src/core/officials/catalogSheet";
import { SHEET_NAMES } from "../../src/core/write/plan";
import { CellValue, SheetSnapshot, a1 } from "../../src/core/read/snapshot";
import { planSnapshot } from "../../src/core/officials/template";
import { makeCommands } from "../../src/commands/handlers";
import { createExcelHost } from "../../src/excel/host";
import { FakeOffice, createFakeOffice, workbookDataFromSnapshot } from "../fakes/excel-fake";
import { RangeFormatProxy } from "../fakes/fake-range";
import { SheetModel } from "../fakes/fake-model";
import { bookOf, coreRun, expectOk, trackingSheet } from "./helpers";

/** The "Tiêu chí" sheet of the default catalog, with `edit` applied (row by its first cell, column by header). */
function catalogSheet(edit?: { row: string; header: string; value: CellValue }): SheetSnapshot {
  const s = planSnapshot(catalogToSheet(DEFAULT_CATALOG));
  if (edit) {
    const head = s.values.findIndex((r) => r[0] === "Mã");
    const col = s.values[head].indexOf(edit.header);
    const row = s.values.findIndex((r) => r[0] === edit.row);
    s.values[row][col] = edit.value;
  }
  return s;
}
const cellOf = (s: SheetSnapshot, row: string, header: string) => {
  const head = s.values.findIndex((r) => r[0] === "Mã");
  return a1(s.values.findIndex((r) => r[0] === row) + 1, s.values[head].indexOf(header) + 1);
};

const fakeOf = (...sheets: SheetSnapshot[]): FakeOffice => createFakeOffice(workbookDataFromSnapshot(bookOf(trackingSheet(6), ...sheets)));

describe("the workbook's catalog", () => {
  test("a target lowered to 90% on the Tiêu chí sheet turns a 90% row from short to achieved, in the same 3 syncs", async () => {
    const plain = expectOk(await createExcelHost(fakeOf(catalogSheet())).scoreWorkbook({}));
    expect(plain.result.rows[0].criteria.TC05).toEqual({ status: "shortfall", rate: 0.9 });
    expect(plain.catalogSheet).toBe("Tiêu chí");

    const fake = fakeOf(catalogSheet({ row: "TC05", header: "Chỉ tiêu (%)", value: 90 }));
    const start = fake.stats.syncs;
    const report = expectOk(await createExcelHost(fake).scoreWorkbook({}));
    expect(fake.stats.syncs - start).toBe(3);
    expect(report.result.rows[0].criteria.TC05).toEqual({ status: "achieved", rate: 0.9 });
    expect(report.catalog?.criteria.find((c) => c.code === "TC05")?.target).toBeCloseTo(0.9, 12);
    expect(report.result.sheet).toBe("Theo dõi");
  });

  test("a book without the sheet is scored with the plan's default catalog", async () => {
    const report = expectOk(await createExcelHost(fakeOf()).scoreWorkbook({}));
    expect(report.catalogSheet).toBeNull();
    expect(report.catalog).toEqual(DEFAULT_CATALOG);
  });

  test("a wrong cell on the sheet: no run, nothing written, the problem names its sheet and cell", async () => {
    const bad = catalogSheet({ row: "TC07", header: "Chỉ tiêu (%)", value: 150 });
    const fake = fakeOf(bad);
    const before = JSON.stringify(fake.workbook.dump());
    const out = await createExcelHost(fake).scoreWorkbook({});
    const cell = cellOf(bad, "TC07", "Chỉ tiêu (%)");
    expect(out).toEqual({
      ok: false,
      message: expect.stringMatching(/^Trang “Tiêu chí” \(bộ tiêu chí\) có 1 ô chưa đúng, nên chưa chấm điểm/),
      problems: [{ sheet: "Tiêu chí", cell, message: `${cell}: Chỉ tiêu phải là số từ 0 đến 100` }],
    });
    expect(JSON.stringify(fake.workbook.dump())).toBe(before);
  });

  test("the ribbon command selects the first wrong cell and completes", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const bad = catalogSheet({ row: "TC07", header: "Chỉ tiêu (%)", value: 150 });
    const fake = fakeOf(bad);
    const completed = jest.fn();
    await makeCommands(fake, createExcelHost(fake)).scoreAndRank({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(fake.workbook.selection).toEqual({ sheet: "Tiêu chí", address: cellOf(bad, "TC07", "Chỉ tiêu (%)") });
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining("Chỉ tiêu phải là số từ 0 đến 100"));
    expect(fake.workbook.sheetNames()).not.toContain(SHEET_NAMES.nomination);
    jest.restoreAllMocks();
  });
});

describe("row heights of the add-in's sheets", () => {
  // The fake ignores rowHeight; record it here per sheet model, as Excel sets it on every row of the range.
  const heights = new WeakMap<SheetModel, Map<number, number>>();
  const original = Object.getOwnPropertyDescriptor(RangeFormatProxy.prototype, "rowHeight")!;
  beforeAll(() => {
    Object.defineProperty(RangeFormatProxy.prototype, "rowHeight", {
      configurable: true,
      set(this: RangeFormatProxy, v: number) {
        const act = (
          this as unknown as {
            _act: (a: string, v: unknown, f: (e: { sheet: SheetModel; areas: { top: number; bottom: number }[] }) => void) => void;
          }
        )._act;
        act.call(this, "set:rowHeight", v, ({ sheet, areas }) => {
          const m = heights.get(sheet) ?? new Map<number, number>();
          for (const a of areas) for (let r = a.top; r <= a.bottom; r++) m.set(r, v);
          heights.set(sheet, m);
        });
      },
    });
  });
  afterAll(() => Object.defineProperty(RangeFormatProxy.prototype, "rowHeight", original));

  test("the nomination and summary sheets get every height of the plan, and only those rows", async () => {
    const book = bookOf(trackingSheet(12));
    const planned = coreRun(book).plan.sheets;
    const fake = createFakeOffice(workbookDataFromSnapshot(book));
    const report = expectOk(await createExcelHost(fake).scoreWorkbook({}));
    report.sheetsWritten.forEach((name, i) => {
      const want = Object.entries(planned[i].rowHeights ?? {}).map(([r, h]) => [Number(r), h]);
      expect(want.length).toBeGreaterThan(0);
      const got = [...(heights.get(fake.workbook.sheet(name)) ?? new Map()).entries()].sort((a, b) => a[0] - b[0]);
      expect([name, got]).toEqual([name, want]);
    });
  });
});
