// A clerk's workbook with everything a copy must keep (built from sample 01 by editing its package): on the tracking
// sheet a whole-column validation, an x14 list validation in extLst, the clerk's own conditional format over E:E, a
// hyperlink, a comment (legacyDrawing), protection and print setup; a second sheet with a chart and an image; a
// defined name and a print area; a custom XML part; and, as an .xlsm, a VBA project.
import path from "node:path";
import { FIXTURES, Parts, addDefault, addOverride, addRel, edit, insertChild, put, readZip, tinyPng, zip } from "./package";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function trackingSheet(parts: Parts): void {
  const s = "xl/worksheets/sheet1.xml";
  edit(parts, s, (x) => insertChild(x, "sheetProtection", '<sheetProtection sheet="0" objects="1" scenarios="1"/>'));
  edit(parts, s, (x) =>
    insertChild(
      x,
      "conditionalFormatting",
      '<conditionalFormatting sqref="E:E"><cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>"Trưởng phòng"</formula></cfRule></conditionalFormatting>',
    ),
  );
  edit(parts, s, (x) =>
    insertChild(
      x,
      "dataValidations",
      '<dataValidations count="1"><dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" sqref="F4:Z1048576"><formula1>0</formula1></dataValidation></dataValidations>',
    ),
  );
  edit(parts, s, (x) => insertChild(x, "hyperlinks", '<hyperlinks><hyperlink ref="A1" r:id="rIdLink"/></hyperlinks>'));
  edit(parts, s, (x) => insertChild(x, "legacyDrawing", '<legacyDrawing r:id="rIdVml"/>'));
  edit(parts, s, (x) =>
    insertChild(
      x,
      "extLst",
      `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}">` +
        `<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>'Danh mục'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>D4:D1048576</xm:sqref>` +
        `</x14:dataValidation></x14:dataValidations></ext></extLst>`,
    ),
  );
  const rels = "xl/worksheets/_rels/sheet1.xml.rels";
  addRel(parts, rels, "rIdLink", `${R}/hyperlink`, "https://dichvucong.gov.vn/", true);
  addRel(parts, rels, "rIdVml", `${R}/vmlDrawing`, "../drawings/vmlDrawing1.vml");
  addRel(parts, rels, "rIdCmt", `${R}/comments`, "../comments1.xml");
  put(
    parts,
    "xl/comments1.xml",
    `${DECL}<comments xmlns="${MAIN}"><authors><author>Văn thư</author></authors><commentList><comment ref="B4" authorId="0"><text><t>Kiểm tra lại số liệu</t></text></comment></commentList></comments>`,
  );
  put(
    parts,
    "xl/drawings/vmlDrawing1.vml",
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      '<v:shape type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>3</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>',
  );
  addOverride(parts, "xl/comments1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml");
  edit(parts, "xl/styles.xml", (x) => x.replace('<dxfs count="0"/>', '<dxfs count="1"><dxf><font><b/><color rgb="FF0000FF"/></font></dxf></dxfs>'));
}

function listSheet(parts: Parts): void {
  const cells = ["Công chức", "Trưởng phòng", "Phó Chủ tịch"]
    .map((v, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${v}</t></is></c><c r="B${i + 1}"><v>${0.9 + i / 20}</v></c></row>`)
    .join("");
  put(
    parts,
    "xl/worksheets/sheet2.xml",
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:B3"/><sheetData>${cells}</sheetData><drawing r:id="rId1"/></worksheet>`,
  );
  addRel(parts, "xl/worksheets/_rels/sheet2.xml.rels", "rId1", `${R}/drawing`, "../drawings/drawing1.xml");
  const anchor = (from: number, inner: string) =>
    `<xdr:twoCellAnchor><xdr:from><xdr:col>${from}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${from + 3}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${inner}<xdr:clientData/></xdr:twoCellAnchor>`;
  const chart = `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
  const pic = `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`;
  put(
    parts,
    "xl/drawings/drawing1.xml",
    `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">${anchor(0, chart)}${anchor(4, pic)}</xdr:wsDr>`,
  );
  addRel(parts, "xl/drawings/_rels/drawing1.xml.rels", "rId1", `${R}/chart`, "../charts/chart1.xml");
  addRel(parts, "xl/drawings/_rels/drawing1.xml.rels", "rId2", `${R}/image`, "../media/image1.png");
  put(
    parts,
    "xl/charts/chart1.xml",
    `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/>` +
      `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Danh mục'!$B$1:$B$3</c:f></c:numRef></c:val></c:ser>` +
      `<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
      `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
  );
  put(parts, "xl/media/image1.png", tinyPng());
  addDefault(parts, "png", "image/png");
  addOverride(parts, "xl/worksheets/sheet2.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
  addOverride(parts, "xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml");
  addOverride(parts, "xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
  addRel(parts, "xl/_rels/workbook.xml.rels", "rIdList", `${R}/worksheet`, "worksheets/sheet2.xml");
  edit(parts, "xl/workbook.xml", (x) =>
    x
      .replace("</sheets>", '<sheet name="Danh mục" sheetId="7" r:id="rIdList"/></sheets>')
      .replace(
        "<calcPr",
        `<definedNames><definedName name="ChucVu">'Danh mục'!$A$1:$A$3</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">'Theo dõi'!$A$1:$AC$27</definedName></definedNames><calcPr`,
      ),
  );
}

function customXml(parts: Parts): void {
  put(parts, "customXml/item1.xml", `${DECL}<hoSo xmlns="urn:thi-dua:test"><soHieu>12/KH-UBND</soHieu></hoSo>`);
  put(
    parts,
    "customXml/itemProps1.xml",
    `${DECL}<ds:datastoreItem ds:itemID="{6E1B2C3D-0000-4000-8000-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
  );
  addRel(parts, "customXml/_rels/item1.xml.rels", "rId1", `${R}/customXmlProps`, "itemProps1.xml");
  addOverride(parts, "customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml");
  addRel(parts, "xl/_rels/workbook.xml.rels", "rIdXml", `${R}/customXml`, "../customXml/item1.xml");
}

function vba(parts: Parts): void {
  put(parts, "xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
  addDefault(parts, "bin", "application/vnd.ms-office.vbaProject");
  edit(parts, "[Content_Types].xml", (x) =>
    x.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml"),
  );
  addRel(parts, "xl/_rels/workbook.xml.rels", "rIdVba", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin");
}

/** Sample 01 with every kind of part a copy must keep; `.xlsm` with a VBA project when `macro`. */
export function craftRichWorkbook(macro: boolean): Uint8Array {
  const parts = readZip(path.join(FIXTURES, "01-bang-theo-doi-chuan.xlsx"));
  trackingSheet(parts);
  listSheet(parts);
  customXml(parts);
  if (macro) vba(parts);
  return zip(parts);
}
