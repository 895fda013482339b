// A worksheet part split into its top-level children as text (no DOM: sheetData may be huge and is jumped over),
// so the writer replaces or inserts a child in the schema's order and copies every other child as it was.
import { PackageError } from "./package";

/** ECMA-376 CT_Worksheet: the order of <worksheet>'s children (Excel repairs a file that breaks it). */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export interface Child {
  /** Local name ("mergeCells"), without the prefix. */
  name: string;
  /** The element's text, with the whitespace that followed it. */
  xml: string;
  /** The same as pieces, for a big element (sheetData) never joined into one string: `xml` is then "". */
  chunks?: string[];
}

export interface WorksheetXml {
  /** Everything up to and including the <worksheet …> start tag. */
  head: string;
  children: Child[];
  /** The </worksheet> end tag and what follows. */
  tail: string;
  /** The prefix of the main namespace in this part ("" or "x:"), for the elements the writer adds. */
  prefix: string;
}

/**
 * The index just past the `>` that ends the tag starting at `at` (quoted attribute values may hold `>`); -1 when
 * there is none — or, when `strict`, when an unquoted `<` comes first (the tag is not well-formed).
 */
export function tagEnd(xml: string, at: number, strict = false): number {
  let quote = 0;
  for (let i = at + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
    else if (c === 60 && strict) return -1;
  }
  return -1;
}

const SKIP: [string, string][] = [
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<?", "?>"],
  ["<!", ">"],
];

export function splitWorksheet(xml: string, part: string): WorksheetXml {
  const bad = () => new PackageError(`Phần ${part} của tệp bị hỏng (không đọc được trang tính). Hãy mở tệp trong Excel, lưu lại rồi chạy lại`);
  let pos = 0;
  let depth = 0;
  let head = "";
  let prefix = "";
  const starts: { name: string; at: number }[] = [];
  let closeAt = -1;
  while (closeAt < 0) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) throw bad();
    const skip = SKIP.find(([open]) => xml.startsWith(open, lt));
    if (skip) {
      const end = xml.indexOf(skip[1], lt + skip[0].length);
      if (end < 0) throw bad();
      pos = end + skip[1].length;
      continue;
    }
    const end = tagEnd(xml, lt);
    if (end < 0) throw bad();
    const closing = xml[lt + 1] === "/";
    const qname = /^<\/?([^\s/>]+)/.exec(xml.slice(lt, Math.min(end, lt + 200)))?.[1] ?? "";
    const name = qname.slice(qname.indexOf(":") + 1);
    pos = end;
    if (closing) {
      depth--;
      if (depth === 0) closeAt = lt;
      continue;
    }
    const selfClosing = xml[end - 2] === "/";
    if (depth === 0) {
      if (name !== "worksheet") throw bad();
      prefix = qname.includes(":") ? qname.slice(0, qname.indexOf(":") + 1) : "";
      if (selfClosing) return { head: `${xml.slice(0, end - 2)}>`, children: [], tail: `</${qname}>${xml.slice(end)}`, prefix };
      head = xml.slice(0, end);
      depth = 1;
      continue;
    }
    if (depth === 1) starts.push({ name, at: lt });
    if (selfClosing) continue;
    if (depth === 1 && name === "sheetData") {
      // rows are never parsed here: jump to the end tag
      const close = xml.indexOf(`</${qname}>`, end);
      if (close < 0) throw bad();
      pos = close + qname.length + 3;
      continue;
    }
    depth++;
  }
  const children = starts.map((s, i) => ({ name: s.name, xml: xml.slice(s.at, i + 1 < starts.length ? starts[i + 1].at : closeAt) }));
  // whitespace between the start tag and the first child stays with the head
  if (starts.length) head = xml.slice(0, starts[0].at);
  return { head, children, tail: xml.slice(closeAt), prefix };
}

/** The part's text as pieces in order (a big sheetData stays in its pieces). */
export const worksheetChunks = (ws: WorksheetXml): string[] => [ws.head, ...ws.children.flatMap((c) => c.chunks ?? [c.xml]), ws.tail];

export const joinWorksheet = (ws: WorksheetXml): string => worksheetChunks(ws).join("");

export const childrenOf = (ws: WorksheetXml, name: string): Child[] => ws.children.filter((c) => c.name === name);

/**
 * Put `xml` (a text, or its pieces) in place of the children named `name` (at the first one's place), or insert it in
 * schema order; "" removes them.
 */
export function setChild(ws: WorksheetXml, name: string, xml: string | string[]): void {
  const at = ws.children.findIndex((c) => c.name === name);
  const rest = ws.children.filter((c) => c.name !== name);
  const item: Child[] = typeof xml === "string" ? (xml ? [{ name, xml }] : []) : [{ name, xml: "", chunks: xml }];
  if (at >= 0) {
    const before = ws.children.slice(0, at).filter((c) => c.name !== name);
    ws.children = [...before, ...item, ...rest.slice(before.length)];
    return;
  }
  insertChildren(ws, name, item);
}

/** Insert children after the existing ones of the same name, or before the first child that follows them in the schema. */
export function insertChildren(ws: WorksheetXml, name: string, items: Child[]): void {
  const rank = WORKSHEET_ORDER.indexOf(name);
  let at = ws.children.length;
  for (let i = 0; i < ws.children.length; i++) {
    const r = WORKSHEET_ORDER.indexOf(ws.children[i].name);
    if (r > rank) {
      at = i;
      break;
    }
  }
  ws.children.splice(at, 0, ...items);
}
