// A1 addresses for the fake Excel: parsing "A1", "A1:B2", "A:C", "3:5", "'Theo dõi'!A1" and comma lists, and
// formatting an area the way Office returns `address` ("'Theo dõi'!A1:B2", "Sheet1!C3").
import { MergedArea, colLetter } from "../../src/core/read/snapshot";

export type Area = MergedArea;
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Split "A1:B2, 'a,b'!C3; D4" into its areas (commas or semicolons outside quotes). */
export function splitAddressList(address: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && (ch === "," || ch === ";")) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** One area, optionally prefixed by a sheet name. Throws "InvalidArgument" text for anything else. */
export function parseArea(address: string): { sheet?: string; area: Area } {
  let ref = address.trim();
  let sheet: string | undefined;
  const bang = ref.lastIndexOf("!");
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  ref = ref.replace(/\$/g, "").toUpperCase();
  const [a, b = a] = ref.split(":");
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const col = /^([A-Z]{1,3})$/;
  const row = /^(\d+)$/;
  let area: Area;
  if (cell.test(a) && cell.test(b)) {
    const p = cell.exec(a)!;
    const q = cell.exec(b)!;
    area = box(Number(p[2]), colNumber(p[1]), Number(q[2]), colNumber(q[1]));
  } else if (col.test(a) && col.test(b)) {
    area = box(1, colNumber(a), MAX_ROWS, colNumber(b));
  } else if (row.test(a) && row.test(b)) {
    area = box(Number(a), 1, Number(b), MAX_COLS);
  } else {
    throw new Error(`not an address: ${address}`);
  }
  if (area.top < 1 || area.left < 1 || area.bottom > MAX_ROWS || area.right > MAX_COLS) throw new Error(`out of the grid: ${address}`);
  return { sheet, area };
}

function box(r1: number, c1: number, r2: number, c2: number): Area {
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

export function areaA1(a: Area): string {
  if (a.top === 1 && a.bottom === MAX_ROWS) return `${colLetter(a.left)}:${colLetter(a.right)}`;
  if (a.left === 1 && a.right === MAX_COLS) return `${a.top}:${a.bottom}`;
  const tl = `${colLetter(a.left)}${a.top}`;
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${colLetter(a.right)}${a.bottom}`;
}

/** Sheet names that are not plain letters/digits/underscores are quoted, as Office does. */
export function qualified(sheet: string, a: Area): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${areaA1(a)}`;
}

export const intersects = (a: Area, b: Area): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
export const contains = (outer: Area, r: number, c: number): boolean => r >= outer.top && r <= outer.bottom && c >= outer.left && c <= outer.right;
export const cellCount = (a: Area): number => (a.bottom - a.top + 1) * (a.right - a.left + 1);
