// §11: the scored copy is the input plus our parts. A workbook with a chart, an image, a comment, x14 validations,
// the clerk's conditional format, defined names, custom XML and VBA comes out with every other part byte for byte,
// its tracking sheet keeping every element in the schema's order, still an .xlsm, and the same when scored again.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { clearFile, scoreFile } from "../../src/cli/commands";
import { craftRichWorkbook } from "../helpers/craft";
import { cellsOf, fileNames, readZip, text, unzip, worksheetChildren, worksheetOrder } from "../helpers/package";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tdcchc-keep-"));
const input = path.join(tmp, "giu-nguyen.xlsm");
const out1 = path.join(tmp, "giu-nguyen.1.xlsm");
const out2 = path.join(tmp, "giu-nguyen.2.xlsm");
const TRACKING = "xl/worksheets/sheet1.xml";
/** The parts §11 lets the copy change (besides the add-in's own new sheets). */
const CHANGEABLE = [TRACKING, "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "xl/sharedStrings.xml"];

beforeAll(async () => {
  fs.writeFileSync(input, craftRichWorkbook(true));
  await scoreFile({ input, out: out1 });
  await scoreFile({ input: out1, out: out2 });
});

test("every part of the input is in the copy, and each one §11 does not let us change is byte-identical", () => {
  const [a, b] = [readZip(input), readZip(out1)];
  const changed = fileNames(a).filter((p) => !b[p] || (!CHANGEABLE.includes(p) && !p.startsWith("docProps/") && !Buffer.from(a[p]).equals(b[p])));
  expect(changed).toEqual([]);
  expect(fileNames(a)).toEqual(
    expect.arrayContaining(["xl/charts/chart1.xml", "xl/media/image1.png", "xl/comments1.xml", "xl/vbaProject.bin", "customXml/item1.xml"]),
  );
});

test("the tracking sheet keeps its validations (whole-column and x14), the clerk's rule, link, comment, protection and print setup", () => {
  const [a, b] = [text(readZip(input), TRACKING), text(readZip(out1), TRACKING)];
  for (const kept of [
    /<dataValidation [^>]*sqref="F4:Z1048576"/,
    /<x14:dataValidation type="list"[\s\S]*<xm:sqref>D4:D1048576<\/xm:sqref>/,
    /<conditionalFormatting sqref="E:E"><cfRule type="cellIs" dxfId="0" priority="\d+" operator="equal"><formula>"Trưởng phòng"<\/formula>/,
    /<hyperlink ref="A1" r:id="rIdLink"\/>/,
    /<legacyDrawing r:id="rIdVml"\/>/,
    /<sheetProtection sheet="0" objects="1" scenarios="1"\/>/,
    /<pageSetup orientation="portrait"[^>]*\/>/,
    /<mergeCell ref="A1:N1"\/>/,
  ]) {
    expect([kept.test(a), kept.test(b), String(kept)]).toEqual([true, true, String(kept)]);
  }
  expect(worksheetChildren(b).filter((n) => !["cols", "conditionalFormatting"].includes(n))).toEqual(
    worksheetChildren(a).filter((n) => !["cols", "conditionalFormatting"].includes(n)),
  );
});

test("every sheet of the copy has its children in the schema's order, rows and cells ascending, mergeCells@count right", () => {
  const b = readZip(out1);
  const sheets = fileNames(b).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
  expect(sheets.length).toBe(4);
  expect(sheets.map((p) => [p, worksheetOrder(text(b, p))])).toEqual(sheets.map((p) => [p, null]));
});

test("every cell the clerk wrote is in the copy exactly as written (outside the add-in's block)", () => {
  const [a, b] = [cellsOf(text(readZip(input), TRACKING)), cellsOf(text(readZip(out1), TRACKING))];
  expect(a.size).toBeGreaterThan(400);
  const changed = [...a].filter(([ref, xml]) => b.get(ref) !== xml).map(([ref]) => ref);
  expect(changed).toEqual([]);
});

test("the copy stays an .xlsm: macro-enabled content type and VBA part kept", () => {
  const b = readZip(out1);
  expect(text(b, "[Content_Types].xml")).toMatch(
    /PartName="\/xl\/workbook.xml" ContentType="application\/vnd.ms-excel.sheet.macroEnabled.main\+xml"/,
  );
  expect(text(b, "[Content_Types].xml")).toMatch(/Extension="bin" ContentType="application\/vnd.ms-office.vbaProject"/);
  expect(text(b, "xl/_rels/workbook.xml.rels")).toMatch(/relationships\/vbaProject" Target="vbaProject.bin"/);
});

test("the clerk's defined names and print area stay, scoped to the same sheets; ours are scoped to our sheets", () => {
  const wb = text(readZip(out1), "xl/workbook.xml");
  expect(wb).toContain(`<definedName name="ChucVu">'Danh mục'!$A$1:$A$3</definedName>`);
  expect(wb).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'Theo dõi'!$A$1:$AC$27</definedName>`);
  const sheets = [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  expect(sheets).toEqual(["Theo dõi", "Danh mục", "DS đề nghị khen thưởng", "Tổng hợp kết quả"]);
  expect(wb).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="2">'DS đề nghị khen thưởng'!\$\d+:\$\d+<\/definedName>/);
  expect(wb).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="3">'Tổng hợp kết quả'!\$A\$1:\$J\$\d+<\/definedName>/);
});

test("scoring the copy again changes nothing: same parts, same bytes (no second block, sheet, rule or style)", () => {
  const [a, b] = [unzip(fs.readFileSync(out1)), unzip(fs.readFileSync(out2))];
  expect(fileNames(b).sort()).toEqual(fileNames(a).sort());
  expect(fileNames(a).filter((p) => !Buffer.from(a[p]).equals(b[p]))).toEqual([]);
  expect((text(a, TRACKING).match(/<conditionalFormatting /g) ?? []).length).toBe(1 + (text(a, TRACKING).match(/Thi đua CCHC: /g) ?? []).length);
});

test("the add-in's highlights come before the clerk's rule, whose priority moved down in order", () => {
  const x = text(readZip(out1), TRACKING);
  const rules = [...x.matchAll(/<cfRule [^>]*priority="(\d+)"[^>]*>\s*<formula>([^<]*)</g)].map((m) => ({
    priority: Number(m[1]),
    ours: m[2].includes("Thi đua CCHC"),
  }));
  rules.sort((p, q) => p.priority - q.priority);
  expect(rules.filter((r) => r.ours).length).toBeGreaterThan(0);
  expect(rules.map((r) => r.ours)).toEqual([...rules.filter((r) => r.ours).map(() => true), false]);
  expect(rules.map((r) => r.priority)).toEqual(rules.map((_, i) => i + 1));
});

test("an .xlsm written as .xlsx is refused before anything is written (the macros would be lost)", async () => {
  const json = path.join(tmp, "khong.json");
  const xlsx = path.join(tmp, "khong.xlsx");
  await expect(scoreFile({ input, out: xlsx, json })).rejects.toThrow(/có macro \(\.xlsm\): --out phải có đuôi \.xlsm/);
  await expect(clearFile(input, xlsx)).rejects.toThrow(/macro sẽ bị mất/);
  expect([fs.existsSync(json), fs.existsSync(xlsx)]).toEqual([false, false]);
});
