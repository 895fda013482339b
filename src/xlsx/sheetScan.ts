// The quick path for reading a worksheet part: one pass of indexOf over its text, for the parts Excel, LibreOffice
// and exceljs write (no DOCTYPE, the five XML entities and character references). Anything else it meets — a
// DOCTYPE, another entity, a tag it cannot close, end tags that do not match — makes it give up (null), and the
// caller reads the part through saxes (sheetReader.ts), which also names a part that is not well-formed. Same
// results as the saxes reader (test/xlsx/sheetScan.test.ts compares them); about 4× faster on a big sheet.
import { MergedArea } from "../core/read/snapshot";

/** Called for each cell with a value, in document order. */
export type CellSink = (row: number, col: number, type: string, v: string | null, inline: string | null) => void;

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9A-Fa-f]+));|&/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
class GiveUp extends Error {}

/** Entities and character references resolved, line ends normalised as an XML parser does. */
function decodeText(s: string): string {
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (!s.includes("&")) return s;
  return s.replace(ENTITY, (m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return NAMED[name];
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : NaN;
    if (!Number.isInteger(code) || code > 0x10ffff) throw new GiveUp();
    return String.fromCodePoint(code);
  });
}

/** The `r`, `t` and `ref` attributes of the last start tag read by `readAttributes` (null when absent). */
let attrR: string | null = null;
let attrT: string | null = null;
let attrRef: string | null = null;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The attributes of the start tag `xml[from, end)` (after its name; `end` just past its `>`), read by hand — this
 * runs for every cell — keeping r, t and ref; anything that is not `name="value"` pairs makes the quick path give up.
 */
function readAttributes(xml: string, from: number, end: number): void {
  attrR = attrT = attrRef = null;
  let i = from;
  const stop = xml.charCodeAt(end - 2) === 47 ? end - 2 : end - 1;
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
    const len = nameEnd - nameAt;
    if (len <= 3) {
      const name = xml.slice(nameAt, nameEnd);
      if (name === "r" || name === "t" || name === "ref") {
        const value = decodeText(xml.slice(i + 1, close));
        if (name === "r") attrR = value;
        else if (name === "t") attrT = value;
        else attrRef = value;
      }
    }
    i = close + 1;
  }
}

/** The index just past the `>` ending the tag at `at` (quoted values may hold `>`); -1 when there is none. */
function tagEnd(xml: string, at: number): number {
  let quote = 0;
  for (let i = at + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
    else if (c === 60) return -1;
  }
  return -1;
}

/** What a walk over a part's text reports; `collecting` says whether the text at this point is wanted. */
interface Walker {
  collecting: boolean;
  text(t: string): void;
  /** A start tag: its local name, the span of its attributes (`readAttributes(xml, at, end)` reads them). */
  open(name: string, xml: string, at: number, end: number, selfClosing: boolean): void;
  close(name: string): void;
}

function quick<T>(run: () => T): T | null {
  try {
    return run();
  } catch (e) {
    if (e instanceof GiveUp) return null;
    throw e;
  }
}

/**
 * Cells and merged areas of a worksheet's text, or null when the quick path gives up. `cell` receives each cell as
 * sheetReader's handlers see it (type, raw `<v>` text decoded, inline text joined).
 */
export function scanSheet(xml: string, cell: CellSink): MergedArea[] | null {
  return quick(() => {
    const merges: MergedArea[] = [];
    let inData = false;
    let row = 0;
    let col = 0;
    let type = "n";
    let v: string | null = null;
    let inline: string | null = null;
    let into: "v" | "t" | null = null;
    let phonetic = 0;
    const w: Walker = {
      collecting: false,
      text(t) {
        if (into === "v") v += t;
        else inline += t;
      },
      open(name, xml, at, end, selfClosing) {
        if (!inData) {
          if (name === "sheetData" && !selfClosing) inData = true;
          else if (name === "mergeCell") {
            readAttributes(xml, at, end);
            const area = attrRef ? parseArea(attrRef) : null;
            if (area) merges.push(area);
          }
          return;
        }
        switch (name) {
          case "row":
            readAttributes(xml, at, end);
            row = attrR ? Number(attrR) : row + 1;
            col = 0;
            break;
          case "c":
            readAttributes(xml, at, end);
            col = (attrR ? refCol(attrR) : 0) || col + 1;
            type = attrT ?? "n";
            v = null;
            inline = null;
            if (selfClosing) cell(row, col, type, v, inline);
            break;
          case "v":
            v = "";
            if (!selfClosing) into = "v";
            break;
          case "rPh":
            if (!selfClosing) phonetic++;
            break;
          case "t":
            if (phonetic === 0) {
              inline ??= "";
              if (!selfClosing) into = "t";
            }
            break;
        }
        w.collecting = into !== null;
      },
      close(name) {
        if (!inData) return;
        if (name === "v" || name === "t") into = null;
        else if (name === "rPh") phonetic--;
        else if (name === "sheetData") inData = false;
        else if (name === "c") cell(row, col, type, v, inline);
        w.collecting = into !== null;
      },
    };
    walk(xml, w);
    return merges;
  });
}

/** The shared strings table's texts (rich text runs joined, phonetic guides left out, `_xHHHH_` not yet decoded). */
export function scanSharedStrings(xml: string): string[] | null {
  return quick(() => {
    const out: string[] = [];
    let cur: string | null = null;
    let phonetic = 0;
    const w: Walker = {
      collecting: false,
      text(t) {
        cur += t;
      },
      open(name, _xml, _at, _end, selfClosing) {
        if (name === "si") cur = selfClosing ? null : "";
        else if (name === "rPh") phonetic += selfClosing ? 0 : 1;
        else if (name === "t" && phonetic === 0 && !selfClosing && cur !== null) w.collecting = true;
        if (name === "si" && selfClosing) out.push("");
      },
      close(name) {
        if (name === "t") w.collecting = false;
        else if (name === "rPh") phonetic--;
        else if (name === "si") {
          out.push(cur ?? "");
          cur = null;
        }
      },
    };
    walk(xml, w);
    return out;
  });
}

/** One pass over a part's text: tags matched by name, text decoded where wanted; GiveUp on anything unusual. */
function walk(xml: string, w: Walker): void {
  const stack: string[] = [];
  let pos = 0;
  let rooted = false;
  for (;;) {
    const lt = xml.indexOf("<", pos);
    if (w.collecting || stack.length === 0) {
      const text = xml.slice(pos, lt < 0 ? xml.length : lt);
      if (w.collecting) w.text(decodeText(text));
      else if (text.trim() !== "") throw new GiveUp();
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
        if (w.collecting) w.text(xml.slice(lt + 9, end).replace(/\r\n?/g, "\n"));
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
    const end = tagEnd(xml, lt);
    if (end < 0) throw new GiveUp();
    pos = end;
    if (c1 === 47 /* / */) {
      const qname = xml.slice(lt + 2, end - 1).trimEnd();
      if (stack.pop() !== qname) throw new GiveUp();
      w.close(qname.slice(qname.indexOf(":") + 1));
      continue;
    }
    let n = lt + 1;
    while (n < end) {
      const c = xml.charCodeAt(n);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
      n++;
    }
    const qname = xml.slice(lt + 1, n);
    if (qname === "") throw new GiveUp();
    const selfClosing = xml.charCodeAt(end - 2) === 47;
    if (stack.length === 0) {
      if (rooted) throw new GiveUp();
      rooted = true;
    }
    if (!selfClosing) stack.push(qname);
    w.open(qname.slice(qname.indexOf(":") + 1), xml, n, end, selfClosing);
  }
  if (stack.length || !rooted) throw new GiveUp();
}

// (kept here, not imported, so the quick path has no cycle with sheetReader.ts, which falls back to saxes)
function refCol(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return col;
}

const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
function parseArea(ref: string): MergedArea | null {
  const [a, b = a] = ref.split(":");
  const p = CELL_REF.exec(a);
  const q = CELL_REF.exec(b);
  if (!p || !q) return null;
  const [r1, c1, r2, c2] = [Number(p[2]), refCol(p[1]), Number(q[2]), refCol(q[1])];
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}
