// Reading a package into the snapshot (§3, §10): values as Office.js gives them, merged areas, cells without an
// address, far cells and whole-column rules at no cost, and files that are not workbooks named in plain Vietnamese.
import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import { PackageError } from "../../src/xlsx/package";
import { readWorkbookBytes } from "../../src/xlsx/readPackage";
import { workbookSnapshot } from "../../src/xlsx/read";
import { FIXTURES, buildWorkbook, edit, readZip, zip } from "../helpers/package";

const read = (parts: ReturnType<typeof buildWorkbook>) => readWorkbookBytes(zip(parts)).book;

test("values as Office.js gives them: cached formula results, errors, booleans, rich and inline text, numbers whatever their format", () => {
  const strings = [
    "<si><t>Nguyễn Văn An</t></si>",
    '<si><r><t>Trần </t></r><r><rPr><b/></rPr><t xml:space="preserve">Thị Bình</t></r></si>',
    '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>',
    "<si><t>dòng 1_x000D_\ndòng 2</t></si>",
  ];
  const xfs =
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>';
  const data =
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
    '<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2"><f>A2*0</f><v>0</v></c><c r="C2"><f>NOW()</f></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
    '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D3" t="inlineStr"><is><t>=HYPERLINK("x")</t></is></c></row>' +
    '<row r="4"><c r="A4" s="1"><v>45</v></c><c r="B4" t="e"><v>#N/A</v></c><c r="C4" s="1"/><c r="D4" t="inlineStr"><is><r><t>+84 </t></r><r><t>912</t></r></is></c></row>';
  const sheet = read(buildWorkbook([{ name: "S", data }], { strings, xfs })).sheets[0];
  expect(sheet.values).toEqual([
    ["Nguyễn Văn An", "Trần Thị Bình", "漢字", "dòng 1\r\ndòng 2"],
    [2, 0, null, { error: "#DIV/0!" }],
    [true, false, "ab", '=HYPERLINK("x")'],
    [45, { error: "#N/A" }, null, "+84 912"],
  ]);
});

test("a merged area's value is only in its top-left cell, and the merges are listed (an unreadable one left out)", () => {
  const data =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Tiêu đề</t></is></c><c r="B1" t="inlineStr"><is><t>Tiêu đề</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>';
  const sheet = read(
    buildWorkbook([{ name: "S", data, after: '<mergeCells count="2"><mergeCell ref="A1:C2"/><mergeCell ref="#REF!"/></mergeCells>' }]),
  ).sheets[0];
  expect(sheet.values).toEqual([["Tiêu đề", null], [null]]);
  expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 3 }]);
});

test("cells and rows without an address follow their order, as Excel reads them", () => {
  const data =
    '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row r="3"><c r="B3"><v>32</v></c></row><row><c><v>41</v></c></row>';
  const sheet = read(buildWorkbook([{ name: "S", data }])).sheets[0];
  expect(sheet.values).toEqual([[1, 2, null, null, 5, 6], [], [null, 32], [41]]);
});

test("the four samples read exactly as through exceljs (cells, merged areas)", async () => {
  for (const f of fs.readdirSync(FIXTURES).filter((x) => /^\d\d-.*\.xlsx$/.test(x))) {
    const bytes = fs.readFileSync(path.join(FIXTURES, f));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(FIXTURES, f));
    const trim = (rows: unknown[][]) =>
      rows.map((r) => {
        const x = [...r];
        while (x.length && x[x.length - 1] === null) x.pop();
        return x;
      });
    const ours = readWorkbookBytes(bytes).book.sheets;
    const theirs = workbookSnapshot(wb).sheets;
    expect(ours.map((s) => [s.name, trim(s.values), s.merges])).toEqual(theirs.map((s) => [s.name, trim(s.values), s.merges]));
  }
});

describe("a value in A1048576 and rules over whole columns", () => {
  const parts = readZip(path.join(FIXTURES, "01-bang-theo-doi-chuan.xlsx"));
  edit(parts, "xl/styles.xml", (x) => x.replace('<dxfs count="0"/>', '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs>'));
  edit(parts, "xl/worksheets/sheet1.xml", (x) =>
    x
      .replace("</sheetData>", '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
      .replace(
        "<pageMargins",
        '<conditionalFormatting sqref="E:E F4:Z1048576"><cfRule type="containsBlanks" dxfId="0" priority="1"><formula>LEN(TRIM(E1))=0</formula></cfRule></conditionalFormatting>' +
          '<dataValidations count="1"><dataValidation type="whole" allowBlank="1" sqref="F4:Z1048576 AD:AD"><formula1>0</formula1></dataValidation></dataValidations><pageMargins',
      ),
  );
  const sheet = readWorkbookBytes(zip(parts)).book.sheets[0];

  test("the far row is where it is, and no row between is materialised (they share one frozen empty row)", () => {
    expect(sheet.values.length).toBe(1048576);
    expect(sheet.values[1048575]).toEqual(["x"]);
    const distinct = new Set(sheet.values);
    expect(distinct.size).toBeLessThanOrEqual(30);
    const empty = sheet.values[1000];
    expect([empty.length, Object.isFrozen(empty)]).toEqual([0, true]);
  });
  test("validations and conditional formats over whole columns are not expanded into cells", () => {
    expect(sheet.values[30]).toBe(sheet.values[500000]);
    expect(sheet.values.slice(3, 27).every((r) => r.length <= 33)).toBe(true);
  });
});

describe("files that are not workbooks give a PackageError in plain Vietnamese", () => {
  const message = (bytes: Uint8Array): string => {
    try {
      readWorkbookBytes(bytes);
    } catch (e) {
      expect(e).toBeInstanceOf(PackageError);
      return (e as Error).message;
    }
    throw new Error("no error");
  };
  test("a text file", () => {
    expect(message(new TextEncoder().encode("không phải excel"))).toBe("Tệp không phải tệp Excel .xlsx/.xlsm");
  });
  test("a zip that is not a workbook", () => {
    expect(message(zip({ "ghi-chu.txt": new TextEncoder().encode("xin chào") }))).toMatch(/^Tệp không phải tệp Excel \.xlsx\/\.xlsm \(không có/);
  });
  test("a damaged zip", () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, "01-bang-theo-doi-chuan.xlsx"));
    expect(message(bytes.subarray(0, 2000))).toMatch(/^Tệp không phải tệp Excel .*(hỏng|chưa tải về hết)/);
  });
  test("an Excel 97-2003 file", () => {
    expect(message(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/Excel 97-2003 \(\.xls\)/);
  });
  test("a sheet whose XML is broken names its part, without the parser's words", () => {
    const parts = buildWorkbook([
      { name: "A", data: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: "B", data: '<row r="1"><c r="A1"><v>1</v></row>' },
    ]);
    const m = message(zip(parts));
    expect(m).toMatch(/^Phần xl\/worksheets\/sheet2\.xml của tệp bị hỏng/);
    expect(m).not.toMatch(/[Uu]nexpected|tag|line \d|at /);
  });
  test("broken shared strings or workbook parts are named too", () => {
    const parts = buildWorkbook([{ name: "A", data: "" }], { strings: ["<si><t>a</si>"] });
    expect(message(zip(parts))).toMatch(/^Phần xl\/sharedStrings\.xml của tệp bị hỏng/);
    const wb = buildWorkbook([{ name: "A", data: "" }]);
    edit(wb, "xl/workbook.xml", (x) => x.replace("</sheets>", "</sheet>"));
    expect(message(zip(wb))).toMatch(/^Phần xl\/workbook\.xml của tệp bị hỏng/);
  });
});
