// Shaping a result for the pane: problems by row then criterion (from the real core on fixture 03), shortfalls.
import path from "path";
import ExcelJS from "exceljs";
import { DEFAULT_CATALOG } from "../../src/core/catalog";
import { scoreWorkbook, type ScoreResult } from "../../src/core/engine";
import { workbookSnapshot } from "../../src/xlsx/read";
import { countErrors, formatPercent as formatRate, formatScore } from "../../src/core/messages";
import { groupIssues, groupShortfalls, issueCriteria, withLive } from "../../src/taskpane/issues";

async function resultOf(fixture: string): Promise<ScoreResult> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(__dirname, "..", "fixtures", fixture));
  const out = scoreWorkbook(workbookSnapshot(wb));
  if (!out.ok) throw new Error(JSON.stringify(out.failure));
  return out.run.result;
}

test("every problem of fixture 03 lands under the criterion that errs on its row, or under the row itself", async () => {
  const result = await resultOf("03-so-lieu-loi.xlsx");
  const groups = groupIssues(result, DEFAULT_CATALOG);
  expect(groups.map((g) => g.row)).toEqual([...groups.map((g) => g.row)].sort((a, b) => a - b));
  const byCell = new Map(groups.flatMap((g) => g.groups.flatMap((c) => c.issues.map((i) => [i.cell, c.codes] as const))));
  expect(Object.fromEntries(byCell)).toEqual({
    M4: "TC05",
    K5: "TC04",
    L6: "TC05",
    H7: "TC03",
    R8: "TC08",
    S9: "TC09",
    Y10: "TC11",
    AC11: "TC14",
    B12: "",
    B13: "",
    B14: "",
    X19: "TC11",
  });
  expect(groups.find((g) => g.row === 13)).toMatchObject({ errors: 0, warnings: 1 });
});

test("inside a row, criteria come in code order and row-level problems last", () => {
  const row = (issues: { cell: string; message: string }[]) =>
    ({
      row: 9,
      name: "A",
      criteria: {},
      issues: issues.map((i) => ({ ...i, severity: "error", code: "E_X" })),
    }) as unknown as ScoreResult["rows"][number];
  const result = {
    rows: [
      row([
        { cell: "D9", message: 'D9: loại đối tượng "Nhóm" không rõ' },
        { cell: "X9", message: "X9: Số văn bản trao đổi không được âm (-1)" },
        { cell: "F9", message: "F9: Số hồ sơ đã giải quyết không được âm (-2)" },
      ]),
    ],
  } as unknown as ScoreResult;
  expect(groupIssues(result, DEFAULT_CATALOG)[0].groups.map((g) => g.codes)).toEqual(["TC05", "TC11", ""]);
});

test("a label shared by two criteria names both unless the row says which one errs", () => {
  const row = { criteria: { TC06: { status: "error" }, TC07: { status: "na" } } } as unknown as ScoreResult["rows"][number];
  const issue = { cell: "K9", severity: "error" as const, code: "E_NEGATIVE" as const, message: "K9: Tổng số hồ sơ tiếp nhận không được âm (-1)" };
  expect(issueCriteria(issue, row, DEFAULT_CATALOG)).toEqual(["TC06"]);
  const neither = { criteria: {} } as unknown as ScoreResult["rows"][number];
  expect(issueCriteria(issue, neither, DEFAULT_CATALOG)).toEqual(["TC06", "TC07"]);
  expect(issueCriteria({ ...issue, criterion: "TC07" }, neither, DEFAULT_CATALOG)).toEqual(["TC07"]);
});

test("shortfalls are listed per criterion with who is short and the rate", async () => {
  const result = await resultOf("01-bang-theo-doi-chuan.xlsx");
  const short = groupShortfalls(result, DEFAULT_CATALOG);
  expect(short.length).toBeGreaterThan(0);
  for (const s of short) {
    for (const p of s.people) expect(result.rows.find((r) => r.row === p.row)!.criteria[s.code].status).toBe("shortfall");
  }
  const all = result.rows.flatMap((r) => Object.values(r.criteria).filter((c) => c.status === "shortfall"));
  expect(short.reduce((n, s) => n + s.people.length, 0)).toBe(all.length);
});

test("error counts ignore warnings; rates and scores read the Vietnamese way", async () => {
  const result = await resultOf("03-so-lieu-loi.xlsx");
  expect(countErrors(result.rows)).toBe(10);
  expect(formatRate(0.925, "vi")).toBe("92,5%");
  expect(formatRate(0.925, "en")).toBe("92.5%");
  expect(formatScore(90.909, "vi")).toBe("90,91");
  expect(formatScore(null, "vi")).toBe("—");
});

test("rows of two sheets scored together stay apart, and a live re-check replaces only its own sheet's row", () => {
  const row = (sheet: string, n: number, cell: string) => ({
    sheet,
    row: n,
    name: `${sheet} ${n}`,
    kind: "individual" as const,
    applicable: 1,
    achieved: 0,
    score: null,
    level: null,
    rank: null,
    eligible: false,
    ineligibleReasons: [],
    criteria: {},
    issues: [{ cell, severity: "error" as const, code: "E_NOT_NUMBER" as const, message: "lỗi" }],
  });
  const rows = [row("Tư pháp", 5, "F5"), row("Văn phòng", 5, "G5")];
  const fixed = { sheet: "Văn phòng", check: { row: 5, name: "Văn phòng 5", isData: true, issues: [], highlights: { shortfall: [], error: [] } } };
  const live = new Map([["Văn phòng!5", fixed]]);
  const groups = groupIssues({ rows: withLive(rows, live) }, DEFAULT_CATALOG);
  expect(groups.map((g) => [g.sheet, g.row, g.errors])).toEqual([["Tư pháp", 5, 1]]);
  expect(groupIssues({ rows }, DEFAULT_CATALOG).map((g) => [g.sheet, g.row])).toEqual([
    ["Tư pháp", 5],
    ["Văn phòng", 5],
  ]);
});
