import { DEFAULT_CATALOG } from "../../../src/core/catalog";
import { scoreWorkbook } from "../../../src/core/engine";
import { CellValue } from "../../../src/core/read/snapshot";
import { PERSON_FIELDS, book, flatSheet } from "../../helpers/sheet";

const F = [
  ...PERSON_FIELDS,
  "hs_da_giai_quyet",
  "hs_dung_han",
  "hs_tiep_nhan",
  "hs_mot_cua_dt",
  "hs_truc_tuyen",
  "phieu_danh_gia",
  "phieu_hai_long",
  "ty_le_hai_long",
  "tc14",
  "bi_phan_anh",
  "sang_kien",
  "loai",
];

function run(rows: Record<string, CellValue>[], fields = F) {
  const out = scoreWorkbook(book(flatSheet(fields, rows)));
  if (!out.ok) throw new Error(JSON.stringify(out.failure));
  return out.run.result.rows;
}
const one = (r: Record<string, CellValue>, fields = F) => run([{ ho_ten: "Nguyễn Văn A", ...r }], fields)[0];
const col = (f: string, fields = F) => String.fromCharCode(64 + fields.indexOf(f) + 1);

describe("ratio criteria (§4)", () => {
  test("denominator and numerator both blank or 0 is not applicable", () => {
    expect(one({ hs_da_giai_quyet: 0, hs_dung_han: 0, tc14: "Đạt" }).criteria.TC05.status).toBe("na");
    expect(one({ hs_da_giai_quyet: "KAD", tc14: "Đạt" }).criteria.TC05.status).toBe("na");
  });
  test("n ≤ d: achieved when n·100 ≥ target·d (exact), else shortfall with the rate", () => {
    expect(one({ hs_da_giai_quyet: 50, hs_dung_han: 50 }).criteria.TC05).toEqual({ status: "achieved", rate: 1 });
    expect(one({ hs_da_giai_quyet: 50, hs_dung_han: 49 }).criteria.TC05).toEqual({ status: "shortfall", rate: 0.98 });
    expect(one({ hs_da_giai_quyet: 50, hs_dung_han: 0 }).criteria.TC05).toEqual({ status: "shortfall", rate: 0 });
  });
  test("exactly 96% satisfaction from counts is achieved, 95.99% is not", () => {
    expect(one({ phieu_danh_gia: 25, phieu_hai_long: 24 }).criteria.TC10.status).toBe("achieved");
    expect(one({ phieu_danh_gia: 10000, phieu_hai_long: 9599 }).criteria.TC10.status).toBe("shortfall");
  });
  test("exactly 96% as a percent cell is achieved (0.96, 96, '96%', '96,0 %')", () => {
    for (const v of [0.96, 96, "96%", "96,0 %"]) expect(one({ ty_le_hai_long: v }).criteria.TC10.status).toBe("achieved");
    expect(one({ ty_le_hai_long: "95,9%" }).criteria.TC10.status).toBe("shortfall");
  });
  test("TC10: a non-blank count cell (even 0) means the counts decide and the percent is not read", () => {
    const r = one({ phieu_danh_gia: 0, ty_le_hai_long: "150%" });
    expect(r.criteria.TC10.status).toBe("na");
    expect(r.issues).toEqual([]);
  });
  test("numerator greater than denominator is E_NUM_GT_DEN on the numerator cell", () => {
    const r = one({ hs_da_giai_quyet: 50, hs_dung_han: 52 });
    expect(r.criteria.TC05.status).toBe("error");
    expect(r.issues.map((i) => [i.cell, i.code])).toEqual([[`${col("hs_dung_han")}4`, "E_NUM_GT_DEN"]]);
    expect(r.issues[0].message).toBe(`${col("hs_dung_han")}4: Số hồ sơ đúng hạn (52) lớn hơn số hồ sơ đã giải quyết (50)`);
  });
  test("numerator without denominator is E_DEN_MISSING on the denominator cell", () => {
    expect(one({ hs_dung_han: 7 }).issues.map((i) => [i.cell, i.code])).toEqual([[`${col("hs_da_giai_quyet")}4`, "E_DEN_MISSING"]]);
  });
  test("E_DEN_MISSING falls on the numerator cell when the sheet has no denominator column", () => {
    const fields = F.filter((f) => f !== "hs_da_giai_quyet");
    expect(one({ hs_dung_han: 7 }, fields).issues.map((i) => [i.cell, i.code])).toEqual([[`${col("hs_dung_han", fields)}4`, "E_DEN_MISSING"]]);
  });
  test("denominator without numerator is E_NUM_MISSING on the numerator cell", () => {
    expect(one({ hs_da_giai_quyet: 7 }).issues.map((i) => [i.cell, i.code])).toEqual([[`${col("hs_dung_han")}4`, "E_NUM_MISSING"]]);
  });
  test("both cells can carry a reading error; no relational error is added then", () => {
    const r = one({ hs_da_giai_quyet: "12,000", hs_dung_han: -1 });
    expect(r.issues.map((i) => i.code).sort()).toEqual(["E_NEGATIVE", "E_NOT_NUMBER"]);
  });
  test("a shared denominator (TC06/TC07) with a problem is reported once", () => {
    const r = one({ hs_tiep_nhan: "nhiều", hs_mot_cua_dt: 3, hs_truc_tuyen: 3 });
    expect(r.issues.filter((i) => i.cell === `${col("hs_tiep_nhan")}4`)).toHaveLength(1);
    expect([r.criteria.TC06.status, r.criteria.TC07.status]).toEqual(["error", "error"]);
  });
});

describe("row-level problems", () => {
  test("a data row without a name gets E_NO_NAME on the name cell", () => {
    const r = run([{ ho_ten: null, stt: 3, tc14: "Đạt" }])[0];
    expect(r.name).toBe("");
    expect(r.issues.map((i) => [i.cell, i.code])).toEqual([["B4", "E_NO_NAME"]]);
  });
  test("a row with only STT and Ghi chú is not a data row", () =>
    expect(
      run([
        { ho_ten: null, stt: 3 },
        { ho_ten: "B", tc14: "Đạt" },
      ]).map((r) => r.row),
    ).toEqual([5]));
  test("bad gate and initiative values are errors on their cells", () => {
    const r = one({ tc14: "Đạt", bi_phan_anh: "Đạt", sang_kien: "hai" });
    expect(r.issues.map((i) => i.code).sort()).toEqual(["E_BAD_YESNO", "E_NOT_NUMBER"]);
  });
  test("unknown kind is E_BAD_KIND and the row counts as an individual", () => {
    const r = one({ tc14: "Đạt", loai: "Nhóm" });
    expect([r.kind, r.issues.map((i) => i.code)]).toEqual(["individual", ["E_BAD_KIND"]]);
  });
  test("a kind is never guessed from the name", () => expect(one({ ho_ten: "Ngành Tư pháp", tc14: "Đạt" }).kind).toBe("individual"));
  test("duplicates by name, chức vụ and lĩnh vực are warnings on every row; diacritics count (Tâm ≠ Tám)", () => {
    const rows = run([
      { ho_ten: "Lê Văn Tâm", chuc_vu: "Công chức", linh_vuc: "Tư pháp", tc14: "Đạt" },
      { ho_ten: " lê văn  tâm ", chuc_vu: "công chức", linh_vuc: "Tư pháp", tc14: "Đạt" },
      { ho_ten: "Lê Văn Tám", chuc_vu: "Công chức", linh_vuc: "Tư pháp", tc14: "Đạt" },
    ]);
    expect(rows.map((r) => r.issues.map((i) => `${i.code}:${i.severity}`))).toEqual([["W_DUPLICATE_NAME:warning"], ["W_DUPLICATE_NAME:warning"], []]);
    expect(rows[0].score).toBe(100);
  });
  test("every criterion of the catalog is reported on every row", () => {
    expect(Object.keys(one({ tc14: "Đạt" }).criteria)).toEqual(DEFAULT_CATALOG.criteria.map((c) => c.code));
  });
});
