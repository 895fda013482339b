import { countErrors, formatPercent, formatScore } from "../../../src/core/messages";
import { issueMessage, runSummary } from "../../../src/core/messages";
import { exactKey, fold, headerKey, hasPhrase } from "../../../src/core/read/text";

describe("text keys", () => {
  test("fold removes diacritics (đ → d), case and extra spaces", () => expect(fold("  Đặng   Thị\u00a0KHÁNH ")).toBe("dang thi khanh"));
  test("headerKey also drops punctuation and line breaks but keeps %", () =>
    expect(headerKey("TC10.\nTỷ lệ hài lòng (%)")).toBe("tc10 ty le hai long %"));
  test("exactKey keeps diacritics and composes NFD text", () => {
    expect(exactKey("Lê Văn Tâm".normalize("NFD"))).toBe(exactKey("lê  văn tâm"));
    expect(exactKey("Tâm")).not.toBe(exactKey("Tám"));
  });
  test("hasPhrase matches whole words only", () => {
    expect(hasPhrase("so dat", "dat")).toBe(true);
    expect(hasPhrase("dia chinh", "dat")).toBe(false);
  });
});

describe("messages", () => {
  test("the run summary reads like the brief, in Vietnamese and English", () => {
    expect(runSummary({ rows: 24, errors: 3, nominees: 2, tieReview: 0 })).toBe("Đã chấm 24 người · 3 lỗi số liệu · 2 người được đề nghị");
    expect(runSummary({ rows: 24, errors: 3, nominees: 1, tieReview: 2 }, "en")).toBe(
      "Scored 24 rows · 3 data errors · 1 proposed · 2 for the meeting to decide",
    );
  });
  test("an ambiguous thousands separator says to use a dot", () =>
    expect(issueMessage("E_NOT_NUMBER", { cell: "X19", raw: "12,000", label: "Số văn bản trao đổi", hint: "thousands" })).toMatch(
      /^X19: .*dùng dấu chấm để phân cách hàng nghìn/,
    ));
  test("every message starts with the cell it is about", () => {
    for (const code of [
      "E_CELL_ERROR",
      "E_NOT_NUMBER",
      "E_NEGATIVE",
      "E_NOT_INTEGER",
      "E_PERCENT_RANGE",
      "E_BAD_YESNO",
      "E_BAD_KIND",
      "E_NUM_GT_DEN",
      "E_DEN_MISSING",
      "E_NUM_MISSING",
      "E_NO_NAME",
      "W_DUPLICATE_NAME",
    ] as const) {
      expect(
        issueMessage(code, { cell: "B7", raw: "x", label: "Nhãn", numLabel: "Số đạt", denLabel: "Tổng số", num: 2, den: 1, rows: [8].map(String) }),
      ).toMatch(/^B7: /);
      expect(
        issueMessage(code, { cell: "B7", raw: "x", label: "L", numLabel: "N", denLabel: "D", num: 2, den: 1, rows: [8].map(String) }, "en"),
      ).toMatch(/^B7: /);
    }
  });
});

describe("numbers as the clerk reads them (one home: src/core/messages.ts)", () => {
  test("a whole score prints without decimals, never 100.00; a fraction with a decimal comma in Vietnamese", () => {
    expect([formatScore(100), formatScore(96.666666), formatScore(null), formatScore(96.5, "en")]).toEqual(["100", "96,67", "—", "96.5"]);
    expect([formatPercent(1), formatPercent(0.965), formatPercent(0.9490909)]).toEqual(["100%", "96,5%", "94,91%"]);
  });
  test("errors are counted, warnings are not", () => {
    expect(countErrors([{ issues: [{ severity: "error" }, { severity: "warning" }] }, { issues: [{ severity: "error" }] }])).toBe(2);
  });
});
