// The issuing unit (§10): read from the tracking sheet's heading ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "UBND phường An
// Hòa", or "Ủy ban nhân dân" over "XÃ TÂN LẬP"), else the clerk's settings, else the catalog; and the words that name it.
import { Catalog, UNIT_KINDS } from "../catalog";
import { SheetSnapshot, cellAt } from "./snapshot";
import { fold } from "./text";

export { UNIT_KINDS };
export type UnitKind = (typeof UNIT_KINDS)[number];
export interface UnitName {
  kind: UnitKind;
  name: string;
}
export interface Unit extends UnitName {
  source: "sheet" | "settings" | "catalog";
}

const KIND_WORDS: { words: string[]; kind: UnitKind }[] = [
  { words: ["xa"], kind: "xã" },
  { words: ["phuong"], kind: "phường" },
  { words: ["dac", "khu"], kind: "đặc khu" },
];
const HEAD_WORDS = [["uy", "ban", "nhan", "dan"], ["ubnd"]];

/** Words of a text (line breaks and runs of spaces are one space), each with its folded form (§7: no punctuation). */
function words(text: string): { raw: string; key: string }[] {
  return text
    .normalize("NFC")
    .split(/[\s\u00a0\u202f]+/)
    .map((raw) => ({ raw, key: fold(raw).replace(/[^a-z0-9]+/g, "") }))
    .filter((w) => w.key !== "" || /\S/.test(w.raw));
}

const startsWith = (ws: { key: string }[], at: number, seq: string[]): boolean => seq.every((k, i) => ws[at + i]?.key === k);

/** "TÂN LẬP" → "Tân Lập" when written all in capitals; otherwise the words as written. */
function nameCase(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, "");
  if (!letters || letters !== letters.toLocaleUpperCase("vi")) return name;
  return name
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => (w ? w.charAt(0).toLocaleUpperCase("vi") + w.slice(1) : w))
    .join(" ");
}

/** A text naming a unit: "Ủy ban nhân dân" / "UBND", then xã / phường / đặc khu, then at least one word of name. */
export function parseUnitText(text: string): UnitName | null {
  const ws = words(text);
  const head = HEAD_WORDS.find((seq) => startsWith(ws, 0, seq));
  if (!head) return null;
  const kind = KIND_WORDS.find((k) => startsWith(ws, head.length, k.words));
  if (!kind) return null;
  const rest = ws
    .slice(head.length + kind.words.length)
    .map((w) => w.raw)
    .join(" ")
    .replace(/^[\s\-–—:,.]+|[\s\-–—:,.;]+$/g, "");
  if (!rest || !/\p{L}/u.test(rest)) return null;
  return { kind: kind.kind, name: nameCase(rest) };
}

const isHeadOnly = (text: string): boolean => {
  const ws = words(text);
  return HEAD_WORDS.some((seq) => seq.length === ws.length && startsWith(ws, 0, seq));
};

/** The unit named in a sheet's heading (rows above `headerTop`): the first matching cell from the top, left to right. */
export function unitFromHeading(sheet: SheetSnapshot, headerTop: number): UnitName | null {
  for (let r = 1; r < headerTop; r++) {
    const row = sheet.values[r - 1];
    if (!row) continue;
    for (let c = 1; c <= row.length; c++) {
      const v = row[c - 1];
      if (typeof v !== "string" || v.trim() === "") continue;
      const one = parseUnitText(v);
      if (one) return one;
      if (isHeadOnly(v)) {
        // the official form's two lines: "Ủy ban nhân dân" over "XÃ TÂN LẬP" in the same column
        const below = cellAt(sheet, r + 1, c);
        const two = typeof below === "string" ? parseUnitText(`${v} ${below}`) : null;
        if (two) return two;
      }
    }
  }
  return null;
}

/** The unit of the run: the heading's, else the settings', else the catalog's. */
export function chooseUnit(heading: UnitName | null, settings: UnitName | undefined, catalog: Catalog): Unit {
  if (heading) return { ...heading, source: "sheet" };
  if (settings) return { kind: settings.kind, name: settings.name.trim(), source: "settings" };
  const fromCatalog = parseUnitText(catalog.plan.unit) ?? { kind: "xã" as const, name: catalog.plan.place };
  return { ...fromCatalog, source: "catalog" };
}

/** The ways documents name the unit. */
export interface UnitWords {
  /** "Ủy ban nhân dân xã Tân Lập" */
  full: string;
  /** "UBND xã Tân Lập" */
  short: string;
  /** Two heading lines: "ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP" */
  heading: [string, string];
  /** "Chủ tịch UBND xã Tân Lập" */
  chairman: string;
  /** The place in date lines: "Tân Lập" */
  place: string;
}

export function unitWords(u: UnitName): UnitWords {
  return {
    full: `Ủy ban nhân dân ${u.kind} ${u.name}`,
    short: `UBND ${u.kind} ${u.name}`,
    heading: ["ỦY BAN NHÂN DÂN", `${u.kind} ${u.name}`.toLocaleUpperCase("vi")],
    chairman: `Chủ tịch UBND ${u.kind} ${u.name}`,
    place: u.name,
  };
}

/** A catalog text that names the unit's kind ("Giấy khen của Chủ tịch UBND xã") said for this unit's kind. */
export function forUnitKind(text: string, u: UnitName): string {
  return text.replace(/(^|\s)(xã|phường|đặc khu)(?=\s|$|[,.;)])/giu, (_m, pre: string) => `${pre}${u.kind}`);
}
