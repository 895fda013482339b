import { DEFAULT_CATALOG } from "../../../src/core/catalog";
import { ScoreOptions, scoreWorkbook } from "../../../src/core/engine";
import { levelOf, round2 } from "../../../src/core/score/rank";
import { CellValue } from "../../../src/core/read/snapshot";
import { PERSON_FIELDS, book, flatSheet } from "../../helpers/sheet";

const F = [
  ...PERSON_FIELDS,
  "gioi_tinh",
  "loai",
  "hs_da_giai_quyet",
  "hs_dung_han",
  "tc13",
  "tc14",
  "tc15",
  "bi_phan_anh",
  "bi_ky_luat",
  "dang_xem_xet",
  "sang_kien",
];

/** A row with `got` of 3 yes/no criteria achieved (score 100·got/3 … ) and extras. */
const person = (name: string, got: number, extra: Record<string, CellValue> = {}) => ({
  ho_ten: name,
  chuc_vu: "Công chức",
  tc13: got >= 1 ? "Đạt" : "Không đạt",
  tc14: got >= 2 ? "Đạt" : "Không đạt",
  tc15: got >= 3 ? "Đạt" : "Không đạt",
  ...extra,
});
function run(rows: Record<string, CellValue>[], opts: ScoreOptions = {}, fields = F) {
  const out = scoreWorkbook(book(flatSheet(fields, rows)), opts);
  if (!out.ok) throw new Error(JSON.stringify(out.failure));
  return out.run.result;
}
const names = (l: { name: string }[]) => l.map((x) => x.name);

describe("score, level, rank (§5)", () => {
  test("score = 100 × achieved / applicable, rounded half-up to 2 decimals for display", () => {
    const r = run([person("A", 2)]).rows[0];
    expect([r.applicable, r.achieved, r.score, r.level]).toEqual([3, 2, 66.67, "Đạt"]);
  });
  test("levels: 100 Xuất sắc, ≥80 Tốt, ≥50 Đạt, <50 Chưa đạt (exact value, not the rounded one)", () => {
    expect([100, 80, 79.999999, 50, 49.99, 0].map((s) => levelOf(s, DEFAULT_CATALOG))).toEqual([
      "Xuất sắc",
      "Tốt",
      "Đạt",
      "Đạt",
      "Chưa đạt",
      "Chưa đạt",
    ]);
    expect(round2(66.665)).toBe(66.67);
    expect(round2((2 / 3) * 100)).toBe(66.67);
  });
  test("a row with an error or nothing applicable has no score, level or rank", () => {
    const rows = run([person("A", 3, { hs_dung_han: 5 }), { ho_ten: "B", chuc_vu: "x" }]).rows;
    expect(rows.map((r) => [r.score, r.level, r.rank])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(rows.map((r) => r.ineligibleReasons)).toEqual([["errors"], ["no-score"]]);
  });
  test("competition ranks: score desc, then initiatives; still equal rows share the rank (1, 2, 2, 4)", () => {
    const rows = run([person("A", 3, { sang_kien: 2 }), person("B", 3), person("C", 3), person("D", 2), person("E", 3, { sang_kien: 1 })]).rows;
    expect(rows.map((r) => [r.name, r.rank])).toEqual([
      ["A", 1],
      ["B", 3],
      ["C", 3],
      ["D", 5],
      ["E", 2],
    ]);
  });
  test("individuals and collectives are ranked apart", () => {
    const rows = run([person("A", 2), person("Tổ một cửa", 3, { loai: "Tập thể" })]).rows;
    expect(rows.map((r) => r.rank)).toEqual([1, 1]);
    expect(rows[1].ineligibleReasons).toEqual(["collective"]);
  });
  test("method ty-le-thuc-hien gives rate/target of the weight below target; yes/no stay 0/1", () => {
    const rows = run([person("A", 3, { hs_da_giai_quyet: 100, hs_dung_han: 90 })], { method: "ty-le-thuc-hien" }).rows;
    expect(rows[0].score).toBe(97.5);
    expect(run([person("A", 3, { hs_da_giai_quyet: 100, hs_dung_han: 90 })]).rows[0].score).toBe(75);
  });
});

describe("eligibility (§6)", () => {
  test("every reason that applies, in order", () => {
    const rows = run([
      person("A", 3, { bi_phan_anh: "Có", bi_ky_luat: "x", dang_xem_xet: 1 }),
      person("B", 3, { chuc_vu: "Chủ tịch UBND xã" }),
      person("C", 3, { chuc_vu: "Phó Chủ tịch UBND" }),
      person("D", 3, { chuc_vu: "Chủ tịch Ủy ban nhân dân" }),
      person("E", 2, { bi_phan_anh: "Có" }),
      person("F", 3, { hs_dung_han: 1, bi_phan_anh: "Có", chuc_vu: "Chủ tịch UBND" }),
    ]).rows;
    expect(rows.map((r) => r.ineligibleReasons)).toEqual([
      ["complaint", "discipline", "under-review"],
      ["award-giver"],
      [],
      ["award-giver"],
      ["complaint", "below-min-score"],
      ["errors", "complaint", "award-giver"],
    ]);
  });
  test("minimum score compares the exact score (80 is enough, 79.99 is not)", () => {
    const r = run([person("A", 3), person("B", 2)], { minScore: 66.67 }).rows;
    expect(r.map((x) => x.eligible)).toEqual([true, false]);
  });
});

describe("nomination (§6)", () => {
  test("takes eligible rows in rank order up to the quota", () => {
    const r = run([person("A", 3, { sang_kien: 3 }), person("B", 3, { sang_kien: 2 }), person("C", 3, { sang_kien: 1 })]);
    expect([names(r.nominees), r.nomination.filled, r.nomination.reason]).toEqual([["A", "B"], 2, null]);
  });
  test("a tie of three at the last place with no gender column goes to the meeting", () => {
    const r = run(
      [person("A", 3, { sang_kien: 1 }), person("B", 3), person("C", 3), person("D", 3)],
      {},
      F.filter((f) => f !== "gioi_tinh"),
    );
    expect([names(r.nominees), names(r.tieReview), r.nomination.reason]).toEqual([["A"], ["B", "C", "D"], "tie-review"]);
  });
  test("women first: one woman for one place is nominated; the men are not listed once the quota is full", () => {
    const r = run([
      person("A", 3, { sang_kien: 1, gioi_tinh: "Nam" }),
      person("B", 3, { gioi_tinh: "Nam" }),
      person("C", 3, { gioi_tinh: "Nữ" }),
      person("D", 3, { gioi_tinh: "Nam" }),
    ]);
    expect([names(r.nominees), names(r.tieReview), r.nomination.reason]).toEqual([["A", "C"], [], null]);
  });
  test("women first: more women than places → only the women go to review", () => {
    const r = run([
      person("A", 3, { gioi_tinh: "Nữ" }),
      person("B", 3, { gioi_tinh: "Nữ" }),
      person("C", 3, { gioi_tinh: "Nữ" }),
      person("D", 3, { gioi_tinh: "Nam" }),
    ]);
    expect([names(r.nominees), names(r.tieReview), r.nomination.reason]).toEqual([[], ["A", "B", "C"], "tie-review"]);
  });
  test("women first: fewer women than places → women nominated, the group's men go to review", () => {
    const r = run([person("A", 3, { gioi_tinh: "Nữ" }), person("B", 3, { gioi_tinh: "Nam" }), person("C", 3, { gioi_tinh: "Nam" })], { quota: 2 });
    expect([names(r.nominees), names(r.tieReview), r.nomination.filled, r.nomination.reason]).toEqual([["A"], ["B", "C"], 1, "tie-review"]);
  });
  test("one unknown gender sends the whole tied group to review", () => {
    const r = run([person("A", 3, { gioi_tinh: "Nữ" }), person("B", 3, { gioi_tinh: "" }), person("C", 3, { gioi_tinh: "Nam" })]);
    expect(names(r.tieReview)).toEqual(["A", "B", "C"]);
  });
  test("no eligible rows: empty list, reason not-enough-eligible", () => {
    const r = run([person("A", 1), person("B", 3, { bi_phan_anh: "Có" })]);
    expect([r.nominees, r.tieReview, r.nomination]).toEqual([
      [],
      [],
      { quota: 2, minScore: 80, method: "ty-le-dat", filled: 0, reason: "not-enough-eligible" },
    ]);
  });
  test("quota and minimum score come from options", () => {
    const r = run([person("A", 3, { sang_kien: 2 }), person("B", 2, { sang_kien: 1 }), person("C", 1)], { quota: 3, minScore: 50 });
    expect([names(r.nominees), r.nomination.reason]).toEqual([["A", "B"], "not-enough-eligible"]);
  });
});

test("award-giver titles are matched with punctuation as spaces", () => {
  const titles = ["Chủ tịch UBND/Bí thư Đảng ủy", "Chủ tịch UBND.", "Chủ tịch UBND(kiêm nhiệm)", "Chủ tịch UB MTTQ"];
  const r = run(titles.map((t, i) => person(`P${i}`, 3, { chuc_vu: t, sang_kien: 4 - i })));
  expect(r.rows.map((x) => x.ineligibleReasons.includes("award-giver"))).toEqual([true, true, true, false]);
});
