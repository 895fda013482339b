// The dossier as the add-in's print-ready sheets (§12): names, A4 portrait and NĐ 30/2020 margins, every paragraph's
// text in a cell, a height for every row that fits its wrapped text, page breaks that keep headings with what follows.
import { ScoreRun } from "../../../src/core/engine";
import { Dossier, buildDossier, documentText } from "../../../src/core/dossier";
import { FORM } from "../../../src/core/dossier/form";
import { dossierSheets } from "../../../src/core/write/dossierSheets";
import { columnPt, rowHeightPt, wrappedLines } from "../../../src/core/write/measure";
import { SHEET_MARKER, SheetPlan } from "../../../src/core/write/plan";
import { fixtureRun } from "../../helpers/fixtures";

const dossierOf = (run: ScoreRun): Dossier =>
  buildDossier({ catalog: run.catalog, rows: run.rows, nomination: run.nomination, unit: run.unit, minScore: 80, settings: {}, date: "2025-12-20" });
const cellTexts = (sp: SheetPlan) => sp.rows.flatMap((row) => row.flatMap((c) => (typeof c.v === "string" && c.v !== SHEET_MARKER ? [c.v] : [])));
const norm = (s: string) => s.replace(/\s+/g, " ").trim();

let d04: Dossier;
let sheets: SheetPlan[];
beforeAll(async () => {
  d04 = dossierOf(await fixtureRun("04-dong-hang-va-tap-the"));
  sheets = dossierSheets(d04);
});

test("one sheet per document, the list that goes with the Tờ trình included, under the add-in's names", () => {
  expect(sheets.map((s) => s.name)).toEqual([
    "Tờ trình",
    "Danh sách kèm Tờ trình",
    "Báo cáo thành tích 1",
    "Báo cáo thành tích 2",
    "Biên bản họp bình xét",
  ]);
  expect(new Set(sheets.map((s) => s.role))).toEqual(new Set(["dossier"]));
});

test("A4 portrait, NĐ 30/2020 margins in inches, Times New Roman, fit to the page width, the marker outside the print area", () => {
  for (const sp of sheets) {
    expect(sp.page.orientation).toBe("portrait");
    const m = sp.page.margins!;
    for (const k of ["top", "bottom", "left", "right"] as const) expect(m[k] * 25.4).toBeCloseTo(FORM.margins[k], 1);
    expect([m.top * 25.4, m.left * 25.4, m.right * 25.4].map(Math.round)).toEqual([20, 30, 15]);
    expect(sp.font.name).toBe("Times New Roman");
    expect(sp.page.fitToWidth).toBe(true);
    expect(sp.page.printArea).toBe(`A1:T${sp.rows.length}`);
    expect(sp.rows[0].findIndex((c) => c.v === SHEET_MARKER)).toBeGreaterThan(20);
  }
});

test("every line of every document is in a cell, whole (blanks as their label and dots)", () => {
  d04.documents.forEach((doc, i) => {
    const cells = cellTexts(sheets[i]).map(norm).join("\n");
    for (const line of documentText(doc).filter((l) => l.trim())) {
      for (const part of line.split(" | ")) if (part.trim()) expect(cells).toContain(norm(part));
    }
  });
});

test("every row has a height, and a wrapped cell's row is tall enough for its lines at its merged width", () => {
  for (const sp of sheets) {
    const widthOf = (r: number, c: number) => {
      const m = sp.merges.find((x) => x.top === r && x.left === c);
      return columnPt(sp.colWidths[0]) * (m ? m.right - m.left + 1 : 1);
    };
    sp.rows.forEach((row, i) => {
      expect(sp.rowHeights![i + 1]).toBeGreaterThan(0);
      row.forEach((c, j) => {
        if (typeof c.v !== "string" || c.v === SHEET_MARKER) return;
        const size = c.s?.size ?? sp.font.size;
        const lines = wrappedLines(c.v, widthOf(i + 1, j + 1), size, !!c.s?.bold);
        expect(sp.rowHeights![i + 1]).toBeGreaterThanOrEqual(rowHeightPt(lines, size));
      });
    });
  }
  const longest = sheets[0].rows.findIndex((row) => typeof row[0].v === "string" && row[0].v.includes("Qua theo dõi")) + 1;
  expect(sheets[0].rowHeights![longest]).toBeGreaterThan(rowHeightPt(3, 13));
});

test("page breaks fall between blocks: never after a section heading, never between a table's header and its first row", () => {
  for (const sp of sheets) {
    for (const b of sp.page.rowBreaks ?? []) {
      const before = sp.rows[b - 1];
      const text = typeof before[0].v === "string" ? before[0].v : "";
      expect(text).not.toMatch(/^(I|II|III)\. |^\s*\d\. [A-ZÀ-Ỹ]|NỘI DUNG CUỘC HỌP/u);
      expect(before.some((c) => c.s?.border && c.s.bold)).toBe(false);
    }
  }
});

test("a name that looks like a formula is written as text (03's tie-review candidate)", async () => {
  const sp = dossierSheets(dossierOf(await fixtureRun("03-so-lieu-loi")));
  expect(sp.map((s) => s.name)).toEqual(["Biên bản họp bình xét"]);
  const cells = sp[0].rows.flat().filter((c) => typeof c.v === "string" && c.v.startsWith("=HYPERLINK"));
  expect(cells.length).toBeGreaterThan(0);
  for (const c of cells) expect(c.text).toBe(true);
});
