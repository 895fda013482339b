// The summary sheet's chart (ChartPlan) as package parts: a drawing anchored over `size` columns × rows, and a
// clustered column chart of the series against the categories, with caches from the plan's own cells.
import { ChartPlan, SheetPlan } from "../core/write/plan";
import { parseA1 } from "../core/read/snapshot";
import { Package, relativeTarget, writePart } from "./package";
import { CT, REL, addRel, freePartName, setOverrides } from "./relations";
import { quoteSheet } from "./workbookPart";
import { absolute } from "./newSheet";
import { escapeAttr, escapeText } from "./xml";
import { parseRef } from "./cellRefs";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** The plan's values in an A1 range of its own sheet, cell by cell (down a column or along a row). */
function planValues(sp: SheetPlan, ref: string): (string | number | null)[] {
  const a = parseRef(ref);
  if (!a) return [];
  const out: (string | number | null)[] = [];
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(sp.rows[r - 1]?.[c - 1]?.v ?? null);
  return out;
}

function strRef(sheet: string, sp: SheetPlan, ref: string): string {
  const vals = planValues(sp, ref);
  const pts = vals.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${escapeText(String(v))}</c:v></c:pt>`)).join("");
  return `<c:strRef><c:f>${escapeText(`${quoteSheet(sheet)}!${absolute(ref)}`)}</c:f><c:strCache><c:ptCount val="${vals.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(sheet: string, sp: SheetPlan, ref: string): string {
  const vals = planValues(sp, ref);
  const pts = vals.map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return `<c:numRef><c:f>${escapeText(`${quoteSheet(sheet)}!${absolute(ref)}`)}</c:f><c:numCache><c:formatCode>0%</c:formatCode><c:ptCount val="${vals.length}"/>${pts}</c:numCache></c:numRef>`;
}

export function chartXml(sheet: string, sp: SheetPlan, cp: ChartPlan): string {
  const series = cp.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx><c:invertIfNegative val="0"/>` +
        `<c:cat>${strRef(sheet, sp, cp.categories)}</c:cat><c:val>${numRef(sheet, sp, s.values)}</c:val></c:ser>`,
    )
    .join("");
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeText(cp.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const axes =
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `${DECL}<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/><c:chart>${title}` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `${series}<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>${axes}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

export function drawingXml(cp: ChartPlan, chartRelId: string): string {
  const at = parseA1(cp.anchor);
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `${DECL}<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}"><xdr:twoCellAnchor>` +
    marker("from", at.col - 1, at.row - 1) +
    marker("to", at.col - 1 + cp.size.cols, at.row - 1 + cp.size.rows) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeAttr(cp.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C_NS}">` +
    `<c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${chartRelId}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
    `<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

/** Add the chart's drawing and chart parts for the sheet stored in `sheetPart`; returns the sheet's relationship id of the drawing. */
export function addChart(pkg: Package, sheetPart: string, sheetName: string, sp: SheetPlan, cp: ChartPlan): string {
  const drawing = freePartName(pkg, "xl/drawings/drawing#.xml");
  writePart(pkg, drawing, "");
  const chart = freePartName(pkg, "xl/charts/chart#.xml");
  writePart(pkg, chart, chartXml(sheetName, sp, cp));
  const chartRel = addRel(pkg, drawing, REL.chart, relativeTarget(drawing, chart));
  writePart(pkg, drawing, drawingXml(cp, chartRel));
  setOverrides(pkg, { [drawing]: CT.drawing, [chart]: CT.chart });
  return addRel(pkg, sheetPart, REL.drawing, relativeTarget(sheetPart, drawing));
}
