// What the shell writes and in how many round trips: the same small number of syncs for 20 and 5,000 rows, the
// plan's block cell for cell, the add-in's sheets as planned, and a 100,000-row sheet in requests under 5 MB.
import { SHEET_NAMES, needsTextFormat } from "../../src/core/write/plan";
import { a1, colLetter } from "../../src/core/read/snapshot";
import { bookOf, coreRun, expectOk, scoreOnFake, trackingSheet } from "./helpers";

const LIMIT = 5 * 1024 * 1024;

describe("round trips", () => {
  test("a 20-row and a 5,000-row sheet are scored in the same number of syncs, at most 3 (names, sheets, writes)", async () => {
    const small = await scoreOnFake(bookOf(trackingSheet(20)));
    const large = await scoreOnFake(bookOf(trackingSheet(5000)));
    expectOk(small.outcome);
    expectOk(large.outcome);
    expect(large.fake.stats.syncs).toBe(small.fake.stats.syncs);
    expect(small.fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(large.fake.stats.maxPayloadBytes).toBeLessThan(LIMIT);
    expect(large.fake.stats.maxResponseBytes).toBeLessThan(LIMIT);
    expect(large.fake.stats.refused).toEqual([]);
    expect(small.fake.stats.runOptions).toEqual([{ delayForCellEdit: true }]);
  });
});

describe("the write plan lands where the plan says", () => {
  test.each([20, 5000])(
    "%i rows: every block cell holds the plan's value, text that Excel would misread as @ and numbers in their format",
    async (n) => {
      const book = bookOf(trackingSheet(n));
      const plan = coreRun(book).plan.tracking[0];
      const { fake, outcome } = await scoreOnFake(book);
      expectOk(outcome);
      const bottom = plan.top + plan.values.length - 1;
      const range = `${colLetter(plan.col)}${plan.top}:${colLetter(plan.col + plan.width - 1)}${bottom}`;
      expect(fake.workbook.values(plan.sheet, range)).toEqual(plan.values.map((row) => row.map((v) => v ?? "")));
      const formats = plan.values.map((row, i) => row.map((_, off) => fake.workbook.cell(plan.sheet, a1(plan.top + i, plan.col + off)).numberFormat));
      // "@" where Excel would misread the text (formula, number, date such as "10/11"); General otherwise, since a
      // text-formatted cell over 255 characters shows ####
      const wanted = plan.values.map((row, i) =>
        row.map((v, off) =>
          typeof v === "string" && v !== "" ? (needsTextFormat(v) ? "@" : "General") : typeof v === "number" ? plan.numFmts[off] : formats[i][off],
        ),
      );
      expect(formats.flat().filter((f) => f === "@").length).toBeGreaterThan(0);
      expect(formats).toEqual(wanted);
      expect(Object.keys(fake.workbook.formulas(plan.sheet))).toEqual([]);
      // the clerk's cells left of the block are untouched
      const input = trackingSheet(n);
      expect(fake.workbook.values(plan.sheet, `A1:${colLetter(plan.col - 1)}${input.values.length}`)).toEqual(
        input.values.map((r) => Array.from({ length: plan.col - 1 }, (_, c) => r[c] ?? "")),
      );
    },
  );

  test("header, group merge, legend and highlights of the tracking sheet", async () => {
    const book = bookOf(trackingSheet(20));
    const plan = coreRun(book).plan.tracking[0];
    const { fake } = await scoreOnFake(book);
    const s = fake.workbook.sheet(plan.sheet);
    const head = fake.workbook.cell(plan.sheet, a1(plan.headerRows[plan.headerRows.length - 1], plan.col));
    expect(head.format).toMatchObject({ bold: true, fill: "#DDEBF7", fontName: "Times New Roman" });
    if (plan.groupMerge) expect(s.merges).toContainEqual(plan.groupMerge);
    expect(fake.workbook.cell(plan.sheet, plan.legend.shortfall).format?.fill).toBe("#F4B183");
    expect(fake.workbook.cell(plan.sheet, plan.legend.error).format?.fill).toBe("#FF8080");
    const highlighted = (formulaPart: string) =>
      s.cfs
        .filter((cf) => cf.formula?.includes(formulaPart))
        .flatMap((cf) => cf.areas.flatMap((a) => Array.from({ length: a.bottom - a.top + 1 }, (_, k) => a1(a.top + k, a.left))));
    expect(highlighted("chưa đạt").sort()).toEqual([...plan.highlights.shortfall].sort());
    expect(highlighted("lỗi số liệu").sort()).toEqual([...plan.highlights.error].sort());
    expect(plan.highlights.shortfall.length).toBeGreaterThan(0);
  });

  test("the nomination and summary sheets: cells, Times New Roman, widths, merges, A4, the chart", async () => {
    const book = bookOf(trackingSheet(20));
    const run = coreRun(book);
    const { fake, outcome } = await scoreOnFake(book);
    expect(expectOk(outcome).sheetsWritten).toEqual([SHEET_NAMES.nomination, SHEET_NAMES.summary]);
    expect(fake.workbook.sheetNames()).toEqual([book.sheets[0].name, SHEET_NAMES.nomination, SHEET_NAMES.summary]);
    for (const sp of run.plan.sheets) {
      const s = fake.workbook.sheet(sp.name);
      sp.rows.forEach((row, r) =>
        row.forEach((pc, c) => {
          const cell = fake.workbook.cell(sp.name, a1(r + 1, c + 1));
          const inMerge = sp.merges.some(
            (m) => r + 1 >= m.top && r + 1 <= m.bottom && c + 1 >= m.left && c + 1 <= m.right && (r + 1 !== m.top || c + 1 !== m.left),
          );
          if (!inMerge) expect(cell.value).toBe(pc.v ?? "");
          if (pc.text && typeof pc.v === "string") expect(cell.numberFormat).toBe(needsTextFormat(pc.v) ? "@" : "General");
          expect(cell.format?.fontName).toBe("Times New Roman");
          if (pc.s?.bold) expect(cell.format?.bold).toBe(true);
        }),
      );
      expect(s.merges).toEqual(expect.arrayContaining(sp.merges));
      expect([...s.colWidths.keys()].sort((a, b) => a - b)).toEqual(sp.colWidths.map((_, i) => i + 1));
      expect(s.page).toMatchObject({ paperSize: "A4", orientation: sp.page.orientation === "landscape" ? "Landscape" : "Portrait" });
      if (sp.chart) {
        expect(s.charts).toHaveLength(1);
        expect(s.charts[0].title).toBe(sp.chart.title);
        expect(s.charts[0].series).toEqual(sp.chart.series.map((x) => ({ name: x.name, values: x.values, xValues: sp.chart!.categories })));
      } else expect(s.charts).toHaveLength(0);
    }
  });
});

describe("requests stay under Excel on the web's 5 MB", () => {
  test("a 100,000-row sheet is read and written in chunks, each request and response under 5 MB", async () => {
    const n = 100_000;
    const book = bookOf(trackingSheet(n));
    const { fake, outcome } = await scoreOnFake(book);
    const report = expectOk(outcome);
    expect(report.result.rows).toHaveLength(n);
    const { stats } = fake;
    expect(stats.maxPayloadBytes).toBeLessThan(LIMIT);
    expect(stats.maxResponseBytes).toBeLessThan(LIMIT);
    const bigWrites = stats.payloads.filter((b) => b > 1_000_000);
    expect(bigWrites.length).toBeGreaterThan(1);
    // the head (rows 1–6,000) comes with the first read, the rows below in chunks: no request is ever refused
    expect(stats.refused).toEqual([]);
    // spot-check the block at the first, a middle and the last person
    const plan = coreRun(book).plan.tracking[0];
    for (const i of [plan.rowKeys[0].row, plan.rowKeys[n / 2].row, plan.rowKeys[n - 1].row]) {
      expect(fake.workbook.values(plan.sheet, `${colLetter(plan.col)}${i}:${colLetter(plan.col + 5)}${i}`)[0]).toEqual(
        plan.values[i - plan.top].slice(0, 6).map((v) => v ?? ""),
      );
    }
    console.info(
      `100,000 rows: ${stats.syncs} syncs, largest request ${stats.maxPayloadBytes} bytes, largest response ${stats.maxResponseBytes} bytes`,
    );
  }, 120_000);
});
