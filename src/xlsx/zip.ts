// The zip container of a package, with Node's own zlib doing the deflate (native: about 3× fflate's speed on a
// big sheet, which is most of a large run). Entries stay compressed as they came and are inflated only when a part
// is read; an entry nobody edited is written back with the very bytes, CRC and time it came with (§11). Archives
// this small reader does not take (ZIP64, a method other than stored/deflate) are read through fflate instead.
import zlib from "node:zlib";
import { promisify } from "node:util";
import { unzipSync } from "fflate";

/** One zip entry: its stored (compressed) bytes as they came, and its content once inflated. */
export interface ZipEntry {
  /** Compressed bytes as stored in the input (method 0 or 8); null for a new or edited entry. */
  raw: Uint8Array | null;
  method: number;
  crc: number;
  /** Uncompressed size. */
  size: number;
  /** MS-DOS time and date fields, kept for an entry copied as it came. */
  time: number;
  date: number;
  /** The content, once inflated (or given). */
  data: Uint8Array | null;
}

/** A zip this reader cannot take; the caller turns it into the clerk's message. */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

const u16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

function findEocd(b: Uint8Array): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) if (u32(b, i) === EOCD) return i;
  throw new ZipError("no end of central directory");
}

/** Every entry of the archive by name, in the central directory's order. */
export function readZip(b: Uint8Array): Map<string, ZipEntry> {
  const e = findEocd(b);
  const count = u16(b, e + 10);
  const cdOffset = u32(b, e + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || u32(b, e + 12) === 0xffffffff) return viaFflate(b);
  const out = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL) throw new ZipError("bad central directory");
    const flag = u16(b, p + 8);
    const method = u16(b, p + 10);
    const csize = u32(b, p + 20);
    const size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const local = u32(b, p + 42);
    if (csize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return viaFflate(b);
    if (flag & 1) throw new ZipError("encrypted entry");
    if (method !== 0 && method !== 8) return viaFflate(b);
    const nameBytes = b.subarray(p + 46, p + 46 + nameLen);
    const name = flag & 0x800 ? utf8.decode(nameBytes) : String.fromCharCode(...nameBytes);
    if (local + 30 > b.length || u32(b, local) !== LOCAL) throw new ZipError("bad local header");
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (start + csize > b.length) throw new ZipError("entry past the end");
    out.set(name, {
      raw: b.subarray(start, start + csize),
      method,
      crc: u32(b, p + 16),
      size,
      time: u16(b, p + 12),
      date: u16(b, p + 14),
      data: null,
    });
    p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
  }
  return out;
}

/** The archives the reader above does not take, inflated whole by fflate; written back deflated again. */
function viaFflate(b: Uint8Array): Map<string, ZipEntry> {
  const out = new Map<string, ZipEntry>();
  for (const [name, data] of Object.entries(unzipSync(b))) out.set(name, newEntry(data));
  return out;
}

/** An entry with new content (its CRC and compression are worked out when written). */
export const newEntry = (data: Uint8Array): ZipEntry => ({ raw: null, method: 8, crc: 0, size: data.length, time: 0, date: 0x21, data });

/** The entry's content, inflated and checked against its CRC once. */
export function entryData(entry: ZipEntry): Uint8Array {
  if (entry.data) return entry.data;
  const raw = entry.raw!;
  let data: Uint8Array;
  try {
    data = entry.method === 0 ? raw : zlib.inflateRawSync(raw);
  } catch {
    throw new ZipError("entry does not inflate");
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) throw new ZipError("entry fails its CRC");
  entry.data = data;
  return data;
}

const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of the zip format (zlib's own where this Node has it, ≥ 20.15). */
export function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  let c = -1;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const deflateRaw = promisify(zlib.deflateRaw);
const PIECE = 4 << 20;

/**
 * Deflate every entry that has no stored bytes yet, on zlib's thread pool and a big one in pieces at once (as pigz
 * does: each piece ends on a sync flush and starts with the 32 KB before it as its dictionary, so the pieces join
 * into one deflate stream of the same size); writeZip then copies them. On two cores a 60 MB sheet takes half the time.
 */
export async function deflateEntries(entries: Map<string, ZipEntry>, piece = PIECE): Promise<void> {
  const jobs: Promise<void>[] = [];
  for (const e of entries.values()) {
    if (e.raw) continue;
    const data = e.data ?? new Uint8Array(0);
    const crc = crc32(data);
    if (data.length === 0) {
      Object.assign(e, { raw: data, method: 0, crc, size: 0 });
      continue;
    }
    const pieces: Promise<Buffer>[] = [];
    for (let at = 0; at < data.length; at += piece) {
      const end = Math.min(data.length, at + piece);
      const last = end === data.length;
      const opts: zlib.ZlibOptions = { level: 6, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH };
      if (at > 0) opts.dictionary = data.subarray(Math.max(0, at - 32768), at);
      pieces.push(deflateRaw(data.subarray(at, end), opts));
    }
    jobs.push(
      Promise.all(pieces).then((parts) => {
        Object.assign(e, { raw: parts.length === 1 ? parts[0] : Buffer.concat(parts), method: 8, crc, size: data.length });
      }),
    );
  }
  await Promise.all(jobs);
}

/**
 * The archive: every entry in the given order with its stored bytes — as they came, or as deflateEntries made them.
 * No data descriptors, no extra fields; names in UTF-8.
 */
export function writeZip(entries: Map<string, ZipEntry>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, e] of entries) {
    if (!e.raw) throw new Error(`zip entry ${name} was not deflated (deflateEntries first)`);
    const { raw: body, method, crc, size } = e;
    const nameBytes = encoder.encode(name);
    const flag = /[^\x20-\x7e]/.test(name) ? 0x800 : 0;
    const head = header(30, LOCAL, nameBytes.length);
    const h = new DataView(head.buffer);
    h.setUint16(4, 20, true);
    h.setUint16(6, flag, true);
    h.setUint16(8, method, true);
    h.setUint16(10, e.time, true);
    h.setUint16(12, e.date, true);
    h.setUint32(14, crc, true);
    h.setUint32(18, body.length, true);
    h.setUint32(22, size, true);
    h.setUint16(26, nameBytes.length, true);
    head.set(nameBytes, 30);
    const cd = header(46, CENTRAL, nameBytes.length);
    const c = new DataView(cd.buffer);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, flag, true);
    c.setUint16(10, method, true);
    c.setUint16(12, e.time, true);
    c.setUint16(14, e.date, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, body.length, true);
    c.setUint32(24, size, true);
    c.setUint16(28, nameBytes.length, true);
    c.setUint32(42, offset, true);
    cd.set(nameBytes, 46);
    chunks.push(head, body);
    central.push(cd);
    offset += head.length + body.length;
    if (offset > 0xffffffff || entries.size > 0xfffe) throw new ZipError("too large for a zip without ZIP64");
  }
  const cdSize = central.reduce((n, x) => n + x.length, 0);
  const end = header(22, EOCD, 0);
  const v = new DataView(end.buffer);
  v.setUint16(8, entries.size, true);
  v.setUint16(10, entries.size, true);
  v.setUint32(12, cdSize, true);
  v.setUint32(16, offset, true);
  return Buffer.concat([...chunks, ...central, end]);
}

function header(length: number, signature: number, nameLength: number): Uint8Array {
  const b = new Uint8Array(length + nameLength);
  new DataView(b.buffer).setUint32(0, signature, true);
  return b;
}
