// Reading without the sheet's full extent (§10): a value left far below the table and rules over whole columns cost
// a small, constant number of requests whose size does not grow with the row number, and the result is the plain
// sheet's; rows that were never read share one empty row.
import { readBook, HEAD_ROWS } from "../../src/excel/read";
import { EMPTY_ROW } from "../../src/excel/cells";
import { createExcelHost } from "../../src/excel/host";
import { FakeWorkbookData, createFakeOffice, workbookDataFromSnapshot } from "../fakes/excel-fake";
import { bookOf, expectOk, trackingSheet } from "./helpers";

const LAST_ROW = 1_048_576;

/** The tracking sheet of n people, with `x` left in A<farRow> and a conditional format over F4:Z1048576. */
function farData(n: number, farRow: number | null, wholeColumns = true): FakeWorkbookData {
  const data = workbookDataFromSnapshot(bookOf(trackingSheet(n)));
  const sheet = data.sheets[0];
  if (farRow !== null) sheet.rows![farRow - 1] = ["x"]; // a sparse array: the fake holds one row there
  if (wholeColumns) sheet.conditionalFormats = [{ ranges: "F4:Z1048576", formula: "=F4<0", fill: "#FFFF00" }];
  return data;
}

async function readOn(data: FakeWorkbookData) {
  const fake = createFakeOffice(data);
  const book = await fake.Excel.run((ctx) => readBook(ctx as unknown as Excel.RequestContext));
  const bytes = fake.stats.responses.reduce((a, b) => a + b, 0) + fake.stats.payloads.reduce((a, b) => a + b, 0);
  return { fake, book, syncs: fake.stats.syncs, bytes };
}

test("a value in A1048576 and a whole-column rule: one small request more, whatever the row", async () => {
  const plain = await readOn(farData(50, null, false));
  const far = await readOn(farData(50, LAST_ROW));
  const nearer = await readOn(farData(50, 20_000));
  expect(plain.syncs).toBe(2);
  expect(far.syncs).toBe(plain.syncs + 1);
  expect(nearer.syncs).toBe(far.syncs);
  // the extra request and its answer are small, and the same at row 20,000 and at row 1,048,576
  expect(far.fake.stats.responses[2]).toBeLessThan(200);
  expect(far.bytes - plain.bytes).toBeLessThan(2_000);
  expect(Math.abs(far.bytes - nearer.bytes)).toBeLessThan(20);
  expect(far.fake.stats.refused).toEqual([]);
});

test("rows never read share one frozen empty row; the far value is where it was", async () => {
  const { book } = await readOn(farData(50, LAST_ROW));
  const values = book.snapshot.sheets[0].values;
  expect(values).toHaveLength(LAST_ROW);
  expect(values[LAST_ROW - 1]).toEqual(["x"]);
  expect(values[500_000]).toBe(EMPTY_ROW);
  expect(values[900_000]).toBe(EMPTY_ROW);
  expect(Object.isFrozen(EMPTY_ROW)).toBe(true);
});

test("the result and the output block of the sheet with a far value and whole-column rules are the plain sheet's", async () => {
  const plainFake = createFakeOffice(farData(50, null, false));
  const farFake = createFakeOffice(farData(50, LAST_ROW));
  const plain = expectOk(await createExcelHost(plainFake).scoreWorkbook({}));
  const far = expectOk(await createExcelHost(farFake).scoreWorkbook({}));
  expect(far.result).toEqual(plain.result);
  expect(farFake.stats.syncs).toBe(plainFake.stats.syncs + 1);
  const block = (f: typeof plainFake) => f.workbook.values("Theo dõi", "A1:Z60");
  expect(block(farFake)).toEqual(block(plainFake));
  // nothing was written below the table
  const s = farFake.workbook.sheet("Theo dõi");
  const written = s.rows.reduce((n, row, i) => (row && i > 100 ? n + 1 : n), 0);
  expect(written).toBe(1); // the far row only
});

test("a table longer than the head and a far value: the box below is probed in slices, only rows with cells are read", async () => {
  const n = HEAD_ROWS + 500;
  const { fake, book } = await readOn(farData(n, LAST_ROW, false));
  const values = book.snapshot.sheets[0].values;
  expect(values[HEAD_ROWS + 100].length).toBeGreaterThan(5); // a person below the head was read
  expect(values[LAST_ROW - 1]).toEqual(["x"]);
  // names, heads, probes, bands: a handful of requests, none near 5 MB, none refused
  expect(fake.stats.syncs).toBeLessThanOrEqual(5);
  expect(fake.stats.refused).toEqual([]);
  expect(Math.max(...fake.stats.responses)).toBeLessThan(4_000_000);
});
