// The helpers every shell uses to count errors and print rates and scores (one home for each rule).
import { countErrors, formatPercent, formatScore } from "../../src/core/messages";

test("countErrors counts issues of severity error only, over every row", () => {
  const rows = [
    { issues: [{ severity: "error" }, { severity: "warning" }] },
    { issues: [] },
    { issues: [{ severity: "error" }, { severity: "error" }] },
  ];
  expect(countErrors(rows)).toBe(3);
});

test("a rate has one decimal at most, a comma in Vietnamese and a dot in English", () => {
  expect(formatPercent(0.925)).toBe("92,5%");
  expect(formatPercent(0.925, "en")).toBe("92.5%");
  expect(formatPercent(1)).toBe("100%");
  expect(formatPercent(0.96)).toBe("96%");
});

test("a score keeps two decimals at most; no score is a dash", () => {
  expect(formatScore(92.3077)).toBe("92,31");
  expect(formatScore(92.3077, "en")).toBe("92.31");
  expect(formatScore(100)).toBe("100");
  expect(formatScore(null)).toBe("—");
});
