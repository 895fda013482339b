// Whose sheet is whose across a workbook (§10): a " (n)" suffix is the add-in's only when it had to choose it.
import { SHEET_MARKER, ownSheetNames } from "../../../src/core/read/sheets";
import { SheetSnapshot } from "../../../src/core/read/snapshot";

const sheet = (name: string, marked: boolean): SheetSnapshot => ({ name, values: [["x", null, marked ? SHEET_MARKER : null]], merges: [] });
const own = (...sheets: SheetSnapshot[]) => [...ownSheetNames({ sheets })].sort();

test("a marked sheet under the add-in's name is its own; renamed, it is the clerk's", () => {
  expect(own(sheet("DS đề nghị khen thưởng", true), sheet("DS đã trình 12-2025", true))).toEqual(["DS đề nghị khen thưởng"]);
});

test("a marked '(2)' copy beside the add-in's own sheet is the clerk's copy", () => {
  expect(own(sheet("DS đề nghị khen thưởng", true), sheet("DS đề nghị khen thưởng (2)", true))).toEqual(["DS đề nghị khen thưởng"]);
});

test("the '(2)' the add-in chose because the clerk has a sheet of that name is the add-in's", () => {
  expect(own(sheet("DS đề nghị khen thưởng", false), sheet("DS đề nghị khen thưởng (2)", true))).toEqual(["DS đề nghị khen thưởng (2)"]);
  expect(own(sheet("Tổng hợp kết quả", false), sheet("Tổng hợp kết quả (2)", false), sheet("Tổng hợp kết quả (3)", true))).toEqual([
    "Tổng hợp kết quả (3)",
  ]);
  expect(own(sheet("Tổng hợp kết quả (3)", true))).toEqual([]);
});
