// Every page setting and cell style of a SheetPlan through the Office.js shell's queueSheet, on the fake: landscape
// or portrait, A4, the plan's margins (or the shell's defaults), fit to one page wide only when asked, print title
// rows, the print area, manual breaks, row heights, widths, merges, and each CellStyle field.
import type { SheetPlan } from "../../src/core/write/plan";
import { queueSheet } from "../../src/excel/write-sheets";
import { widthPoints } from "../../src/excel/address";
import { createFakeOffice } from "../fakes/excel-fake";

const plan = (page: SheetPlan["page"]): SheetPlan => ({
  role: "dossier",
  name: "Thử",
  rows: [
    [
      { v: "CỘNG HÒA", text: true, s: { bold: true, size: 12, align: "center" } },
      { v: null, s: { bold: true, size: 12, align: "center" } },
      { v: "Độc lập - Tự do - Hạnh phúc", text: true, s: { bold: true, underline: true, italic: true, align: "right" } },
    ],
    [
      { v: "Ô có viền", text: true, s: { border: true, wrap: true, fill: "FFDDEBF7" } },
      { v: 96.5, s: { numFmt: "0.##", align: "left" } },
      { v: "+84 912", text: true },
    ],
    [{ v: "Dòng ba", text: true }],
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
  colWidths: [10, 6, 20],
  font: { name: "Times New Roman", size: 13 },
  page,
  rowHeights: { 1: 20, 2: 48.5 },
});

async function write(sp: SheetPlan) {
  const fake = createFakeOffice({ sheets: [{ name: "S" }] });
  await fake.Excel.run(async (ctx) => {
    queueSheet(ctx as unknown as Excel.RequestContext, sp, "Thử");
    await ctx.sync();
  });
  return { fake, s: fake.workbook.sheet("Thử") };
}

test("portrait, A4, the plan's margins in points (to a hundredth), fit to width, print area and titles, breaks, heights and widths", async () => {
  const { s } = await write(
    plan({
      orientation: "portrait",
      margins: { top: 0.787, bottom: 0.787, left: 1.181, right: 0.591, header: 0.3, footer: 0.3 },
      fitToWidth: true,
      printTitleRows: "2:2",
      printArea: "A1:C3",
      rowBreaks: [2],
    }),
  );
  expect(s.page).toEqual({
    orientation: "Portrait",
    paperSize: "A4",
    zoom: { horizontalFitToPages: 1 },
    margins: {
      leftMargin: 85.03,
      rightMargin: 42.55,
      topMargin: 56.66,
      bottomMargin: 56.66,
      headerMargin: 21.6,
      footerMargin: 21.6,
    },
    printTitleRows: "$2:$2",
    printArea: "A1:C3",
    rowBreaks: [2],
  });
  expect([...s.rowHeights]).toEqual([
    [1, 20],
    [2, 48.5],
  ]);
  expect([...s.colWidths]).toEqual([
    [1, widthPoints(10)],
    [2, widthPoints(6)],
    [3, widthPoints(20)],
  ]);
  expect(widthPoints(10)).toBe(52.5); // 70 pixels: the width the core measures text at
  expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
});

test("landscape, no fit to width when the plan says so, the shell's default margins when it gives none", async () => {
  const { s } = await write(plan({ orientation: "landscape", fitToWidth: false }));
  expect(s.page.orientation).toBe("Landscape");
  expect(s.page.zoom).toBeUndefined();
  expect(s.page.margins).toEqual({
    leftMargin: 43.2,
    rightMargin: 28.8,
    topMargin: 43.2,
    bottomMargin: 43.2,
    headerMargin: 21.6,
    footerMargin: 21.6,
  });
  expect(s.page.printArea).toBeUndefined();
  expect(s.page.rowBreaks).toBeUndefined();
});

test("each CellStyle field: bold, italic, underline, size, alignment, wrap, borders on all four edges, fill, number format", async () => {
  const { fake } = await write(plan({ orientation: "portrait" }));
  expect(fake.workbook.cell("Thử", "A1").format).toMatchObject({
    bold: true,
    fontSize: 12,
    hAlign: "Center",
    vAlign: "Center",
    fontName: "Times New Roman",
  });
  expect(fake.workbook.cell("Thử", "A1").format?.borders).toBeUndefined();
  expect(fake.workbook.cell("Thử", "C1").format).toMatchObject({ bold: true, italic: true, underline: "Single", hAlign: "Right", fontSize: 13 });
  const b = fake.workbook.cell("Thử", "A2");
  expect(b.format).toMatchObject({ wrap: true, fill: "#DDEBF7", vAlign: "Center" });
  expect(Object.keys(b.format?.borders ?? {}).filter((k) => !k.includes("."))).toEqual(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"]);
  expect(fake.workbook.cell("Thử", "B2")).toMatchObject({ value: 96.5, numberFormat: "0.##", format: { hAlign: "Left" } });
  expect(fake.workbook.cell("Thử", "B2").format?.underline).toBeUndefined();
  // text Excel would read as a formula or a number is stored as text
  expect(fake.workbook.cell("Thử", "C2")).toMatchObject({ value: "+84 912", numberFormat: "@" });
  expect(fake.workbook.formulas("Thử")).toEqual({});
});
