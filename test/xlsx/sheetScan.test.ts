// The quick path for reading a sheet (sheetScan.ts) against the saxes reader it stands in for: on random sheets with
// every cell form the readers know (shared, inline and rich text, phonetic guides, entities, CDATA, comments, prefixes,
// CR LF, cells without `r`), both give the same values and merged areas (both feed partHandlers.ts: this holds the
// two tokenizers to each other); what it does not take, it hands back.
import fc from "fast-check";
import { readSharedStrings, readSheetValues } from "../../src/xlsx/sheetReader";
import { scanSharedStrings, scanSheet } from "../../src/xlsx/sheetScan";
import { XmlEntityError, unescapeXml } from "../../src/xlsx/xml";

const STRINGS = ["Họ và tên", "Nguyễn Thị Lan", "a & b", "x_x000D_y"];

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const textArb = fc.oneof(
  fc.constantFrom("Trần Văn Hải", "<tag> & \"q\" 'a'", "dòng 1\r\ndòng 2", "x_x0041_y", "  cách  ", "😀 ký tự"),
  // eslint-disable-next-line no-control-regex
  fc.string({ maxLength: 12 }).filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF\r]/.test(s)),
);

/** One cell's XML (with prefix p), its column given or left implicit. */
const cellArb = (p: string) =>
  fc.tuple(
    fc.boolean(),
    fc.oneof(
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => `<${p}v>${n}</${p}v>`),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => `<${p}v>${n}</${p}v>`),
      fc.nat({ max: STRINGS.length - 1 }).map((i) => ["s", `<${p}v>${i}</${p}v>`]),
      textArb.map((t) => ["inlineStr", `<${p}is><${p}t xml:space="preserve">${esc(t)}</${p}t></${p}is>`]),
      fc
        .tuple(textArb, textArb)
        .map(([a, b]) => [
          "inlineStr",
          `<${p}is><${p}r><${p}rPr><${p}color rgb="FF0000"/></${p}rPr><${p}t>${esc(a)}</${p}t></${p}r><${p}r><${p}t>${esc(b)}</${p}t></${p}r><${p}rPh sb="0" eb="1"><${p}t>phát âm</${p}t></${p}rPh></${p}is>`,
        ]),
      textArb.map((t) => ["str", `<${p}f>A1&amp;"x"</${p}f><${p}v>${esc(t)}</${p}v>`]),
      textArb.map((t) => ["str", `<${p}v><![CDATA[${t.replace(/]]>/g, "")}]]></${p}v>`]),
      fc.constantFrom(
        ["b", `<${p}v>1</${p}v>`],
        ["e", `<${p}v>#DIV/0!</${p}v>`],
        ["d", `<${p}v>2025-12-20T00:00:00</${p}v>`],
        ["n", ""],
        ["n", `<${p}v/>`],
      ),
      fc.constant(["n", "<!-- ghi chú -->"]),
    ),
  );

const sheetArb = fc
  .tuple(
    fc.constantFrom("", "x:"),
    fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.array(cellArb(""), { maxLength: 6 })), { maxLength: 12 }),
    fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 6 }), fc.nat(2), fc.nat(2)), { maxLength: 3 }),
  )
  .map(([p, rows, merges]) => {
    let r = 0;
    const rowXml = rows.map(([gap, named, cells]) => {
      r += gap;
      let c = 0;
      const cs = cells.map(([withRef, cell]) => {
        c += 1;
        const [t, inner] = typeof cell === "string" ? ["n", cell] : cell;
        const body = inner.replace(/<(\/?)(?!!)/g, `<$1${p}`).replace(new RegExp(`<(/?)${p}${p}`, "g"), `<$1${p}`);
        const ref = withRef ? ` r="${String.fromCharCode(64 + c)}${r}"` : "";
        return body ? `<${p}c${ref} t="${t}">${body}</${p}c>` : `<${p}c${ref} s="1"/>`;
      });
      return `<${p}row${named ? ` r="${r}"` : ""}>${cs.join("")}</${p}row>`;
    });
    const m = merges.map(
      ([top, left, h, w]) => `<${p}mergeCell ref="${String.fromCharCode(64 + left)}${top}:${String.fromCharCode(64 + left + w)}${top + h}"/>`,
    );
    const ns = p
      ? ` xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
      : ` xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
    return (
      `\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<${p}worksheet${ns}><${p}sheetData>${rowXml.join("\r\n")}</${p}sheetData>` +
      (m.length ? `<${p}mergeCells count="${m.length}">${m.join("")}</${p}mergeCells>` : "") +
      `</${p}worksheet>`
    );
  });

test("the quick path gives the saxes reader's values and merged areas on random sheets, and takes them all", () => {
  fc.assert(
    fc.property(sheetArb, (xml) => {
      const text = xml.replace(/^\uFEFF/, "");
      expect(scanSheet(text, () => undefined)).not.toBeNull();
      expect(readSheetValues(text, "xl/worksheets/sheet1.xml", STRINGS)).toEqual(
        readSheetValues(text, "xl/worksheets/sheet1.xml", STRINGS, { quick: false }),
      );
    }),
    { numRuns: 300, seed: 20251220 },
  );
});

test.each([
  [
    "a DOCTYPE",
    '<!DOCTYPE x [<!ENTITY e "Lan">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>',
  ],
  [
    "an entity XML does not define",
    '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row></sheetData></worksheet>',
  ],
  ["end tags that do not match", '<worksheet><sheetData><row r="1"><c r="A1"><v>1</c></v></row></sheetData></worksheet>'],
  ["a part cut short", '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>'],
  ["a second root", "<worksheet/><worksheet/>"],
  ["a tag that never closes", '<worksheet><sheetData><row r="1"><c r="A1" t="s"<v>1</v></c></row></sheetData></worksheet>'],
])("%s: the quick path gives up (the saxes reader decides)", (_, xml) => {
  expect(scanSheet(xml, () => undefined)).toBeNull();
});

const siArb = fc.oneof(
  textArb.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`),
  fc
    .tuple(textArb, textArb)
    .map(
      ([a, b]) => `<si><r><rPr><b/></rPr><t>${esc(a)}</t></r><r><t>${esc(b)}</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh><phoneticPr fontId="1"/></si>`,
    ),
  fc.constantFrom("<si/>", "<si><t/></si>", "<si><t><![CDATA[a < b\r\nc]]></t></si>", "<!-- ghi chú --><si><t>x_x0041_</t></si>"),
);

test("the quick path reads the shared strings as the saxes reader does, and takes them all", () => {
  fc.assert(
    fc.property(fc.array(siArb, { maxLength: 15 }), fc.constantFrom("", "x:"), (sis, p) => {
      const body = sis.map((x) => x.replace(/<(\/?)(?![!])/g, `<$1${p}`)).join("\r\n");
      const ns = p
        ? ' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        : ' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
      const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}sst${ns} count="${sis.length}">${body}</${p}sst>`;
      expect(scanSharedStrings(xml)).not.toBeNull();
      expect(readSharedStrings(xml, "xl/sharedStrings.xml")).toEqual(readSharedStrings(xml, "xl/sharedStrings.xml", { quick: false }));
    }),
    { numRuns: 300, seed: 20251220 },
  );
});

test("unescapeXml: lenient keeps what it cannot resolve (never throws on a clerk's text), strict refuses it", () => {
  expect(unescapeXml("a &amp; b &lt;c&gt; &#7845; &#x1EA5; &quot;&apos;")).toBe("a & b <c> ấ ấ \"'");
  expect(unescapeXml("&nbsp; & &#99999999; &#0;")).toBe("&nbsp; & &#99999999; &#0;");
  for (const bad of ["&nbsp;", "a & b", "&#99999999;", "&#0;"]) expect(() => unescapeXml(bad, true)).toThrow(XmlEntityError);
  expect(unescapeXml("&#x1EA5;&amp;", true)).toBe("ấ&");
});
