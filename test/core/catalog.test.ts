import { DEFAULT_CATALOG, DEFAULT_CATALOG_INPUT, parseCatalog } from "../../src/core/catalog";

const clone = () => JSON.parse(JSON.stringify(DEFAULT_CATALOG_INPUT));

describe("criteria catalog", () => {
  test("the default catalog holds the plan's 15 criteria with their targets (96% for TC10, 100% else)", () => {
    expect(DEFAULT_CATALOG.criteria.map((c) => c.code)).toEqual(Array.from({ length: 15 }, (_, i) => `TC${String(i + 1).padStart(2, "0")}`));
    expect(DEFAULT_CATALOG.criteria.filter((c) => c.target !== 1).map((c) => [c.code, c.target])).toEqual([["TC10", 0.96]]);
    expect([DEFAULT_CATALOG.award.quota, DEFAULT_CATALOG.award.minScore, DEFAULT_CATALOG.method]).toEqual([2, 80, "ty-le-dat"]);
  });
  test("TC06 and TC07 share the denominator hs_tiep_nhan", () => {
    const [a, b] = ["TC06", "TC07"].map((c) => DEFAULT_CATALOG.criteria.find((x) => x.code === c)!.denominator);
    expect([a, b]).toEqual(["hs_tiep_nhan", "hs_tiep_nhan"]);
  });
  test("a tie-break key the ranking cannot use is refused with the path", () => {
    const c = clone();
    c.tieBreak = ["ho_ten"];
    const r = parseCatalog(c);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join("\n")).toMatch(/^tieBreak\.0: chỉ xét khi bằng điểm theo sang_kien hoặc achieved/m);
  });
  test("an edited catalog with a target above 100% is refused with the path", () => {
    const c = clone();
    c.criteria[4].target = 1.5;
    const r = parseCatalog(c);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join("\n")).toMatch(/^criteria\.4\.target: /m);
  });
  test("a criterion pointing at an undeclared field, or a duplicate code, is refused in Vietnamese", () => {
    const c = clone();
    c.criteria[1].numerator = "khong_co";
    c.criteria[2].code = "TC01";
    const r = parseCatalog(c);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain('criteria.1.numerator: trường "khong_co" chưa khai báo trong danh sách trường');
      expect(r.errors).toContain("criteria.2.code: mã TC01 bị trùng");
    }
  });
  test("a ratio criterion needs both count fields", () => {
    const c = clone();
    delete c.criteria[3].denominator;
    const r = parseCatalog(c);
    expect(r.ok || r.errors.some((e) => e.startsWith("criteria.3.denominator"))).toBe(true);
    expect(r.ok).toBe(false);
  });
  test("next year's plan: another commune, quota and weights are accepted", () => {
    const c = clone();
    c.plan = {
      ...c.plan,
      number: "05/KH-UBND",
      date: "2026-02-01",
      year: 2026,
      place: "Tân Lập",
      unit: "Ủy ban nhân dân xã Tân Lập",
      unitShort: "UBND xã Tân Lập",
    };
    c.award.quota = 3;
    c.criteria[0].weight = 2;
    const r = parseCatalog(c);
    expect(r.ok && [r.catalog.plan.place, r.catalog.award.quota, r.catalog.criteria[0].weight]).toEqual(["Tân Lập", 3, 2]);
  });
});
