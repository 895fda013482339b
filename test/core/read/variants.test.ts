// Real workbooks vary the header texts, the column order and add unrelated columns; the result must not change.
import ExcelJS from "exceljs";
import path from "node:path";
import { scoreWorkbook, ScoreResult } from "../../../src/core/engine";
import { CellValue, SheetSnapshot } from "../../../src/core/read/snapshot";
import { fold } from "../../../src/core/read/text";
import { sheetSnapshot } from "../../../src/xlsx/read";

async function snapshotOf(file: string): Promise<SheetSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(__dirname, "..", "..", "fixtures", file));
  return sheetSnapshot(wb.worksheets[0]);
}

/** Rebuild a sheet with its columns in `order` (old 1-based columns; 0 = a new unrelated column). */
function permute(s: SheetSnapshot, order: number[], headerRow: number, extraHeader = "Ngày sinh"): SheetSnapshot {
  const values = s.values.map((row, r) =>
    order.map((c) => (c === 0 ? (r + 1 === headerRow ? extraHeader : r + 1 > headerRow ? "01/01/1980" : null) : (row[c - 1] ?? null))),
  );
  return { name: s.name, values, merges: [] };
}

const essentials = (r: ScoreResult) => ({
  rows: r.rows.map((x) => ({
    row: x.row,
    name: x.name,
    kind: x.kind,
    applicable: x.applicable,
    achieved: x.achieved,
    score: x.score,
    rank: x.rank,
    eligible: x.eligible,
    reasons: x.ineligibleReasons,
    criteria: x.criteria,
    codes: x.issues.map((i) => i.code).sort(),
  })),
  nominees: r.nominees,
  tieReview: r.tieReview,
  summary: r.summary,
});

function score(s: SheetSnapshot) {
  const out = scoreWorkbook({ sheets: [s] });
  if (!out.ok) throw new Error(JSON.stringify(out.failure));
  return out.run.result;
}

describe.each([
  ["01-bang-theo-doi-chuan.xlsx", 3],
  ["04-dong-hang-va-tap-the.xlsx", 2],
])("%s", (file, headerRow) => {
  let base: SheetSnapshot;
  beforeAll(async () => {
    base = await snapshotOf(file);
  });

  test("headers without diacritics, in upper case, with line breaks give the same result", () => {
    const s: SheetSnapshot = {
      ...base,
      values: base.values.map((row, r) =>
        r + 1 === headerRow ? row.map((v) => (typeof v === "string" ? fold(v).toUpperCase().replace(". ", ".\n") : v)) : row,
      ),
    };
    expect(essentials(score(s))).toEqual(essentials(score(base)));
  });

  test("criterion columns in reverse order with unrelated columns in between give the same result", () => {
    const width = Math.max(...base.values.map((r) => r.length));
    const cols = Array.from({ length: width }, (_, i) => i + 1);
    const lead = cols.slice(0, 4);
    const rest = cols.slice(4).reverse();
    const s = permute(base, [...lead, 0, ...rest.slice(0, 10), 0, ...rest.slice(10)], headerRow);
    const a = essentials(score(s));
    const b = essentials(score(base));
    expect(a.rows.map(({ codes: _a, ...x }) => x)).toEqual(b.rows.map(({ codes: _b, ...x }) => x));
    expect([a.nominees, a.tieReview, a.summary]).toEqual([b.nominees, b.tieReview, b.summary]);
  });

  test("TC05 written as 'Tiêu chí 5', 'TC.05' or 'TC5' still maps both count columns", () => {
    for (const code of ["Tiêu chí 5", "TC.05", "TC5", "tc 05"]) {
      const s: SheetSnapshot = {
        ...base,
        values: base.values.map((row, r) => (r + 1 === headerRow ? row.map((v) => (typeof v === "string" ? v.replace(/^TC05\./, code) : v)) : row)),
      };
      const out = scoreWorkbook({ sheets: [s] });
      expect(out.ok && [out.run.layout.columns.hs_da_giai_quyet, out.run.layout.columns.hs_dung_han]).toEqual(
        (() => {
          const o = scoreWorkbook({ sheets: [base] });
          return o.ok && [o.run.layout.columns.hs_da_giai_quyet, o.run.layout.columns.hs_dung_han];
        })(),
      );
    }
  });
});

describe("form rows", () => {
  const rows = (values: CellValue[][]) => {
    const out = scoreWorkbook({ sheets: [{ name: "S", values, merges: [] }] });
    if (!out.ok) throw new Error("layout");
    return out.run.result.rows.map((r) => r.row);
  };
  const head = ["STT", "Họ và tên", "TC14. Thực hiện báo cáo điện tử (Đạt/Không đạt)", "Ghi chú"];
  test("a numbering row with formulas in words, '(5)=(4)/(3)', is not a data row", () =>
    expect(rows([head, ["(1)", "(2)", "(3)=(2)/(1)", "(4)"], [1, "A", "Đạt"]])).toEqual([3]));
  test("bare column numbers 1, 2, 3 … under the header are a numbering row", () => expect(rows([head, [1, 2, 3, 4], [1, "A", "Đạt"]])).toEqual([3]));
  test("a first data row without a name is not mistaken for a numbering row", () =>
    expect(rows([head, [1, null, "Đạt"], [2, "B", "Đạt"]])).toEqual([2, 3]));
  test("'TỔNG CỘNG:' is a total row; 'Công' is a name", () =>
    expect(rows([head, [1, "A", "Đạt"], [null, "TỔNG CỘNG:", 1], [2, "Công", "Đạt"]])).toEqual([2, 4]));
  test("a date in a data row's Ghi chú does not end the table", () =>
    expect(
      rows([head, [1, "A", "Đạt", "nhận ngày 5 tháng 3 năm 2025"], [2, "B", "Đạt"], [null, "Hòa Phong, ngày 31 tháng 12 năm 2025"], [3, "C", "Đạt"]]),
    ).toEqual([2, 3]));
});

describe("a form written without diacritics, with letters for sections and 'Cộng' for the total", () => {
  const v: CellValue[][] = [];
  v[0] = ["UY BAN NHAN DAN XA TAN LAP"];
  v[2] = [
    "TT",
    "Ho ten",
    "Ngay sinh",
    "Tieu chi 5 - Tra ket qua dung han",
    null,
    "Tieu chi 14",
    "Tieu chi 10 - Hai long",
    null,
    null,
    "Bi phan anh",
    "Gioi tinh",
    "Sang kien",
  ];
  v[3] = [null, null, null, "Tong so", "So dat", null, "So phieu", "So phieu hai long", "Ty le (%)", null, null, null];
  v[4] = ["A.", "CAN BO"];
  v[5] = [1, "Nguyen Van A", "01/01/1980", 20, 20, "Dat", null, null, "97%", null, "Nam", 1];
  v[6] = [2, "Tran Thi B", "02/02/1985", 30, 28, "Dat", 50, 48, null, "Khong", "Nu", null];
  v[7] = ["B.", "CONG CHUC"];
  v[8] = [3, "Le Van C", null, 10, 10, "Dat", null, null, 0.95, "Co", "Nam", null];
  v[9] = [null, "Cộng", null, 60, 58];
  v[11] = [null, "Nguoi lap bieu", null, null, null, null, "TM. UY BAN NHAN DAN"];
  const merges = [
    { top: 3, left: 4, bottom: 3, right: 5 },
    { top: 3, left: 7, bottom: 3, right: 9 },
    { top: 3, left: 1, bottom: 4, right: 1 },
    { top: 3, left: 2, bottom: 4, right: 2 },
    { top: 3, left: 6, bottom: 4, right: 6 },
  ];
  const values = Array.from({ length: 12 }, (_, i) => v[i] ?? []);
  const out = scoreWorkbook({
    sheets: [
      { name: "Huong dan", values: [["Ghi chép"]], merges: [] },
      { name: "Bang 1", values, merges },
    ],
  });
  test("every field is found and only the three people are data rows", () => {
    expect(out.ok && out.run.layout.columns).toEqual({
      stt: 1,
      ho_ten: 2,
      hs_da_giai_quyet: 4,
      hs_dung_han: 5,
      tc14: 6,
      phieu_danh_gia: 7,
      phieu_hai_long: 8,
      ty_le_hai_long: 9,
      bi_phan_anh: 10,
      gioi_tinh: 11,
      sang_kien: 12,
    });
    expect(out.ok && out.run.result.rows.map((r) => r.row)).toEqual([6, 7, 9]);
  });
  test("statuses, ranks and the nomination follow the rules", () => {
    if (!out.ok) throw new Error("layout");
    const r = out.run.result;
    expect(r.rows.map((x) => [x.name, x.criteria.TC05.status, x.criteria.TC10.status, x.score, x.rank, x.ineligibleReasons])).toEqual([
      ["Nguyen Van A", "achieved", "achieved", 100, 1, []],
      ["Tran Thi B", "shortfall", "achieved", 66.67, 2, ["below-min-score"]],
      ["Le Van C", "achieved", "shortfall", 66.67, 2, ["complaint", "below-min-score"]],
    ]);
    expect([r.nominees.map((n) => n.name), r.nomination.reason]).toEqual([["Nguyen Van A"], "not-enough-eligible"]);
  });
});

test("without a recognised STT column, a 'Tổng cộng' in the first column is still the total row", () => {
  const head = ["Thứ tự", "Họ và tên", "TC05. Số hồ sơ đã giải quyết", "TC05. Số hồ sơ trả kết quả đúng hạn, trước hạn"];
  const out = scoreWorkbook({ sheets: [{ name: "S", values: [head, [1, "A", 10, 10], [2, "B", 5, 4], ["Tổng cộng", null, 15, 14]], merges: [] }] });
  expect(out.ok && out.run.result.rows.map((r) => r.row)).toEqual([2, 3]);
});

test("a numbering row in the statistical forms' convention (A, B, C, 1, 2, 3 …) is not a data row", () => {
  const head = ["STT", "Họ và tên", "Chức vụ", "TC05. Số hồ sơ đã giải quyết", "TC05. Số hồ sơ trả kết quả đúng hạn, trước hạn", "TC14"];
  const rows = (numbering: CellValue[]) => {
    const out = scoreWorkbook({
      sheets: [{ name: "S", values: [head, numbering, [1, "A", "CC", 10, 10, "Đạt"], [2, null, null, 3, 3, "X"]], merges: [] }],
    });
    return out.ok ? out.run.result.rows.map((r) => r.row) : null;
  };
  expect(rows(["A", "B", "C", 1, 2, 3])).toEqual([3, 4]);
  expect(rows(["(A)", "(B)", "(C)", "(1)", "(2)", "(3)"])).toEqual([3, 4]);
  expect(rows([1, 2, 3, 4, 5, 6])).toEqual([3, 4]);
  expect(rows([3, null, null, 10, 10, "X"])).toEqual([2, 3, 4]);
});
