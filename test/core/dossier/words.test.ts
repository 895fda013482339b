// The documents' words: numbers in digits and words, scores and rates Vietnamese style, dates, positions with the
// unit (never "UBND, UBND"), the award and the plan said for another unit, the criteria's result phrasing.
import { Catalog, DEFAULT_CATALOG, parseCatalog } from "../../../src/core/catalog";
import { awardGiver, awardName, decreeInForce, legalBases, localize, planWords } from "../../../src/core/dossier/legal";
import { criterionLine, roleWithUnit } from "../../../src/core/dossier/people";
import { countText, fileSlug, longDate, numberWords, rateText, scoreText, shortDate } from "../../../src/core/dossier/words";
import { CriterionResult } from "../../../src/core/score/evaluate";

const HOA_PHONG = { kind: "xã" as const, name: "Hòa Phong" };
const AN_HOA = { kind: "phường" as const, name: "An Hòa" };
const crit = (code: string) => DEFAULT_CATALOG.criteria.find((c) => c.code === code)!;
const res = (r: Partial<CriterionResult>): CriterionResult => ({ status: "achieved", ...r });

test("counts in digits and words: 01 (một), 02 (hai), 15 (mười lăm), 21 (hai mươi mốt), 105 (một trăm linh năm)", () => {
  expect([1, 2, 10, 15, 21, 24, 55, 105, 110].map(countText)).toEqual([
    "01 (một)",
    "02 (hai)",
    "10 (mười)",
    "15 (mười lăm)",
    "21 (hai mươi mốt)",
    "24 (hai mươi bốn)",
    "55 (năm mươi lăm)",
    "105 (một trăm linh năm)",
    "110 (một trăm mười)",
  ]);
  expect(numberWords(0)).toBe("không");
});

test("scores and rates print without trailing zeros and with a decimal comma: 100, 96,5, 90,91, 96,5%", () => {
  expect([100, 96.5, 90.9090909, 80].map(scoreText)).toEqual(["100", "96,5", "90,91", "80"]);
  expect([1, 0.965, 2 / 3].map(rateText)).toEqual(["100%", "96,5%", "66,67%"]);
});

test("dates as NĐ 30/2020 writes them, blanks without a date", () => {
  expect(longDate("2026-01-05")).toBe("ngày 05 tháng 01 năm 2026");
  expect(longDate("2025-12-20")).toBe("ngày 20 tháng 12 năm 2025");
  expect(longDate(undefined)).toBe("ngày …… tháng …… năm ……");
  expect(shortDate("2025-01-16")).toBe("16/01/2025");
});

test("a file name has no diacritics: Trần Minh Mai → tran-minh-mai, Đỗ Ngọc Dũng → do-ngoc-dung", () => {
  expect(["Trần Minh Mai", "Đỗ Ngọc Dũng", '=HYPERLINK("x","y")', ""].map(fileSlug)).toEqual([
    "tran-minh-mai",
    "do-ngoc-dung",
    "hyperlink-x-y",
    "ca-nhan",
  ]);
});

test("a position names the unit once: never 'UBND, UBND'", () => {
  expect(roleWithUnit("Phó Chủ tịch UBND", HOA_PHONG)).toBe("Phó Chủ tịch UBND xã Hòa Phong");
  expect(roleWithUnit("Phó Chủ tịch UBND xã", HOA_PHONG)).toBe("Phó Chủ tịch UBND xã Hòa Phong");
  expect(roleWithUnit("Phó Chủ tịch UBND xã Hòa Phong", HOA_PHONG)).toBe("Phó Chủ tịch UBND xã Hòa Phong");
  expect(roleWithUnit("Công chức Tư pháp - hộ tịch", AN_HOA)).toBe("Công chức Tư pháp - hộ tịch phường An Hòa");
  expect(roleWithUnit("", HOA_PHONG)).toBe("xã Hòa Phong");
});

test("another unit than the catalog's: the award and its giver say phường, the plan's number is left blank", () => {
  expect(awardName(DEFAULT_CATALOG, AN_HOA)).toBe("Giấy khen của Chủ tịch UBND phường An Hòa");
  expect(awardGiver(DEFAULT_CATALOG, AN_HOA)).toBe("Chủ tịch UBND phường An Hòa");
  expect(awardName(DEFAULT_CATALOG, HOA_PHONG)).toBe("Giấy khen của Chủ tịch UBND xã Hòa Phong");
  const plan = planWords(DEFAULT_CATALOG, AN_HOA);
  expect(plan.own).toBe(false);
  expect(plan.ref).toBe("Kế hoạch số …………/KH-UBND ngày ………… của UBND phường An Hòa");
  expect(plan.theme).toBe("Đẩy mạnh Cải cách hành chính và Nâng cao chỉ số hiệu quả quản trị hành chính công phường An Hòa năm 2025");
  expect(localize("phát triển kinh tế - xã hội của xã", DEFAULT_CATALOG, AN_HOA)).toBe("phát triển kinh tế - xã hội của phường");
});

test("the legal bases: the law, the decree in force on the date, the plan, then the catalog's further bases without repeats", () => {
  const cat: Catalog = {
    ...DEFAULT_CATALOG,
    plan: { ...DEFAULT_CATALOG.plan, legalBasis: ["Luật Thi đua, khen thưởng 2022", "Quyết định số 7/QĐ-UBND ngày 02/01/2025 của UBND tỉnh"] },
  };
  const lines = legalBases(cat, HOA_PHONG, "2025-12-20");
  expect(lines).toHaveLength(4);
  expect(lines[0]).toBe("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
  expect(lines[1]).toMatch(/^Căn cứ Nghị định số 152\/2025\/NĐ-CP/);
  expect(lines[3]).toBe("Căn cứ Quyết định số 7/QĐ-UBND ngày 02/01/2025 của UBND tỉnh;");
  expect(decreeInForce(DEFAULT_CATALOG, "2024-03-01").short).toBe("Nghị định số 98/2023/NĐ-CP");
  expect(decreeInForce(DEFAULT_CATALOG, "2023-03-01").short).toBe("Nghị định số 98/2023/NĐ-CP");
});

describe("a criterion's result line", () => {
  test("counts: the catalog's phrasing with the person's figures", () => {
    expect(criterionLine(crit("TC05"), res({ source: "counts", numerator: 45, denominator: 45, rate: 1 }), DEFAULT_CATALOG, HOA_PHONG)).toBe(
      "Tiếp nhận, giải quyết 45/45 hồ sơ TTHC đúng hạn, trước hạn (100%)",
    );
  });
  test("a shortfall says the target; a rate from one cell uses the rate phrasing", () => {
    expect(
      criterionLine(
        crit("TC05"),
        res({ status: "shortfall", source: "counts", numerator: 43, denominator: 45, rate: 43 / 45 }),
        DEFAULT_CATALOG,
        HOA_PHONG,
      ),
    ).toBe("Tiếp nhận, giải quyết 43/45 hồ sơ TTHC đúng hạn, trước hạn (95,56%) — chưa đạt chỉ tiêu 100%");
    expect(criterionLine(crit("TC10"), res({ source: "percent", rate: 0.965 }), DEFAULT_CATALOG, HOA_PHONG)).toBe(
      "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt 96,5%",
    );
  });
  test("yes/no criteria say Đạt or Chưa đạt; not applicable gives no line; a phường's plan says phường", () => {
    expect(criterionLine(crit("TC14"), res({ source: "yesno" }), DEFAULT_CATALOG, HOA_PHONG)).toBe(
      "Thực hiện hệ thống thông tin báo cáo điện tử: Đạt",
    );
    expect(criterionLine(crit("TC14"), res({ status: "shortfall", source: "yesno" }), DEFAULT_CATALOG, HOA_PHONG)).toMatch(/: Chưa đạt$/);
    expect(criterionLine(crit("TC14"), res({ status: "na" }), DEFAULT_CATALOG, HOA_PHONG)).toBeNull();
    expect(criterionLine(crit("TC02"), res({ source: "counts", numerator: 3, denominator: 3, rate: 1 }), DEFAULT_CATALOG, AN_HOA)).toContain(
      "do phường ban hành",
    );
  });
  test("next year's plan changes the phrasing in the catalog; without one the criterion's name is used", () => {
    const input = JSON.parse(JSON.stringify(DEFAULT_CATALOG));
    input.criteria[4].result = "Giải quyết đúng hạn {Số đạt} trên {tổng số} hồ sơ, đạt {tỷ lệ}";
    delete input.criteria[5].result;
    const r = parseCatalog(input);
    if (!r.ok) throw new Error(r.errors.join("; "));
    const c = r.catalog;
    const counts = res({ source: "counts", numerator: 9, denominator: 10, rate: 0.9, status: "shortfall" });
    expect(criterionLine(c.criteria[4], counts, c, HOA_PHONG)).toBe("Giải quyết đúng hạn 9 trên 10 hồ sơ, đạt 90% — chưa đạt chỉ tiêu 100%");
    expect(criterionLine(c.criteria[5], counts, c, HOA_PHONG)).toBe(
      "Hồ sơ TTHC giải quyết qua hệ thống Một cửa điện tử: 9/10 (90%) — chưa đạt chỉ tiêu 100%",
    );
  });
});
