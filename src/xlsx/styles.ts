// xl/styles.xml as a book the writer adds formats to: number formats, fonts, fills, borders, cell formats (xf) and
// the differential formats (dxf) of conditional formatting. Existing entries are never renumbered; an entry equal
// to one already there is reused, so a re-run adds nothing.
import { Document, Element } from "@xmldom/xmldom";
import { Package, findPart, readXmlPart, relativeTarget, writePart } from "./package";
import { CT, REL, addRel, readRels, setOverrides } from "./relations";
import { workbookDoc } from "./workbookPart";
import { childrenNamed, firstChild, insertInOrder, parseXml, serializeXml } from "./xml";

export interface FontSpec {
  name: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  /** Single underline (the national motto). */
  underline?: boolean;
}

export interface XfChange {
  numFmt?: string;
  font?: FontSpec;
  /** ARGB of a solid fill. */
  fill?: string;
  /** Thin borders on all four sides. */
  border?: boolean;
  align?: { horizontal?: string; vertical?: string; wrap?: boolean };
}

export interface StyleBook {
  part: string;
  doc: Document;
  root: Element;
  /** Per collection: an entry's XML → its index. */
  keys: Map<string, Map<string, number>>;
  /** deriveXf's answers by base and change. */
  derived: Map<string, number>;
  changed: boolean;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
const CHILD: Record<string, string> = { fonts: "font", fills: "fill", borders: "border", cellXfs: "xf", dxfs: "dxf" };
const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };
const MINIMAL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The workbook's styles (a minimal styles part is made when it has none). */
export function openStyles(pkg: Package): StyleBook {
  const wb = workbookDoc(pkg).part;
  let part = readRels(pkg, wb).find((r) => r.type.endsWith("/styles"))?.part ?? null;
  if (!part || !findPart(pkg, part)) {
    part = "xl/styles.xml";
    writePart(pkg, part, MINIMAL);
    addRel(pkg, wb, REL.styles, relativeTarget(wb, part));
    setOverrides(pkg, { [part]: CT.styles });
  }
  const doc = readXmlPart(pkg, part)!;
  return { part: findPart(pkg, part)!, doc, root: doc.documentElement!, keys: new Map(), derived: new Map(), changed: false };
}

export function saveStyles(pkg: Package, book: StyleBook): void {
  if (book.changed) writePart(pkg, book.part, serializeXml(book.doc));
}

function container(book: StyleBook, name: string): Element {
  return firstChild(book.root, name) ?? insertInOrder(book.root, name, ORDER);
}

/** The index of an entry equal to `xml` in a collection, appended when there is none. */
function ensure(book: StyleBook, collection: string, el: Element): number {
  const box = container(book, collection);
  let keys = book.keys.get(collection);
  if (!keys) {
    keys = new Map();
    childrenNamed(box, CHILD[collection]).forEach((e, i) => {
      const k = serializeXml(e);
      if (!keys!.has(k)) keys!.set(k, i);
    });
    book.keys.set(collection, keys);
  }
  const k = serializeXml(el);
  const found = keys.get(k);
  if (found !== undefined) return found;
  box.appendChild(el);
  const index = childrenNamed(box, CHILD[collection]).length - 1;
  box.setAttribute("count", String(index + 1));
  keys.set(k, index);
  book.changed = true;
  return index;
}

/** An element from a snippet written in the main namespace, owned by the styles document. */
function fragment(book: StyleBook, xml: string): Element {
  const el = parseXml(`<x xmlns="${MAIN}">${xml}</x>`).documentElement!.firstChild as Element;
  return book.doc.importNode(el, true) as Element;
}

function numFmtId(book: StyleBook, code: string): number {
  if (BUILTIN_FORMATS[code] !== undefined) return BUILTIN_FORMATS[code];
  const box = container(book, "numFmts");
  const all = childrenNamed(box, "numFmt");
  const hit = all.find((e) => e.getAttribute("formatCode") === code);
  if (hit) return Number(hit.getAttribute("numFmtId"));
  const id = Math.max(163, ...all.map((e) => Number(e.getAttribute("numFmtId")) || 0)) + 1;
  const el = fragment(book, `<numFmt numFmtId="${id}" formatCode=""/>`);
  el.setAttribute("formatCode", code);
  box.appendChild(el);
  box.setAttribute("count", String(all.length + 1));
  book.changed = true;
  return id;
}

const fontXml = (f: FontSpec): string =>
  `<font>${f.bold ? "<b/>" : ""}${f.italic ? "<i/>" : ""}${f.underline ? "<u/>" : ""}<sz val="${f.size}"/><name val="${f.name.replace(/[<>&"]/g, "")}"/></font>`;
const solidFill = (argb: string, bg = '<bgColor indexed="64"/>'): string =>
  `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/>${bg}</patternFill></fill>`;
const THIN = ["left", "right", "top", "bottom"].map((s) => `<${s} style="thin"><color indexed="64"/></${s}>`).join("");

/** A cell format: the one at `base` with the changes made (base out of range: the default one). */
export function deriveXf(book: StyleBook, base: number, change: XfChange): number {
  const memo = `${base}|${JSON.stringify(change)}`;
  let index = book.derived.get(memo);
  if (index === undefined) book.derived.set(memo, (index = makeXf(book, base, change)));
  return index;
}

function makeXf(book: StyleBook, base: number, change: XfChange): number {
  const xfs = childrenNamed(container(book, "cellXfs"), "xf");
  const from = xfs[base] ?? xfs[0];
  const xf = from ? (from.cloneNode(true) as Element) : fragment(book, `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
  const set = (attr: string, flag: string, v: number) => {
    xf.setAttribute(attr, String(v));
    xf.setAttribute(flag, "1");
  };
  if (change.numFmt !== undefined) set("numFmtId", "applyNumberFormat", numFmtId(book, change.numFmt));
  if (change.font) set("fontId", "applyFont", ensure(book, "fonts", fragment(book, fontXml(change.font))));
  if (change.fill) set("fillId", "applyFill", ensure(book, "fills", fragment(book, solidFill(change.fill))));
  if (change.border) set("borderId", "applyBorder", ensure(book, "borders", fragment(book, `<border>${THIN}<diagonal/></border>`)));
  if (change.align) {
    const old = firstChild(xf, "alignment");
    const a = fragment(book, "<alignment/>");
    if (change.align.horizontal) a.setAttribute("horizontal", change.align.horizontal);
    if (change.align.vertical) a.setAttribute("vertical", change.align.vertical);
    if (change.align.wrap) a.setAttribute("wrapText", "1");
    if (old) xf.replaceChild(a, old);
    else xf.insertBefore(a, xf.firstChild);
    xf.setAttribute("applyAlignment", "1");
  }
  return ensure(book, "cellXfs", xf);
}

/** A differential format with a solid fill (for a conditional format's rule). */
export const fillDxf = (book: StyleBook, argb: string): number =>
  ensure(book, "dxfs", fragment(book, `<dxf>${solidFill(argb, `<bgColor rgb="${argb}"/>`)}</dxf>`));
