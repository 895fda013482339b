// Highlights are the add-in's own conditional formats: re-running never stacks them, and "Xóa đánh dấu" removes only
// them — the clerk's own conditional format and fill on the same cells are still there afterwards.
import { HIGHLIGHT_TAG } from "../../src/core/write/plan";
import { createExcelHost } from "../../src/excel/host";
import { createFakeOffice, workbookDataFromSnapshot } from "../fakes/excel-fake";
import { FIELDS, bookOf, coreRun, expectOk, trackingSheet } from "./helpers";

const SHEET = "Theo dõi";

function setup() {
  const book = bookOf(trackingSheet(12));
  const plan = coreRun(book).plan.tracking[0];
  const target = plan.highlights.shortfall[0];
  const data = workbookDataFromSnapshot(book);
  data.sheets[0].conditionalFormats = [{ ranges: "E4:E15", formula: "=E4>50", fill: "#FFFF00" }];
  data.sheets[0].fills = { [target]: "#00B050" };
  const fake = createFakeOffice(data);
  return { fake, host: createExcelHost(fake), plan, target };
}

const ours = (formula?: string) => !!formula && formula.includes(HIGHLIGHT_TAG);

test("re-running replaces the add-in's rules instead of stacking them; the clerk's rule stays", async () => {
  const { fake, host } = setup();
  expectOk(await host.scoreWorkbook({}));
  const cfs = () => fake.workbook.sheet(SHEET).cfs;
  const first = cfs().filter((cf) => ours(cf.formula)).length;
  expect(first).toBeGreaterThan(0);
  expectOk(await host.scoreWorkbook({}));
  expectOk(await host.scoreWorkbook({}));
  expect(cfs().filter((cf) => ours(cf.formula))).toHaveLength(first);
  expect(
    cfs()
      .filter((cf) => !ours(cf.formula))
      .map((cf) => cf.formula),
  ).toEqual(["=E4>50"]);
});

test("the error rule is above the shortfall rules (Office puts each new rule on top)", async () => {
  const sheet = trackingSheet(12);
  sheet.values[5][FIELDS.indexOf("hs_dung_han")] = 150; // more on time than handled: a data error on row 6
  const book = bookOf(sheet);
  expect(coreRun(book).plan.tracking[0].highlights.error.length).toBeGreaterThan(0);
  const fake = createFakeOffice(workbookDataFromSnapshot(book));
  expectOk(await createExcelHost(fake).scoreWorkbook({}));
  const order = fake.workbook
    .sheet(SHEET)
    .cfs.filter((cf) => ours(cf.formula))
    .map((cf) => (cf.formula!.includes("lỗi số liệu") ? "error" : "shortfall"));
  expect(order.includes("shortfall")).toBe(true);
  expect(order.lastIndexOf("error")).toBeLessThan(order.indexOf("shortfall"));
  expect(order[0]).toBe("error");
});

test("clearHighlights removes only ours; the clerk's own rule and fill survive, and it says how many it removed", async () => {
  const { fake, host, target } = setup();
  expectOk(await host.scoreWorkbook({}));
  const mine = fake.workbook.sheet(SHEET).cfs.filter((cf) => ours(cf.formula)).length;
  expect(fake.workbook.cell(SHEET, target).format?.fill).toBe("#00B050");
  expect(await host.clearHighlights()).toBe(mine);
  const left = fake.workbook.sheet(SHEET).cfs;
  expect(left.map((cf) => ({ formula: cf.formula, fill: cf.fill }))).toEqual([{ formula: "=E4>50", fill: "#FFFF00" }]);
  expect(fake.workbook.cell(SHEET, target).format?.fill).toBe("#00B050");
  const syncs = fake.stats.syncs;
  expect(await host.clearHighlights()).toBe(0);
  expect(fake.stats.syncs - syncs).toBe(2);
});
