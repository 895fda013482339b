// An .xlsx/.xlsm package as a map part name → zip entry (zip.ts): opened whole, a part inflated when read, edited
// part by part, written back with the same part names in the same order; a part nobody edited comes out as it came.
import { ZipEntry, ZipError, deflateEntries, entryData, newEntry, readZip, writeZip } from "./zip";
import { XmlSyntaxError, parseXml } from "./xml";
import type { Document } from "@xmldom/xmldom";

/** A file the clerk gave that cannot be read as a workbook; the message is plain Vietnamese, ready to show. */
export class PackageError extends Error {}

export interface Package {
  /** Every zip entry (directories too) by name, in the zip's order. */
  parts: Map<string, ZipEntry>;
  /** Decoded text of parts read or edited, by name; an edited part is encoded again on save. */
  texts: Map<string, string>;
  /** Edited parts kept as pieces of text (a big sheet), encoded piece by piece on save. */
  chunks: Map<string, string[]>;
  edited: Set<string>;
}

const NOT_EXCEL = "Tệp không phải tệp Excel .xlsx/.xlsm";
const BROKEN_ZIP = `${NOT_EXCEL} (tệp nén bị hỏng hoặc chưa tải về hết)`;
const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

export function openPackage(bytes: Uint8Array): Package {
  const sig = bytes.length >= 4 ? (bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3] : 0;
  if (sig === (0xd0cf11e0 | 0))
    throw new PackageError(
      `${NOT_EXCEL} mà là tệp Excel 97-2003 (.xls) hoặc tệp có đặt mật khẩu: hãy mở trong Excel, bỏ mật khẩu nếu có, rồi lưu thành .xlsx`,
    );
  if (sig !== 0x504b0304 && sig !== 0x504b0506) throw new PackageError(NOT_EXCEL);
  let parts: Map<string, ZipEntry>;
  try {
    parts = readZip(bytes);
  } catch {
    throw new PackageError(BROKEN_ZIP);
  }
  const pkg: Package = { parts, texts: new Map(), chunks: new Map(), edited: new Set() };
  if (!pkg.parts.has("[Content_Types].xml") || !findPart(pkg, workbookPartName(pkg)))
    throw new PackageError(`${NOT_EXCEL} (không có phần bảng tính xl/workbook.xml)`);
  return pkg;
}

/**
 * The zip again: every entry under its name, the others as they came, edited parts encoded as UTF-8 and deflated on
 * zlib's thread pool (a big sheet in pieces at once).
 */
export async function savePackage(pkg: Package): Promise<Uint8Array> {
  const entries = savedEntries(pkg);
  await deflateEntries(entries);
  try {
    return writeZip(entries);
  } catch (e) {
    if (e instanceof ZipError) throw new PackageError("Bảng đã chấm quá lớn để ghi thành một tệp .xlsx");
    throw e;
  }
}

function savedEntries(pkg: Package): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  for (const [name, entry] of pkg.parts) entries.set(name, pkg.edited.has(name) ? newEntry(encodePart(pkg, name)) : entry);
  return entries;
}

/** An edited part as UTF-8: its text, or its pieces written one after another into a buffer of the exact size. */
function encodePart(pkg: Package, name: string): Uint8Array {
  const chunks = pkg.chunks.get(name);
  if (!chunks) return encoder.encode(pkg.texts.get(name)!);
  let size = 0;
  for (const c of chunks) size += Buffer.byteLength(c, "utf8");
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (const c of chunks) at += out.write(c, at, "utf8");
  return out;
}

/** A part's bytes (inflated on first use); a part whose compressed data is damaged is a PackageError naming it. */
function partBytes(pkg: Package, name: string): Uint8Array {
  try {
    return entryData(pkg.parts.get(name)!);
  } catch (e) {
    if (e instanceof ZipError) throw new PackageError(`${BROKEN_ZIP}: phần ${name} không giải nén được`);
    throw e;
  }
}

/** The entry name of a part, matched without regard to case (OOXML part names are case-insensitive). */
export function findPart(pkg: Package, name: string): string | null {
  if (pkg.parts.has(name)) return name;
  const want = name.toLowerCase();
  for (const k of pkg.parts.keys()) if (k.toLowerCase() === want) return k;
  return null;
}

export function readPart(pkg: Package, name: string): string | null {
  const key = findPart(pkg, name);
  if (key === null) return null;
  let text = pkg.texts.get(key);
  const chunks = pkg.chunks.get(key);
  if (chunks) {
    text = chunks.join("");
    pkg.chunks.delete(key);
    pkg.texts.set(key, text);
  }
  if (text === undefined) {
    text = decoder.decode(partBytes(pkg, key));
    pkg.texts.set(key, text);
  }
  return text;
}

/** A part's new text (or its pieces, in order, for a big sheet). */
export function writePart(pkg: Package, name: string, text: string | string[]): void {
  const key = findPart(pkg, name) ?? name;
  if (!pkg.parts.has(key)) pkg.parts.set(key, newEntry(new Uint8Array(0)));
  if (typeof text === "string") {
    pkg.texts.set(key, text);
    pkg.chunks.delete(key);
  } else {
    pkg.chunks.set(key, text);
    pkg.texts.delete(key);
  }
  pkg.edited.add(key);
}

export function removePart(pkg: Package, name: string): void {
  const key = findPart(pkg, name);
  if (key === null) return;
  pkg.parts.delete(key);
  pkg.texts.delete(key);
  pkg.chunks.delete(key);
  pkg.edited.delete(key);
}

/** A part's DOM; a part that is not well-formed XML is a PackageError naming it. */
export function readXmlPart(pkg: Package, name: string): Document | null {
  const text = readPart(pkg, name);
  if (text === null) return null;
  try {
    return parseXml(text);
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw corruptPart(name);
    throw e;
  }
}

export const corruptPart = (name: string): PackageError =>
  new PackageError(`Phần ${name} của tệp bị hỏng (nội dung XML không đọc được). Hãy mở tệp trong Excel, lưu lại rồi chạy lại`);

/** "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml"; "_rels/.rels" for the package itself (""). */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship target as a part name ("../drawings/d1.xml" from "xl/worksheets/sheet1.xml" → "xl/drawings/d1.xml"). */
export function resolveTarget(from: string, target: string): string {
  const clean = decodeURI(target.split("#")[0]);
  if (clean.startsWith("/")) return clean.slice(1);
  const base = from.split("/").slice(0, -1);
  for (const seg of clean.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** A relative target from part `from` to part `to` ("xl/worksheets/sheet1.xml" → "xl/drawings/d1.xml": "../drawings/d1.xml"). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
/** The main workbook part, from the package's relationships (xl/workbook.xml when they do not say). */
export function workbookPartName(pkg: Package): string {
  const rels = readPart(pkg, "_rels/.rels");
  const m = rels ? [...rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((x) => x[0]).find((t) => OFFICE_DOCUMENT.test(attr(t, "Type"))) : null;
  return m ? resolveTarget("", attr(m, "Target")) : "xl/workbook.xml";
}
const attr = (tag: string, name: string): string => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1] ?? "";
