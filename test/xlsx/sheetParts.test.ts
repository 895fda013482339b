// The writer's pieces on a worksheet part: column ranges split around the block, rows and cells spliced in order,
// only our conditional-format rules removed, a sheet whose elements carry a prefix, two tracking blocks in one plan.
import path from "node:path";
import { scoreWorkbook } from "../../src/core/engine";
import { WritePlan } from "../../src/core/write/plan";
import { setColumnWidths } from "../../src/xlsx/columns";
import { removeOurRules } from "../../src/xlsx/highlights";
import { openPackage, savePackage } from "../../src/xlsx/package";
import { readPackage, readWorkbookBytes } from "../../src/xlsx/readPackage";
import { spliceSheetData } from "../../src/xlsx/sheetData";
import { joinWorksheet, splitWorksheet } from "../../src/xlsx/sheetXml";
import { applyWritePlan } from "../../src/xlsx/writePackage";
import { FIXTURES, addSheet, readZip, text, unzip, worksheetOrder, zip } from "../helpers/package";

const FIX = path.join(FIXTURES, "01-bang-theo-doi-chuan.xlsx");

test("a column range over the block is split: the block's columns get their widths, every piece keeps its style", () => {
  const xml = setColumnWidths(
    '<cols><col min="2" max="2" width="24" customWidth="1"/><col min="30" max="50" width="10" style="3"/></cols>',
    "",
    34,
    [14, 9],
  );
  expect(xml).toBe(
    '<cols><col min="2" max="2" width="24" customWidth="1"/><col min="30" max="33" width="10" style="3"/>' +
      '<col min="34" max="34" width="14" style="3" customWidth="1"/><col min="35" max="35" width="9" style="3" customWidth="1"/>' +
      '<col min="36" max="50" width="10" style="3"/></cols>',
  );
  expect(setColumnWidths(undefined, "x:", 3, [7])).toBe('<x:cols><x:col min="3" max="3" width="7" customWidth="1"/></x:cols>');
});

test("cells are spliced into their rows in order, missing rows added in order, positions without an address kept", () => {
  const data =
    '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3" spans="1:2"><c><v>31</v></c><c r="Z3"><v>9</v></c></row>' +
    '<row><c><v>41</v></c></row><row r="6"/><row r="9"><c r="A9"><v>9</v></c></row></sheetData>';
  const out = spliceSheetData(data, [3, 4, 5, 6, 7], [3], (row, col) => `<c r="C${row}"><v>${row * 10 + col}</v></c>`).join("");
  expect(out).toBe(
    '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3" spans="1:26"><c r="A3"><v>31</v></c><c r="C3"><v>33</v></c><c r="Z3"><v>9</v></c></row>' +
      '<row r="4"><c r="A4"><v>41</v></c><c r="C4"><v>43</v></c></row><row r="5"><c r="C5"><v>53</v></c></row><row r="6"><c r="C6"><v>63</v></c></row>' +
      '<row r="7"><c r="C7"><v>73</v></c></row><row r="9"><c r="A9"><v>9</v></c></row></sheetData>',
  );
});

test("only the add-in's rules go; a clerk's rule sharing their element stays, with x14 rules untouched", () => {
  const xml =
    '<worksheet xmlns="m"><sheetData/><conditionalFormatting sqref="A1:A9"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&gt;0</formula></cfRule>' +
    '<cfRule type="expression" dxfId="1" priority="2"><formula>ISTEXT("Thi đua CCHC: lỗi số liệu")</formula></cfRule></conditionalFormatting>' +
    '<conditionalFormatting sqref="B2"><cfRule type="expression" dxfId="1" priority="3"><formula>ISTEXT(&quot;Thi &#273;ua CCHC: chưa đạt chỉ tiêu&quot;)</formula></cfRule></conditionalFormatting>' +
    '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type="dataBar" priority="4"/></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst></worksheet>';
  const ws = splitWorksheet(xml, "p");
  expect(removeOurRules(ws)).toBe(2);
  expect(joinWorksheet(ws)).toBe(
    '<worksheet xmlns="m"><sheetData/><conditionalFormatting sqref="A1:A9"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&gt;0</formula></cfRule></conditionalFormatting>' +
      xml.slice(xml.indexOf("<extLst>")),
  );
});

test("a sheet written with a namespace prefix gets the block in the same prefix, in order, and reads back", async () => {
  const parts = readZip(FIX);
  const s = text(parts, "xl/worksheets/sheet1.xml")
    .replace(/<(\/?)([a-zA-Z]+)([\s/>])/g, (m, slash: string, name: string, end: string) => (name === "xml" ? m : `<${slash}x:${name}${end}`))
    .replace(
      'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
      'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
    );
  parts["xl/worksheets/sheet1.xml"] = new TextEncoder().encode(s);
  const { pkg, book } = readWorkbookBytes(zip(parts));
  const run = scoreWorkbook(book);
  if (!run.ok) throw new Error("not scored");
  applyWritePlan(pkg, run.run.plan, book);
  const out = text(unzip(await savePackage(pkg)), "xl/worksheets/sheet1.xml");
  expect(out.match(/<\/?(?!x:)[A-Za-z]+[\s/>]/g)).toBeNull();
  expect(worksheetOrder(out.replace(/<(\/?)x:/g, "<$1"))).toBeNull();
  const again = readPackage(openPackage(await savePackage(pkg))).book.sheets[0];
  expect(again.values[2][run.run.plan.tracking[0].col - 1]).toBe("TC đạt/áp dụng");
});

test("two tracking blocks in one plan: each sheet gets its block and highlights, and a second run is byte-identical", async () => {
  const parts = readZip(FIX);
  addSheet(parts, "Theo dõi 2", text(parts, "xl/worksheets/sheet1.xml"));
  const apply = async (bytes: Uint8Array): Promise<Uint8Array> => {
    const { pkg, book } = readWorkbookBytes(bytes);
    const plans = ["Theo dõi", "Theo dõi 2"].map((sheet): WritePlan => {
      const r = scoreWorkbook(book, { sheet });
      if (!r.ok) throw new Error(`${sheet} not scored`);
      return r.run.plan;
    });
    const [a, b] = plans;
    applyWritePlan(pkg, { tracking: [a.tracking[0], b.tracking[0]], sheets: a.sheets }, book);
    return savePackage(pkg);
  };
  const once = await apply(zip(parts));
  const twice = await apply(once);
  const [p1, p2] = [unzip(once), unzip(twice)];
  for (const sheet of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
    expect(text(p1, sheet)).toContain("KẾT QUẢ CHẤM ĐIỂM (tự động)");
    expect(text(p1, sheet)).toContain("Thi đua CCHC: chưa đạt chỉ tiêu");
  }
  expect(Object.keys(p1).filter((k) => !Buffer.from(p1[k]).equals(p2[k] ?? new Uint8Array()))).toEqual([]);
});

test("a row whose cells all lie left of the block keeps them as written and gets ours after them (rich text, extLst)", () => {
  const rich = '<c r="A2" t="inlineStr"><is><r><rPr><color rgb="FFFF0000"/></rPr><t>đỏ</t></r></is></c>';
  const data = `<sheetData><row r="2" spans="1:2">${rich}<c r="B2" s="1"/><extLst/></row><row r="3"><c r="A3" t="inlineStr"><is><r><rPr><color rgb="FF0000FF"/></rPr><t>x</t></r></is></c></row></sheetData>`;
  const out = spliceSheetData(data, [2, 3], [4, 5], (row, col) => (col === 4 ? `<c r="D${row}"><v>${row}</v></c>` : null)).join("");
  expect(out).toBe(
    `<sheetData><row r="2" spans="1:4">${rich}<c r="B2" s="1"/><c r="D2"><v>2</v></c><extLst/></row>` +
      '<row r="3"><c r="A3" t="inlineStr"><is><r><rPr><color rgb="FF0000FF"/></rPr><t>x</t></r></is></c><c r="D3"><v>3</v></c></row></sheetData>',
  );
});
