// The add-in's own sheets as new parts: cells and their formats, merges, widths, heights, the A4 page setup with
// margins, fit to width, print titles and area, page breaks; and the summary chart's drawing and chart parts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { scoreFile } from "../../src/cli/commands";
import { SheetPlan } from "../../src/core/write/plan";
import { openPackage, readPart } from "../../src/xlsx/package";
import { sheetPlanXml } from "../../src/xlsx/newSheet";
import { openStyles, saveStyles } from "../../src/xlsx/styles";
import { FIXTURES, readZip, sheetParts, text, worksheetOrder } from "../helpers/package";

const plan: SheetPlan = {
  role: "dossier",
  name: "Tờ trình",
  rows: [
    [
      { v: "TỜ TRÌNH", text: true, s: { bold: true, size: 14, align: "center" } },
      { v: null, s: { bold: true } },
    ],
    [
      { v: "+84 912", text: true, s: { border: true, fill: "FFDDEBF7", wrap: true } },
      { v: 0.5, s: { numFmt: "0.00%", italic: true } },
    ],
    [{ v: "Độc lập - Tự do - Hạnh phúc", text: true, s: { bold: true, underline: true } }],
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
  colWidths: [30, 12],
  font: { name: "Times New Roman", size: 13 },
  page: { orientation: "portrait", margins: { top: 0.8, bottom: 0.7, left: 1.2, right: 0.6 }, fitToWidth: false, rowBreaks: [1] },
  rowHeights: { 2: 40 },
};

test("a sheet plan becomes a worksheet with its cells, formats, merges, widths, heights, margins and page breaks", () => {
  const pkg = openPackage(fs.readFileSync(path.join(FIXTURES, "01-bang-theo-doi-chuan.xlsx")));
  const styles = openStyles(pkg);
  const xml = sheetPlanXml(plan, styles, null);
  saveStyles(pkg, styles);
  expect(worksheetOrder(xml)).toBeNull();
  expect(xml).toContain('<cols><col min="1" max="1" width="30" customWidth="1"/><col min="2" max="2" width="12" customWidth="1"/></cols>');
  expect(xml).toContain('<row r="2" ht="40" customHeight="1">');
  expect(xml).toContain('<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
  expect(xml).toMatch(/<c r="A3" s="\d+" t="inlineStr"><is><t xml:space="preserve">Độc lập - Tự do - Hạnh phúc<\/t>/);
  expect(xml).toContain('<pageMargins left="1.2" right="0.6" top="0.8" bottom="0.7" header="0.3" footer="0.3"/>');
  expect(xml).toContain('<pageSetup paperSize="9" orientation="portrait"/>');
  expect(xml).not.toContain("fitToPage");
  expect(xml).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="1" max="16383" man="1"/></rowBreaks>');
  expect(xml).toMatch(/<c r="A2" s="(\d+)" t="inlineStr"><is><t xml:space="preserve">\+84 912<\/t><\/is><\/c>/);
  const styleXml = readPart(pkg, "xl/styles.xml")!;
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styleXml)![1];
  const xfs = [...cellXfs.matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const fonts = [...styleXml.matchAll(/<font>[\s\S]*?<\/font>/g)].map((m) => m[0]);
  const xfOf = (ref: string) => xfs[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)![1])];
  expect(xfOf("A1")).toMatch(/<alignment horizontal="center" vertical="center"\/>/);
  expect(fonts).toContain('<font><b/><sz val="14"/><name val="Times New Roman"/></font>');
  expect(fonts).toContain('<font><i/><sz val="13"/><name val="Times New Roman"/></font>');
  // the underline (the national motto's) is a font of its own, as the Office.js shell sets font.underline "Single"
  expect(fonts[Number(/fontId="(\d+)"/.exec(xfOf("A3"))![1])]).toBe('<font><b/><u/><sz val="13"/><name val="Times New Roman"/></font>');
  expect(xfOf("A2")).toMatch(/numFmtId="49"[\s\S]*<alignment vertical="center" wrapText="1"\/>/);
  expect(xfOf("B2")).toMatch(/numFmtId="10"/);
});

test("the command line's summary sheet: A4 landscape fit to one page wide, print titles and area, a column chart of rate against target", async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tdcchc-new-")), "out.xlsx");
  await scoreFile({ input: path.join(FIXTURES, "01-bang-theo-doi-chuan.xlsx"), out });
  const parts = readZip(out);
  const summary = text(parts, sheetParts(parts).get("Tổng hợp kết quả")!);
  expect(summary).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  expect(summary).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
  expect(summary).toContain('<pageMargins left="0.6" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
  expect(summary).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
  const drawing = text(parts, "xl/drawings/drawing1.xml");
  expect(drawing).toMatch(/<xdr:from><xdr:col>0<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/);
  const chart = text(parts, "xl/charts/chart1.xml");
  expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
  expect([...chart.matchAll(/<c:tx><c:v>([^<]+)<\/c:v><\/c:tx>/g)].map((m) => m[1])).toEqual(["Tỷ lệ", "Chỉ tiêu"]);
  expect(chart).toMatch(/<c:f>'Tổng hợp kết quả'!\$G\$\d+:\$G\$\d+<\/c:f>/);
  expect(chart).toMatch(/<c:strCache><c:ptCount val="15"\/><c:pt idx="0"><c:v>TC01<\/c:v><\/c:pt>/);
  expect(text(parts, "[Content_Types].xml")).toContain(
    '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
  );
  expect(text(parts, "xl/worksheets/_rels/sheet3.xml.rels")).toContain('Target="../drawings/drawing1.xml"');
});
