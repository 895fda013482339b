import { scoreWorkbook } from "../../../src/core/engine";
import { CellValue } from "../../../src/core/read/snapshot";
import { PERSON_FIELDS, book, flatSheet } from "../../helpers/sheet";

const F = [...PERSON_FIELDS, "loai", "hs_da_giai_quyet", "hs_dung_han", "phieu_danh_gia", "phieu_hai_long", "ty_le_hai_long", "tc14"];
function run(rows: Record<string, CellValue>[]) {
  const out = scoreWorkbook(book(flatSheet(F, rows)));
  if (!out.ok) throw new Error("layout");
  return out.run.result;
}

describe("summary (§9)", () => {
  const r = run([
    { ho_ten: "A", linh_vuc: "Tư pháp", hs_da_giai_quyet: 100, hs_dung_han: 100, tc14: "Đạt", ty_le_hai_long: "97%" },
    { ho_ten: "B", linh_vuc: "Tư pháp", hs_da_giai_quyet: 50, hs_dung_han: 49, tc14: "Không đạt", phieu_danh_gia: 100, phieu_hai_long: 95 },
    { ho_ten: "C", linh_vuc: "Địa chính", hs_da_giai_quyet: 10, hs_dung_han: 12, tc14: "Đạt" },
    { ho_ten: "Tổ", loai: "Tập thể", hs_da_giai_quyet: 1000, hs_dung_han: 1, tc14: "Đạt" },
  ]);
  test("ratio criteria sum the counts of individual rows evaluated (errors and collectives left out)", () =>
    expect(r.summary.TC05).toEqual({
      numerator: 149,
      denominator: 150,
      rate: 149 / 150,
      target: 1,
      achieved: false,
      rowsApplicable: 2,
      rowsAchieved: 1,
    }));
  test("yes/no criteria count rows; rows with errors elsewhere still count", () =>
    expect(r.summary.TC14).toMatchObject({ numerator: 2, denominator: 3, rowsApplicable: 3, rowsAchieved: 2, achieved: false }));
  test("TC10 given as a percent counts in the rows only, not in the sums", () =>
    expect(r.summary.TC10).toMatchObject({ numerator: 95, denominator: 100, rowsApplicable: 2, rowsAchieved: 1, achieved: false }));
  test("criteria nobody was evaluated on are absent", () => expect(Object.keys(r.summary).sort()).toEqual(["TC05", "TC10", "TC14"]));
  test("by sector: rows, scored rows and errors per Ngành, lĩnh vực", () =>
    expect(r.summaryBySector.map((s) => [s.sector, s.rows, s.scored, s.errors])).toEqual([
      ["Tư pháp", 2, 2, 0],
      ["Địa chính", 1, 0, 1],
      ["(chưa ghi lĩnh vực)", 1, 1, 0],
    ]));
  test("percent-only criterion: rate null, achieved when every applicable row achieved", () => {
    const p = run([
      { ho_ten: "A", ty_le_hai_long: 0.97 },
      { ho_ten: "B", ty_le_hai_long: 96 },
    ]);
    expect(p.summary.TC10).toEqual({ numerator: 0, denominator: 0, rate: null, target: 0.96, achieved: true, rowsApplicable: 2, rowsAchieved: 2 });
  });
});
