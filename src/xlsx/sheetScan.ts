// The quick path for reading a worksheet or the shared strings: one pass of indexOf over the part's text, for the
// parts Excel, LibreOffice and exceljs write (no DOCTYPE, the five XML entities and character references). Anything
// else it meets — a DOCTYPE, another entity, a tag it cannot close, end tags that do not match — makes it give up
// (null), and the caller reads the part through saxes (sheetReader.ts), which also names a part that is not
// well-formed. Both feed the same handlers (partHandlers.ts); test/xlsx/sheetScan.test.ts holds them to the same
// values on random parts. About 4× faster than saxes on a big sheet.
import { MergedArea } from "../core/read/snapshot";
import { CellSink, PartHandler, sharedStringsHandler, sheetHandler } from "./partHandlers";
import { tagEnd } from "./sheetXml";
import { XmlEntityError, unescapeXml } from "./xml";

class GiveUp extends Error {}

/** Text as an XML parser gives it: line ends normalised, entities and character references resolved (strictly). */
const decodeText = (s: string): string => unescapeXml(s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s, true);

// The start tag being read, and its `r`, `t` and `ref` once asked for (read by hand: this runs for every cell).
let tagXml = "";
let tagFrom = 0;
let tagStop = 0;
let attrsRead = false;
let attrR: string | undefined;
let attrT: string | undefined;
let attrRef: string | undefined;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** The current tag's attributes as `name="value"` pairs (anything else makes the quick path give up). */
function readAttributes(): void {
  attrsRead = true;
  attrR = attrT = attrRef = undefined;
  const xml = tagXml;
  const stop = tagStop;
  let i = tagFrom;
  for (;;) {
    const before = i;
    while (i < stop && isSpace(xml.charCodeAt(i))) i++;
    if (i >= stop) return;
    if (i === before) throw new GiveUp();
    const nameAt = i;
    while (i < stop && xml.charCodeAt(i) !== 61 && !isSpace(xml.charCodeAt(i))) i++;
    const nameEnd = i;
    while (i < stop && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61 || nameEnd === nameAt) throw new GiveUp();
    i++;
    while (i < stop && isSpace(xml.charCodeAt(i))) i++;
    const q = xml.charCodeAt(i);
    if (q !== 34 && q !== 39) throw new GiveUp();
    const close = xml.indexOf(q === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= stop) throw new GiveUp();
    if (nameEnd - nameAt <= 3) {
      const name = xml.slice(nameAt, nameEnd);
      if (name === "r") attrR = decodeText(xml.slice(i + 1, close));
      else if (name === "t") attrT = decodeText(xml.slice(i + 1, close));
      else if (name === "ref") attrRef = decodeText(xml.slice(i + 1, close));
    }
    i = close + 1;
  }
}

/** The current tag's attribute, read on first use (the handlers ask only for r, t and ref). */
function attr(name: string): string | undefined {
  if (!attrsRead) readAttributes();
  return name === "r" ? attrR : name === "t" ? attrT : name === "ref" ? attrRef : undefined;
}

function quick<T>(run: () => T): T | null {
  try {
    return run();
  } catch (e) {
    if (e instanceof GiveUp || e instanceof XmlEntityError) return null;
    throw e;
  } finally {
    tagXml = ""; // the part's text is not held here after the pass
  }
}

/** Cells (to `cell`) and merged areas of a worksheet's text, or null when the quick path gives up. */
export function scanSheet(xml: string, cell: CellSink): MergedArea[] | null {
  return quick(() => {
    const merges: MergedArea[] = [];
    walk(xml, sheetHandler(cell, merges));
    return merges;
  });
}

/** The shared strings table's texts (`_xHHHH_` not yet decoded), or null when the quick path gives up. */
export function scanSharedStrings(xml: string): string[] | null {
  return quick(() => {
    const out: string[] = [];
    walk(xml, sharedStringsHandler(out));
    return out;
  });
}

/** One pass over a part's text: tags matched by name, text decoded where wanted; GiveUp on anything unusual. */
function walk(xml: string, h: PartHandler): void {
  const stack: string[] = [];
  let pos = 0;
  let rooted = false;
  for (;;) {
    const lt = xml.indexOf("<", pos);
    if (h.collecting || stack.length === 0) {
      const text = xml.slice(pos, lt < 0 ? xml.length : lt);
      if (stack.length === 0 && text.trim() !== "") throw new GiveUp();
      if (h.collecting) h.text(decodeText(text));
    }
    if (lt < 0) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) throw new GiveUp();
        pos = end + 3;
        continue;
      }
      if (xml.startsWith("<![CDATA[", lt) && stack.length) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) throw new GiveUp();
        if (h.collecting) h.text(xml.slice(lt + 9, end).replace(/\r\n?/g, "\n"));
        pos = end + 3;
        continue;
      }
      throw new GiveUp(); // DOCTYPE and the like
    }
    if (c1 === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0 || stack.length) throw new GiveUp();
      pos = end + 2;
      continue;
    }
    const end = tagEnd(xml, lt, true);
    if (end < 0) throw new GiveUp();
    pos = end;
    if (c1 === 47 /* / */) {
      const qname = xml.slice(lt + 2, end - 1).trimEnd();
      if (stack.pop() !== qname) throw new GiveUp();
      h.close(qname.slice(qname.indexOf(":") + 1));
      continue;
    }
    let n = lt + 1;
    while (n < end) {
      const c = xml.charCodeAt(n);
      if (isSpace(c) || c === 47 || c === 62) break;
      n++;
    }
    const qname = xml.slice(lt + 1, n);
    if (qname === "") throw new GiveUp();
    const selfClosing = xml.charCodeAt(end - 2) === 47;
    if (stack.length === 0) {
      if (rooted) throw new GiveUp();
      rooted = true;
    }
    const name = qname.slice(qname.indexOf(":") + 1);
    tagXml = xml;
    tagFrom = n;
    tagStop = selfClosing ? end - 2 : end - 1;
    attrsRead = false;
    h.open(name, attr);
    // a self-closing tag is an open and a close, as saxes reports it
    if (selfClosing) h.close(name);
    else stack.push(qname);
  }
  if (stack.length || !rooted) throw new GiveUp();
}
