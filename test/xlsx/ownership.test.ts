// §10 "Who owns a sheet" through the package writer: our old sheets are replaced with everything only they used,
// a sheet of ours the clerk renamed or copied is the clerk's, a clerk's sheet with our name is never touched, and
// scoring again gives no second sheet, chart, print title or rule.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { scoreFile } from "../../src/cli/commands";
import { FIXTURES, Parts, addSheet, edit, fileNames, readZip, sheetParts, sheetXml, text, zip } from "../helpers/package";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tdcchc-own-"));
const FIX = path.join(FIXTURES, "01-bang-theo-doi-chuan.xlsx");
const NOMINATION = "DS đề nghị khen thưởng";
const SUMMARY = "Tổng hợp kết quả";
let n = 0;
/** Score `parts` (written to a file) and return the copy's parts. */
async function score(parts: Parts): Promise<Parts> {
  const input = path.join(tmp, `in-${++n}.xlsx`);
  const out = path.join(tmp, `out-${n}.xlsx`);
  fs.writeFileSync(input, zip(parts));
  await scoreFile({ input, out });
  return readZip(out);
}
const names = (parts: Parts) => [...sheetParts(parts).keys()];
const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

test("scoring a scored copy replaces our sheets and their chart: no second sheet, drawing, chart or print title", async () => {
  const once = await score(readZip(FIX));
  const twice = await score(once);
  expect(names(twice)).toEqual(["Theo dõi", NOMINATION, SUMMARY]);
  expect(
    fileNames(twice)
      .filter((p) => /drawings\/|charts\//.test(p))
      .sort(),
  ).toEqual(["xl/charts/chart1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing1.xml"]);
  const wb = text(twice, "xl/workbook.xml");
  expect([count(wb, /_xlnm.Print_Titles/g), count(wb, /_xlnm.Print_Area/g)]).toEqual([2, 2]);
  expect(count(text(twice, "[Content_Types].xml"), /worksheet\+xml/g)).toBe(3);
});

test("our sheet renamed or copied by the clerk is the clerk's: kept as it was, ours written anew beside it", async () => {
  const once = await score(readZip(FIX));
  const ours = sheetParts(once).get(NOMINATION)!;
  const signed = once[ours];
  edit(once, "xl/workbook.xml", (x) => x.replace(`name="${NOMINATION}"`, 'name="DS đã ký"'));
  addSheet(once, "DS bản lưu", new TextDecoder().decode(signed));
  const again = await score(once);
  expect(names(again)).toEqual(["Theo dõi", "DS đã ký", "DS bản lưu", NOMINATION, SUMMARY]);
  const parts = sheetParts(again);
  expect(Buffer.from(again[parts.get("DS đã ký")!]).equals(Buffer.from(signed))).toBe(true);
  expect(Buffer.from(again[parts.get("DS bản lưu")!]).equals(Buffer.from(signed))).toBe(true);
});

test("Excel's own copy of our list, “name (2)” beside ours, is the clerk's: kept byte for byte on a re-run", async () => {
  const once = await score(readZip(FIX));
  const signed = once[sheetParts(once).get(NOMINATION)!];
  addSheet(once, `${NOMINATION} (2)`, new TextDecoder().decode(signed));
  const again = await score(once);
  expect(names(again)).toEqual(["Theo dõi", `${NOMINATION} (2)`, NOMINATION, SUMMARY]);
  expect(Buffer.from(again[sheetParts(again).get(`${NOMINATION} (2)`)!]).equals(Buffer.from(signed))).toBe(true);
});

test("a clerk's sheet under our name is never touched: ours goes under “name (2)”, and stays there on a re-run", async () => {
  const input = readZip(FIX);
  const clerk = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Bảng tổng hợp của văn thư</t></is></c></row>');
  addSheet(input, SUMMARY, clerk);
  const once = await score(input);
  const twice = await score(once);
  for (const p of [once, twice]) {
    expect(names(p)).toEqual(["Theo dõi", SUMMARY, NOMINATION, `${SUMMARY} (2)`]);
    expect(text(p, sheetParts(p).get(SUMMARY)!)).toBe(clerk);
  }
});

test("names scoped to a clerk's sheet after ours, and the active tab, follow it when ours are removed and added again at the end", async () => {
  const once = await score(readZip(FIX));
  addSheet(once, "Ghi chú", sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'));
  edit(once, "xl/workbook.xml", (x) =>
    x
      .replace("</definedNames>", `<definedName name="_xlnm.Print_Area" localSheetId="3">'Ghi chú'!$A$1:$B$2</definedName></definedNames>`)
      .replace("<sheets>", '<bookViews><workbookView activeTab="3"/></bookViews><sheets>'),
  );
  const again = await score(once);
  expect(names(again)).toEqual(["Theo dõi", "Ghi chú", NOMINATION, SUMMARY]);
  expect(text(again, "xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="1">'Ghi chú'!$A$1:$B$2</definedName>`);
  const scoped = [...text(again, "xl/workbook.xml").matchAll(/localSheetId="(\d+)">'([^']+)'/g)].map((m) => [names(again)[Number(m[1])], m[2]]);
  expect(scoped.every(([sheet, target]) => sheet === target)).toBe(true);
  expect(text(again, "xl/workbook.xml")).toContain('<workbookView activeTab="1"/>');
});
