// The add-in's highlights as conditional formats in a worksheet part: a rule of ours is a cfRule whose formula
// carries HIGHLIGHT_TAG; removing them leaves the clerk's rules (x14 ones in extLst too) and formats as they were.
import { COLORS, HIGHLIGHT_FORMULAS, HIGHLIGHT_TAG } from "../core/write/plan";
import { Package, readPart, writePart } from "./package";
import { WorksheetXml, childrenOf, insertChildren, joinWorksheet, splitWorksheet, tagEnd } from "./sheetXml";
import { StyleBook, fillDxf } from "./styles";
import { worksheetParts } from "./workbookPart";
import { escapeText, unescapeXml } from "./xml";

/** The cfRule elements of a conditionalFormatting element: where each starts and ends, and whether it is ours. */
function rules(xml: string): { start: number; end: number; ours: boolean }[] {
  const out: { start: number; end: number; ours: boolean }[] = [];
  const re = /<((?:\w+:)?)cfRule[\s>/]/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const te = tagEnd(xml, m.index);
    const close = `</${m[1]}cfRule>`;
    const end = xml[te - 2] === "/" ? te : xml.indexOf(close, te) + close.length;
    const body = xml.slice(te, end);
    const formulas = [...body.matchAll(/<(?:\w+:)?formula>([\s\S]*?)<\/(?:\w+:)?formula>/g)].map((f) => unescapeXml(f[1]));
    out.push({ start: m.index, end, ours: formulas.some((f) => f.includes(HIGHLIGHT_TAG)) });
    re.lastIndex = end;
  }
  return out;
}

/** Remove the add-in's rules from a worksheet; a conditionalFormatting left with no rule goes. Returns how many went. */
export function removeOurRules(ws: WorksheetXml): number {
  let removed = 0;
  ws.children = ws.children.flatMap((c) => {
    if (c.name !== "conditionalFormatting") return [c];
    const list = rules(c.xml);
    const ours = list.filter((r) => r.ours);
    if (ours.length === 0) return [c];
    removed += ours.length;
    if (ours.length === list.length) return [];
    let xml = c.xml;
    for (const r of [...ours].reverse()) xml = xml.slice(0, r.start) + xml.slice(r.end);
    return [{ ...c, xml }];
  });
  return removed;
}

const PRIORITY = /(<(?:\w+:)?cfRule\b[^>]*?\spriority\s*=\s*["'])(\d+)(["'])/g;

/** Make room for `n` rules at the top: the other rules' priorities (main and x14) move down, their order kept. */
function makeRoomAtTop(ws: WorksheetXml, n: number): void {
  const owners = ws.children.filter((c) => c.name === "conditionalFormatting" || c.name === "extLst");
  let min = Infinity;
  for (const c of owners) for (const m of c.xml.matchAll(PRIORITY)) min = Math.min(min, Number(m[2]));
  if (!(min <= n)) return;
  const shift = n + 1 - min;
  for (const c of owners) c.xml = c.xml.replace(PRIORITY, (_, a: string, p: string, b: string) => `${a}${Number(p) + shift}${b}`);
}

/** Add the add-in's two rules (errors on top of shortfalls), each with its fill as a dxf. */
export function addOurRules(ws: WorksheetXml, cells: { shortfall: string[]; error: string[] }, styles: StyleBook): void {
  const p = ws.prefix;
  const made = [
    { cells: cells.error, formula: HIGHLIGHT_FORMULAS.error, fill: COLORS.error },
    { cells: cells.shortfall, formula: HIGHLIGHT_FORMULAS.shortfall, fill: COLORS.shortfall },
  ].filter((x) => x.cells.length > 0);
  if (made.length === 0) return;
  makeRoomAtTop(ws, made.length);
  const items = made.map((x, i) => ({
    name: "conditionalFormatting",
    xml:
      `<${p}conditionalFormatting sqref="${x.cells.join(" ")}"><${p}cfRule type="expression" dxfId="${fillDxf(styles, x.fill)}" priority="${i + 1}">` +
      `<${p}formula>${escapeText(x.formula)}</${p}formula></${p}cfRule></${p}conditionalFormatting>`,
  }));
  insertChildren(ws, "conditionalFormatting", items);
}

/** "Xóa đánh dấu" on a package: the add-in's rules removed from every worksheet. Returns how many went. */
export function clearHighlights(pkg: Package): number {
  let removed = 0;
  for (const [, part] of worksheetParts(pkg)) {
    const xml = readPart(pkg, part)!;
    if (!xml.includes("cfRule")) continue;
    const ws = splitWorksheet(xml, part);
    if (childrenOf(ws, "conditionalFormatting").length === 0) continue;
    const n = removeOurRules(ws);
    if (n === 0) continue;
    removed += n;
    writePart(pkg, part, joinWorksheet(ws));
  }
  return removed;
}
