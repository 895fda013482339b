// Cells as XML, and splicing them into a worksheet's <sheetData> as text: only the rows the writer touches are
// parsed; every other row is copied as it was, rows stay ascending and cells ascending within a row.
import { MergedArea, a1, colLetter } from "../core/read/snapshot";
import { refCol } from "./cellRefs";
import { encodeCellText, setTagAttr, tagAttrs } from "./xml";
import { tagEnd } from "./sheetXml";

/** A cell already in the sheet: its column, its style index and its XML (with an `r`). */
export interface CellSlot {
  col: number;
  s: number | null;
  xml: string;
}

/**
 * The XML of the cell to put at (row, col), given the cell there (if any) and the row's own style (when the row
 * is formatted as a whole); `null` leaves the place as it is.
 */
export type MakeCell = (row: number, col: number, existing: CellSlot | null, rowStyle: number | null) => string | null;

export const rangeRef = (m: MergedArea): string =>
  m.top === m.bottom && m.left === m.right ? a1(m.top, m.left) : `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`;

/** A cell's XML: a number, a text as an inline string (never a formula), or no value. */
export function cellXml(p: string, ref: string, s: number, v: string | number | null): string {
  if (v === null || v === "" || (typeof v === "number" && !Number.isFinite(v))) return `<${p}c r="${ref}" s="${s}"/>`;
  if (typeof v === "number") return `<${p}c r="${ref}" s="${s}"><${p}v>${v}</${p}v></${p}c>`;
  return `<${p}c r="${ref}" s="${s}" t="inlineStr"><${p}is><${p}t xml:space="preserve">${encodeCellText(v)}</${p}t></${p}is></${p}c>`;
}

const R_ATTR = /\sr\s*=\s*["'](\d+)["']/;
const CELL_R = /\sr\s*=\s*["']([A-Za-z]+)\d*["']/;
const S_ATTR = /\ss\s*=\s*["'](\d+)["']/;

/**
 * `sheetData` (the whole element) with `make` applied to columns `cols` of rows `rows` (both ascending), as pieces
 * to be written in order (a big sheet is never joined into one more string).
 */
export function spliceSheetData(sheetData: string, rows: number[], cols: number[], make: MakeCell): string[] {
  const openEnd = tagEnd(sheetData, 0);
  const qname = /^<([^\s/>]+)/.exec(sheetData)![1];
  const p = qname.slice(0, qname.indexOf(":") + 1);
  const selfClosing = sheetData[openEnd - 2] === "/";
  const open = selfClosing ? `${sheetData.slice(0, openEnd - 2)}>` : sheetData.slice(0, openEnd);
  const closeAt = selfClosing ? openEnd : sheetData.lastIndexOf(`</${qname}>`);
  const body = selfClosing ? "" : sheetData.slice(openEnd, closeAt);
  const close = selfClosing ? `</${qname}>${sheetData.slice(openEnd)}` : sheetData.slice(closeAt);

  const out: string[] = [open];
  const rowRe = new RegExp(`<${p}row[\\s>/]`, "g");
  const rowClose = `</${p}row>`;
  let pos = 0;
  let prev = 0;
  let wi = 0;
  while (wi < rows.length) {
    rowRe.lastIndex = pos;
    const m = rowRe.exec(body);
    if (!m) break;
    const start = m.index;
    const te = tagEnd(body, start);
    const startTag = body.slice(start, te);
    const self = body[te - 2] === "/";
    const end = self ? te : body.indexOf(rowClose, te) + rowClose.length;
    const r = R_ATTR.exec(startTag);
    const num = r ? Number(r[1]) : prev + 1;
    out.push(body.slice(pos, start));
    while (wi < rows.length && rows[wi] < num) out.push(newRow(p, rows[wi++], cols, make));
    if (wi < rows.length && rows[wi] === num) {
      out.push(rewriteRow(p, num, startTag, self ? "" : body.slice(te, end - rowClose.length), cols, make));
      wi++;
    } else out.push(r ? body.slice(start, end) : setTagAttr(startTag, "r", String(num)) + body.slice(te, end));
    pos = end;
    prev = num;
  }
  out.push(body.slice(pos));
  while (wi < rows.length) out.push(newRow(p, rows[wi++], cols, make));
  out.push(close);
  return out;
}

function newRow(p: string, num: number, cols: number[], make: MakeCell): string {
  const cells = cols.map((c) => make(num, c, null, null)).filter((x): x is string => x !== null);
  return cells.length ? `<${p}row r="${num}">${cells.join("")}</${p}row>` : "";
}

/** The cell whose start tag is at `at` (a first or last `<c`), with its column, when it is a cell that names one. */
function edgeCell(p: string, inner: string, at: number): { at: number; col: number } | null {
  if (at < 0) return null;
  const next = inner.charCodeAt(at + p.length + 2);
  if (next !== 32 && next !== 9 && next !== 10 && next !== 13) return null;
  const letters = CELL_R.exec(inner.slice(at, tagEnd(inner, at)));
  return letters ? { at, col: refCol(letters[1]) } : null;
}

const cellStart = new Map<string, RegExp>();

function rewriteRow(p: string, num: number, startTag: string, inner: string, cols: number[], make: MakeCell): string {
  const a = tagAttrs(startTag);
  const rowStyle = (a.customFormat === "1" || a.customFormat === "true") && a.s !== undefined ? Number(a.s) : null;
  const open = setTagAttr(startTag.replace(/\s*\/>$/, ">"), "r", String(num));
  // the usual row: every cell it has lies left of the block (cells ascend), so they stay as they are and ours follow
  const first = edgeCell(p, inner, inner.indexOf(`<${p}c`));
  const last = edgeCell(p, inner, inner.lastIndexOf(`<${p}c`));
  if (first && last && last.col < cols[0]) {
    let made = "";
    let right = last.col;
    for (const c of cols) {
      const xml = make(num, c, null, rowStyle);
      if (xml !== null) [made, right] = [made + xml, c];
    }
    const te = tagEnd(inner, last.at);
    const cut = inner[te - 2] === "/" ? te : inner.indexOf(`</${p}c>`, te) + p.length + 4;
    const tag = a.spans !== undefined ? setTagAttr(open, "spans", `${first.col}:${right}`) : open;
    return `${tag}${inner.slice(0, cut)}${made}${inner.slice(cut)}</${p}row>`;
  }
  let cellRe = cellStart.get(p);
  if (!cellRe) cellStart.set(p, (cellRe = new RegExp(`<${p}c[\\s>/]`, "g")));
  cellRe.lastIndex = 0;
  const cellClose = `</${p}c>`;
  const cells = new Map<number, CellSlot>();
  let col = 0;
  let rest = 0;
  for (let m = cellRe.exec(inner); m; m = cellRe.exec(inner)) {
    const te = tagEnd(inner, m.index);
    const tag = inner.slice(m.index, te);
    const end = inner[te - 2] === "/" ? te : inner.indexOf(cellClose, te) + cellClose.length;
    const letters = CELL_R.exec(tag);
    col = (letters ? refCol(letters[1]) : 0) || col + 1;
    const s = S_ATTR.exec(tag);
    const xml = letters ? inner.slice(m.index, end) : setTagAttr(tag, "r", `${colLetter(col)}${num}`) + inner.slice(te, end);
    cells.set(col, { col, s: s ? Number(s[1]) : null, xml });
    cellRe.lastIndex = end;
    rest = end;
  }
  for (const c of cols) {
    const made = make(num, c, cells.get(c) ?? null, rowStyle);
    if (made !== null) cells.set(c, { col: c, s: null, xml: made });
  }
  const sorted = [...cells.values()].sort((x, y) => x.col - y.col);
  let tag = open;
  if (a.spans !== undefined && sorted.length) tag = setTagAttr(tag, "spans", `${sorted[0].col}:${sorted[sorted.length - 1].col}`);
  return `${tag}${sorted.map((c) => c.xml).join("")}${inner.slice(rest)}</${p}row>`;
}
