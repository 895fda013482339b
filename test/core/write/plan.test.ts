import { scoreWorkbook } from "../../../src/core/engine";
import { OUTPUT_GROUP_TITLE, OUTPUT_HEADERS } from "../../../src/core/read/layout";
import { SHEET_MARKER, isOwnSheet, needsTextFormat, resolveSheetName } from "../../../src/core/write/plan";
import { CellValue, colLetter } from "../../../src/core/read/snapshot";
import { PERSON_FIELDS, book, flatSheet } from "../../helpers/sheet";

const F = [...PERSON_FIELDS, "hs_da_giai_quyet", "hs_dung_han", "tc14", "sang_kien"];
function run(rows: Record<string, CellValue>[]) {
  const out = scoreWorkbook(book(flatSheet(F, rows)));
  if (!out.ok) throw new Error("layout");
  return out.run;
}

describe("write plan (§8)", () => {
  const r = run([
    { ho_ten: '=HYPERLINK("http://x","y")', hs_da_giai_quyet: 10, hs_dung_han: 10, tc14: "Đạt", sang_kien: 1 },
    { ho_ten: "+84 912 345 678", hs_da_giai_quyet: 10, hs_dung_han: 9, tc14: "Đạt" },
    { ho_ten: "@Lan", hs_da_giai_quyet: 10, hs_dung_han: 12, tc14: "Đạt" },
  ]);
  const t = r.plan.tracking[0];
  const at = (row: number) => t.values[row - t.top];

  test("the output block starts right of the table, group title above the one-row header", () => {
    expect(t.col).toBe(F.length + 1);
    expect([t.top, at(2)[0], at(3).slice(0, 6)]).toEqual([2, OUTPUT_GROUP_TITLE, OUTPUT_HEADERS]);
    expect(t.groupMerge).toEqual({ top: 2, left: t.col, bottom: 2, right: t.col + 5 });
  });
  test("each data row gets achieved/applicable, score, level, rank, proposal and notes", () => {
    expect(at(4).slice(0, 5)).toEqual(["2/2", 100, "Xuất sắc", 1, "Đề nghị"]);
    expect(at(5).slice(0, 5)).toEqual(["1/2", 50, "Đạt", 2, "Không: điểm dưới mức tối thiểu"]);
    expect(at(5)[5]).toContain("TC05 90% (chỉ tiêu 100%)");
    expect(at(6).slice(0, 5)).toEqual(["1/1", "", "Cần sửa số liệu", "", "Không: còn lỗi số liệu"]);
    expect(at(6)[5]).toMatch(/^F6: Số hồ sơ đúng hạn \(12\) lớn hơn/);
  });
  test("shortfall and error cells are listed for the two highlight colours", () => {
    expect(t.highlights).toEqual({ shortfall: ["F5"], error: ["F6"] });
  });
  test("names read from the sheet go to the nomination sheet as text cells", () => {
    const ds = r.plan.sheets.find((s) => s.role === "nomination")!;
    const cells = ds.rows.flat().filter((c) => typeof c.v === "string" && c.v.startsWith("="));
    expect(cells).toHaveLength(1);
    expect(cells[0].text).toBe(true);
  });
  test("the nomination sheet carries the official headings, the award and the signature block", () => {
    const ds = r.plan.sheets.find((s) => s.role === "nomination")!;
    const texts = ds.rows
      .flat()
      .map((c) => c.v)
      .filter((v) => typeof v === "string");
    for (const s of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "DANH SÁCH",
      "Họ và tên",
      "Chức vụ, đơn vị công tác",
      "Tóm tắt thành tích",
      "Hình thức khen thưởng",
      "Giấy khen của Chủ tịch UBND xã Hòa Phong",
      "NGƯỜI LẬP BIỂU",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      SHEET_MARKER,
    ]) {
      expect(texts).toContain(s);
    }
    expect(texts.some((s) => String(s).includes("152/2025/NĐ-CP"))).toBe(true);
  });
  test("the summary sheet has one line per criterion and a chart of rate against target", () => {
    const s = r.plan.sheets.find((x) => x.role === "summary")!;
    expect(s.chart?.series.map((x) => x.name)).toEqual(["Tỷ lệ", "Chỉ tiêu"]);
    expect(s.rows.filter((row) => typeof row[1]?.v === "string" && /^TC\d\d$/.test(row[1].v as string))).toHaveLength(15);
  });
});

describe("the add-in's sheets", () => {
  test("a clerk's sheet with the same name is kept: the add-in uses a suffixed name", () => {
    expect(resolveSheetName("Tổng hợp kết quả", [{ name: "Tổng hợp kết quả", own: false }])).toBe("Tổng hợp kết quả (2)");
    expect(resolveSheetName("Tổng hợp kết quả", [{ name: "Tổng hợp kết quả", own: true }])).toBe("Tổng hợp kết quả");
    expect(
      resolveSheetName("A", [
        { name: "a", own: false },
        { name: "A (2)", own: false },
      ]),
    ).toBe("A (3)");
  });
  test("a sheet is the add-in's own by its name and its marker, never by the marker alone (§10)", () => {
    const marked = (name: string) => ({ name, values: [["DANH SÁCH", null, SHEET_MARKER]], merges: [] });
    expect(isOwnSheet(marked("DS đề nghị khen thưởng"))).toBe(true);
    expect(isOwnSheet(marked("DS đề nghị khen thưởng (2)"))).toBe(true);
    expect(isOwnSheet(marked("Báo cáo thành tích 2"))).toBe(true);
    // renamed or copied by the clerk: the clerk's
    expect(isOwnSheet(marked("DS đã trình 12-2025"))).toBe(false);
    expect(isOwnSheet(marked("DS đợt 1 (đã ký)"))).toBe(false);
    // the add-in's name without the marker: the clerk's
    expect(isOwnSheet({ name: "DS đề nghị khen thưởng", values: [["a"], ["b"]], merges: [] })).toBe(false);
  });
  test("the marker is outside the print area of every sheet the add-in makes", () => {
    const r = run([{ ho_ten: "An", hs_da_giai_quyet: 10, hs_dung_han: 10, tc14: "Đạt" }]);
    for (const sp of r.plan.sheets) {
      const [, last] = sp.page.printArea!.split(":");
      const lastCol = last.replace(/\d+/g, "");
      const at = sp.rows[0].findIndex((c) => c.v === SHEET_MARKER) + 1;
      expect(at).toBeGreaterThan(0);
      expect(colLetter(at) > lastCol || colLetter(at).length > lastCol.length).toBe(true);
      expect(sp.rows.slice(1).some((row) => row.some((c) => c.v === SHEET_MARKER))).toBe(false);
    }
  });
});

describe("text format", () => {
  test.each([
    ['=HYPERLINK("x")', true],
    ["+84 912", true],
    ["-Ba", true],
    ["@Lan", true],
    ["'Trần Thị Nở", true],
    ["10/11", true],
    ["12", true],
    ["TRUE", true],
    ["Nguyễn Văn An", false],
    ["Không: điểm dưới mức tối thiểu", false],
  ])("%p needs the text format: %p", (s, want) => expect(needsTextFormat(s)).toBe(want));
});

test("a tie group of thousands: each member's 'Đề nghị khen thưởng' names three others and counts the rest", () => {
  const people = Array.from({ length: 3000 }, (_, i) => ({ ho_ten: `Người ${i + 1}`, hs_da_giai_quyet: 10, hs_dung_han: 10, tc14: "Đạt" }));
  const r = run(people);
  const t = r.plan.tracking[0];
  const texts = t.values.map((row) => row[4]).filter((v): v is string => typeof v === "string" && v.startsWith("Cần bình xét"));
  expect(texts).toHaveLength(3000);
  expect(texts[0]).toMatch(/với Người 2, Người 3, Người 4 và 2996 người khác/);
  expect(Math.max(...texts.map((x) => x.length))).toBeLessThan(300);
});
