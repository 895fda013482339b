// Crafting and inspecting packages in tests without the code under test: fflate zips, string edits of the XML,
// the worksheet children's schema order (as the acceptance tool checks it), cells as written.
import { unzipSync, zipSync } from "fflate";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export type Parts = Record<string, Uint8Array>;
export const FIXTURES = path.join(__dirname, "..", "fixtures");

export const unzip = (bytes: Uint8Array): Parts => unzipSync(bytes);
export const zip = (parts: Parts): Uint8Array => zipSync(parts, { level: 6 });
export const readZip = (file: string): Parts => unzip(fs.readFileSync(file));
export const text = (parts: Parts, name: string): string => new TextDecoder().decode(parts[name]);
export const put = (parts: Parts, name: string, value: string | Uint8Array): void => {
  parts[name] = typeof value === "string" ? new TextEncoder().encode(value) : value;
};
export const edit = (parts: Parts, name: string, f: (x: string) => string): void => put(parts, name, f(text(parts, name)));
export const fileNames = (parts: Parts): string[] => Object.keys(parts).filter((n) => !n.endsWith("/"));

/** ECMA-376 CT_Worksheet: the order of <worksheet>'s children. */
export const WS_ORDER = [
  ...["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges"],
  ...["scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting"],
  ...["dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks"],
  ...["customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF"],
  ...["picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"],
];

/** The top-level children of <worksheet>, in order. */
export function worksheetChildren(xml: string): string[] {
  const body = xml.slice(xml.indexOf(">", xml.indexOf("<worksheet")) + 1);
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9_]+:)?([A-Za-z0-9_]+)[^>]*?(\/?)>/g)) {
    const [, close, , name, selfClose] = m;
    if (close) {
      depth--;
      continue;
    }
    if (depth === 0) names.push(name);
    if (!selfClose) depth++;
  }
  return names.filter((n) => n !== "worksheet");
}

/** Null when the children are in the schema's order, rows ascend and cells ascend in each row; else what is wrong. */
export function worksheetOrder(xml: string): string | null {
  let last = -1;
  for (const n of worksheetChildren(xml)) {
    const i = WS_ORDER.indexOf(n);
    if (i < 0) return `unknown child <${n}>`;
    if (i < last) return `<${n}> after <${WS_ORDER[last]}>`;
    last = i;
  }
  let prev = 0;
  for (const row of xml.matchAll(/<row\b[^>]*\br="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
    const r = Number(row[1]);
    if (r <= prev) return `row ${r} after row ${prev}`;
    prev = r;
    let col = 0;
    for (const c of row[2].matchAll(/<c\b[^>]*\br="([A-Z]+)\d+"/g)) {
      const n = [...c[1]].reduce((k, ch) => k * 26 + ch.charCodeAt(0) - 64, 0);
      if (n <= col) return `cell ${c[1]}${r} out of order`;
      col = n;
    }
  }
  const merges = /<mergeCells\b[^>]*count="(\d+)"/.exec(xml);
  if (merges && Number(merges[1]) !== (xml.match(/<mergeCell\b/g) ?? []).length) return "mergeCells@count is wrong";
  return null;
}

/** Every cell of a sheet part as written: address → its XML. */
export function cellsOf(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c\b[^>]*\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) out.set(m[1], m[0]);
  return out;
}

/** Insert a child into a worksheet part before the first present child that follows it in the schema. */
export function insertChild(xml: string, name: string, snippet: string): string {
  const later = WS_ORDER.slice(WS_ORDER.indexOf(name) + 1);
  let at = xml.lastIndexOf("</worksheet>");
  for (const l of later) {
    const m = xml.search(new RegExp(`<${l}[\\s/>]`));
    if (m >= 0 && m < at) at = m;
  }
  return xml.slice(0, at) + snippet + xml.slice(at);
}

export function addOverride(parts: Parts, part: string, type: string): void {
  edit(parts, "[Content_Types].xml", (x) => x.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`));
}
export function addDefault(parts: Parts, ext: string, type: string): void {
  edit(parts, "[Content_Types].xml", (x) => x.replace(/(<Types[^>]*>)/, `$1<Default Extension="${ext}" ContentType="${type}"/>`));
}
export function addRel(parts: Parts, relsPart: string, id: string, type: string, target: string, external = false): void {
  const empty = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  if (!parts[relsPart]) put(parts, relsPart, empty);
  const mode = external ? ' TargetMode="External"' : "";
  edit(parts, relsPart, (x) => x.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"${mode}/></Relationships>`));
}

/** A small valid PNG of one colour. */
export function tinyPng(w = 4, h = 4): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.alloc(h * (1 + 3 * w), 200);
  for (let y = 0; y < h; y++) raw[y * (1 + 3 * w)] = 0;
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A minimal workbook package: each sheet's <sheetData> content (and what follows it), shared strings, cell formats. */
export function buildWorkbook(sheets: { name: string; data: string; after?: string }[], opts: { strings?: string[]; xfs?: string } = {}): Parts {
  const parts: Parts = {};
  const ct = sheets.map(
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  put(
    parts,
    "[Content_Types].xml",
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${ct.join("")}</Types>`,
  );
  addRel(parts, "_rels/.rels", "rId1", `${REL_NS}/officeDocument`, "xl/workbook.xml");
  put(
    parts,
    "xl/workbook.xml",
    `${XML_DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
  );
  sheets.forEach((s, i) => {
    addRel(parts, "xl/_rels/workbook.xml.rels", `rId${i + 1}`, `${REL_NS}/worksheet`, `worksheets/sheet${i + 1}.xml`);
    put(
      parts,
      `xl/worksheets/sheet${i + 1}.xml`,
      `${XML_DECL}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${s.data}</sheetData>${s.after ?? ""}</worksheet>`,
    );
  });
  addRel(parts, "xl/_rels/workbook.xml.rels", "rIdS", `${REL_NS}/styles`, "styles.xml");
  addRel(parts, "xl/_rels/workbook.xml.rels", "rIdT", `${REL_NS}/sharedStrings`, "sharedStrings.xml");
  put(
    parts,
    "xl/styles.xml",
    `${XML_DECL}<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs>${opts.xfs ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'}</cellXfs></styleSheet>`,
  );
  const strings = opts.strings ?? [];
  put(
    parts,
    "xl/sharedStrings.xml",
    `${XML_DECL}<sst xmlns="${MAIN_NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.join("")}</sst>`,
  );
  return parts;
}

/** Add a worksheet part (a free sheetN.xml) under `name` at the end of the workbook; returns its part name. */
export function addSheet(parts: Parts, name: string, xml: string): string {
  let n = 1;
  while (parts[`xl/worksheets/sheet${n}.xml`]) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  put(parts, part, xml);
  addOverride(parts, part, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
  addRel(parts, "xl/_rels/workbook.xml.rels", `rIdT${n}`, `${REL_NS}/worksheet`, `worksheets/sheet${n}.xml`);
  edit(parts, "xl/workbook.xml", (x) => {
    const ids = [...x.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
    return x.replace("</sheets>", `<sheet name="${name}" sheetId="${Math.max(0, ...ids) + 1}" r:id="rIdT${n}"/></sheets>`);
  });
  return part;
}

/** Sheet name → part, from workbook.xml and its relationships. */
export function sheetParts(parts: Parts): Map<string, string> {
  const rels = new Map(
    [...text(parts, "xl/_rels/workbook.xml.rels").matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  const out = new Map<string, string>();
  for (const m of text(parts, "xl/workbook.xml").matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const t = rels.get(m[2])!;
    out.set(m[1], t.startsWith("/") ? t.slice(1) : `xl/${t}`);
  }
  return out;
}

export const sheetXml = (rows: string): string =>
  `${XML_DECL}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${rows}</sheetData></worksheet>`;
