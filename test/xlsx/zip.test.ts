// The package's zip container (src/xlsx/zip.ts, Node's zlib): an entry nobody edited keeps its very compressed
// bytes, a streamed zip (data descriptors) and non-ASCII part names come through, a damaged entry is the clerk's
// message naming the part — checked with fflate, which the code under test no longer uses for these archives.
import { Zip, ZipDeflate, deflateSync, unzipSync, zipSync } from "fflate";
import { PackageError, openPackage, readPart, savePackage, writePart } from "../../src/xlsx/package";
import { deflateEntries, newEntry, writeZip } from "../../src/xlsx/zip";
import { readWorkbookBytes } from "../../src/xlsx/readPackage";
import { buildWorkbook, text } from "../helpers/package";

const enc = new TextEncoder();
const parts = () =>
  buildWorkbook([{ name: "Theo dõi", data: '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>' }], { strings: ["x"] });

/** Where `needle` starts in `hay`, or -1. */
const indexOf = (hay: Uint8Array, needle: Uint8Array): number => Buffer.from(hay).indexOf(Buffer.from(needle));

test("an entry nobody edited is copied with the compressed bytes it came with; an edited one is deflated again", async () => {
  const p = parts();
  p["docProps/ghi-chu.xml"] = enc.encode("<ghi>" + "Thi đua CCHC ".repeat(500) + "</ghi>");
  const input = zipSync(p, { level: 9 });
  const pkg = openPackage(input);
  writePart(pkg, "xl/worksheets/sheet1.xml", readPart(pkg, "xl/worksheets/sheet1.xml")!.replace("Họ và tên", "Họ và tên (đã sửa)"));
  const out = await savePackage(pkg);
  const level9 = deflateSync(p["docProps/ghi-chu.xml"], { level: 9 });
  expect(indexOf(input, level9)).toBeGreaterThan(0);
  expect(indexOf(out, level9)).toBeGreaterThan(0);
  const back = unzipSync(out);
  expect(Object.keys(back)).toEqual(Object.keys(p));
  expect(text(back, "xl/worksheets/sheet1.xml")).toContain("Họ và tên (đã sửa)");
  expect(Buffer.from(back["docProps/ghi-chu.xml"]).equals(Buffer.from(p["docProps/ghi-chu.xml"]))).toBe(true);
});

test("a zip written as a stream (sizes after the data) and a part with a Vietnamese name come through", async () => {
  const p = parts();
  p["xl/media/ảnh chụp.txt"] = enc.encode("ảnh");
  const chunks: Uint8Array[] = [];
  const z = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  for (const [name, data] of Object.entries(p)) {
    const f = new ZipDeflate(name, { level: 6 });
    z.add(f);
    f.push(data, true);
  }
  z.end();
  const input = Buffer.concat(chunks);
  const { pkg, book } = readWorkbookBytes(input);
  expect(book.sheets[0].values[0][0]).toBe("Họ và tên");
  const back = unzipSync(await savePackage(pkg));
  expect(Object.keys(back).sort()).toEqual(Object.keys(p).sort());
  for (const name of Object.keys(p)) expect(Buffer.from(back[name]).equals(Buffer.from(p[name]))).toBe(true);
});

test("a damaged entry is a PackageError naming the part, not a library's text", () => {
  const p = parts();
  p["xl/worksheets/sheet1.xml"] = enc.encode(
    text(p, "xl/worksheets/sheet1.xml").replace("</sheetData>", "<row r='9'/>".repeat(200) + "</sheetData>"),
  );
  const input = Buffer.from(zipSync(p, { level: 6 }));
  const at = input.indexOf(Buffer.from(deflateSync(p["xl/worksheets/sheet1.xml"], { level: 6 })));
  expect(at).toBeGreaterThan(0);
  input[at + 20] ^= 0xff;
  expect(() => readWorkbookBytes(input)).toThrow(PackageError);
  expect(() => readWorkbookBytes(input)).toThrow(/xl\/worksheets\/sheet1\.xml/);
});

test("a file cut short is the clerk's message about a damaged or half-downloaded file", () => {
  const input = zipSync(parts(), { level: 6 });
  expect(() => openPackage(input.subarray(0, input.length - 30))).toThrow(/bị hỏng hoặc chưa tải về hết/);
});

test("deflated in pieces at once (a big sheet), the parts join into one stream any unzip reads back", async () => {
  const p = parts();
  // about 0.6 MB of varied rows, cut into 64 KB pieces: nine pieces, each on the dictionary of the one before
  const rows = Array.from({ length: 12_000 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${(i * 7919) % 10007}</v></c></row>`).join("");
  p["xl/worksheets/sheet1.xml"] = enc.encode(text(p, "xl/worksheets/sheet1.xml").replace("</sheetData>", `${rows}</sheetData>`));
  const pkg = openPackage(zipSync(p, { level: 6 }));
  writePart(pkg, "xl/worksheets/sheet1.xml", readPart(pkg, "xl/worksheets/sheet1.xml")!);
  const entries = new Map([...pkg.parts].map(([name, e]) => [name, name === "xl/worksheets/sheet1.xml" ? newEntry(p[name]) : e]));
  await deflateEntries(entries, 64 << 10);
  const back = unzipSync(writeZip(entries));
  expect(Buffer.from(back["xl/worksheets/sheet1.xml"]).equals(Buffer.from(p["xl/worksheets/sheet1.xml"]))).toBe(true);
  expect(p["xl/worksheets/sheet1.xml"].length).toBeGreaterThan(8 * (64 << 10));
  // and savePackage (4 MB pieces: one here) writes the same parts
  const whole = unzipSync(await savePackage(pkg));
  expect(Object.keys(whole)).toEqual(Object.keys(p));
  for (const name of Object.keys(p)) expect(Buffer.from(whole[name]).equals(Buffer.from(back[name]))).toBe(true);
});
