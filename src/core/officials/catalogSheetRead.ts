// Reading the "Tiêu chí" sheet back into a catalog: tables found by their header texts (rows and columns may move),
// values parsed leniently, the result validated with the catalog's zod schema, and every error tied to its A1 cell.
import { Catalog, CatalogSchema, TIE_BREAK_KEYS } from "../catalog";
import { cellText, isBlank, parsePercent } from "../read/cells";
import {
  ACHIEVED_WORD,
  CRITERIA_HEAD,
  FIELDS_HEAD,
  KIND_WORDS,
  METHOD_WORDS,
  PATH_LABELS,
  PATH_MESSAGES,
  SECTIONS,
  SETTINGS,
  SETTINGS_HEAD,
  TYPE_WORDS,
  fromWords,
} from "./catalogSheetSpec";
import { CellValue, SheetSnapshot, a1, cellAt, colCount, parseA1 } from "../read/snapshot";
import { fold, headerKey } from "../read/text";

export interface CatalogCellError {
  cell: string;
  message: string;
}
export type CatalogSheetResult = { ok: true; catalog: Catalog } | { ok: false; errors: CatalogCellError[] };

type Json = Record<string, unknown>;

/** A number typed as a number or as text ("80", "12,5", "96%"); other text is returned as is (zod rejects it). */
function numberish(v: CellValue): unknown {
  if (isBlank(v)) return undefined;
  if (typeof v === "number") return v;
  const s = cellText(v).replace(/\s+/g, "");
  if (/^-?\d+(?:[.,]\d+)?%?$/.test(s)) return Number(s.replace("%", "").replace(",", "."));
  return cellText(v);
}

/** A target in percent points or as a fraction (the spec's §3 rule), as a fraction; out of range passes through. */
function target(v: CellValue): unknown {
  const p = parsePercent(v);
  if (p.kind === "value") return p.value;
  const n = numberish(v);
  return typeof n === "number" ? n / 100 : n;
}

/** "16/01/2025", "2025-01-16" or an Excel date serial → "2025-01-16"; anything else as typed. */
function isoDate(v: CellValue): unknown {
  if (typeof v === "number" && v > 0 && v < 2958466) return new Date(Math.round((v - 25569) * 86400000)).toISOString().slice(0, 10);
  const s = cellText(v);
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return s;
}

const splitList = (v: CellValue) =>
  cellText(v)
    .split(/[;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Ctx {
  sheet: SheetSnapshot;
  cells: Map<string, string>;
  errors: CatalogCellError[];
}

/** Rows whose first cells spell a header (by headerKey), e.g. the row of "Mã | Tiêu chí | …". */
function findRow(sheet: SheetSnapshot, head: string[]): number | null {
  for (let r = 1; r <= sheet.values.length; r++) {
    if (head.slice(0, 2).every((h, i) => headerKey(cellText(cellAt(sheet, r, i + 1))) === headerKey(h))) return r;
  }
  return null;
}

/** Column of each header text in a header row (by headerKey); missing ones are absent. */
function headerCols(sheet: SheetSnapshot, row: number, head: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (let c = 1; c <= colCount(sheet); c++) {
    const k = headerKey(cellText(cellAt(sheet, row, c)));
    const h = head.find((x) => headerKey(x) === k);
    if (h && out[h] === undefined) out[h] = c;
  }
  return out;
}

/** Data rows of a table: after its header, up to the next table or section row, blank rows skipped. */
function tableRows(ctx: Ctx, header: number, bounds: number[], cols: number[]): number[] {
  const end = Math.min(ctx.sheet.values.length, ...bounds.filter((b) => b > header).map((b) => b - 1));
  const out: number[] = [];
  for (let r = header + 1; r <= end; r++) if (cols.some((c) => !isBlank(cellAt(ctx.sheet, r, c)))) out.push(r);
  return out;
}

function readSettings(ctx: Ctx, input: Json, header: number, bounds: number[]): void {
  const seen = new Set<string>();
  for (const r of tableRows(ctx, header, bounds, [1, 2])) {
    const key = cellText(cellAt(ctx.sheet, r, 1));
    const spec = SETTINGS.find((s) => headerKey(s.key) === headerKey(key));
    if (!spec) {
      if (key) ctx.errors.push({ cell: a1(r, 1), message: `${a1(r, 1)}: mục “${key}” không rõ — các mục: ${SETTINGS.map((s) => s.key).join("; ")}` });
      continue;
    }
    const v = cellAt(ctx.sheet, r, 2);
    const cell = a1(r, 2);
    const parent = spec.path.slice(0, -1).reduce<Json>((o, k) => o[k] as Json, input);
    const last = spec.path[spec.path.length - 1];
    const path = spec.path.join(".");
    if (spec.repeat) {
      const list = seen.has(path) ? (parent[last] as string[]) : [];
      seen.add(path);
      if (!isBlank(v)) {
        ctx.cells.set(`${path}.${list.length}`, cell);
        list.push(cellText(v));
      }
      parent[last] = list;
      ctx.cells.set(path, cell);
      continue;
    }
    ctx.cells.set(path, cell);
    if (spec.kind === "text") parent[last] = cellText(v);
    else if (spec.kind === "int" || spec.kind === "number") parent[last] = numberish(v);
    else if (spec.kind === "date") parent[last] = isoDate(v);
    else if (spec.kind === "method") parent[last] = fromWords(METHOD_WORDS, cellText(v)) ?? cellText(v);
    else if (spec.kind === "list") parent[last] = splitList(v);
    else if (spec.kind === "levels") {
      const levels = splitList(v).map((part, i) => {
        ctx.cells.set(`levels.${i}`, cell);
        const m = /^(.*?)\s*(?:≥|>=|:)\s*(-?[\d.,]+)$/.exec(part);
        return m ? { label: m[1].trim(), min: numberish(m[2]) } : { label: part, min: undefined };
      });
      if (levels.some((l) => l.min === undefined))
        ctx.errors.push({ cell, message: `${cell}: Mức độ hoàn thành có dạng “Xuất sắc ≥ 100; Tốt ≥ 80; Đạt ≥ 50; Chưa đạt ≥ 0”` });
      parent[last] = levels;
    } else if (spec.kind === "tieBreak") {
      const fields = input.fields as { id: string; label: string; header: string }[];
      parent[last] = splitList(v).map((w) => {
        if (fold(w) === fold(ACHIEVED_WORD) || w === "achieved") return "achieved";
        const f = fields.find((x) => [x.id, x.label, x.header].some((t) => fold(t) === fold(w)));
        const usable = f && (TIE_BREAK_KEYS as readonly string[]).includes(f.id);
        if (!usable) {
          const allowed = fields.filter((x) => (TIE_BREAK_KEYS as readonly string[]).includes(x.id)).map((x) => `“${x.label}”`);
          ctx.errors.push({
            cell,
            message: `${cell}: không xét khi bằng điểm theo “${w}” được — chỉ dùng ${[...allowed, `“${ACHIEVED_WORD}”`].join(" hoặc ")}`,
          });
        }
        return f ? f.id : w;
      });
    }
  }
}

function readFields(ctx: Ctx, input: Json, header: number, bounds: number[]): void {
  const cols = headerCols(ctx.sheet, header, FIELDS_HEAD);
  const col = (i: number) => cols[FIELDS_HEAD[i]];
  const get = (r: number, i: number): CellValue => (col(i) ? cellAt(ctx.sheet, r, col(i)) : null);
  const fields: Json[] = [];
  for (const r of tableRows(ctx, header, bounds, Object.values(cols))) {
    const i = fields.length;
    const set = (k: string, ci: number) => col(ci) && ctx.cells.set(`fields.${i}.${k}`, a1(r, col(ci)));
    ctx.cells.set(`fields.${i}`, a1(r, col(0) ?? 1));
    ["id", "kind", "header", "label", "aliases"].forEach((k, ci) => set(k, ci));
    const kindRaw = cellText(get(r, 1));
    fields.push({
      id: cellText(get(r, 0)),
      kind: fromWords(KIND_WORDS, kindRaw) ?? kindRaw,
      header: cellText(get(r, 2)),
      label: cellText(get(r, 3)) || cellText(get(r, 2)),
      aliases: splitList(get(r, 4)),
    });
  }
  input.fields = fields;
  ctx.cells.set("fields", a1(header, 1));
}

function readCriteria(ctx: Ctx, input: Json, base: Catalog, header: number, bounds: number[]): void {
  const cols = headerCols(ctx.sheet, header, CRITERIA_HEAD);
  const col = (i: number) => cols[CRITERIA_HEAD[i]];
  const get = (r: number, i: number): CellValue => (col(i) ? cellAt(ctx.sheet, r, col(i)) : null);
  const list: Json[] = [];
  for (const r of tableRows(ctx, header, bounds, Object.values(cols))) {
    const i = list.length;
    const set = (k: string, ci: number) => col(ci) && ctx.cells.set(`criteria.${i}.${k}`, a1(r, col(ci)));
    ctx.cells.set(`criteria.${i}`, a1(r, col(0) ?? 1));
    const rawCode = cellText(get(r, 0));
    const m = /^(?:tc)?\s*[.-]?\s*0*(\d{1,2})$/i.exec(rawCode);
    const code = m ? `TC${m[1].padStart(2, "0")}` : rawCode;
    const prev = base.criteria.find((c) => c.code === code);
    const typeRaw = cellText(get(r, 3));
    const type = typeRaw ? (fromWords(TYPE_WORDS, typeRaw) ?? typeRaw) : prev?.type;
    const opt = (ci: number) => cellText(get(r, ci)) || undefined;
    const c: Json = { code, name: cellText(get(r, 1)), planText: cellText(get(r, 2)), type, target: col(7) ? target(get(r, 7)) : prev?.target };
    ["code", "name", "planText", "type"].forEach((k, ci) => set(k, ci));
    set("target", 7);
    set("weight", 8);
    set("qualifier", 9);
    if (type === "yesno") {
      c.field = opt(5) ?? opt(4);
      set("field", opt(5) ? 5 : 4);
    } else {
      c.denominator = opt(4);
      c.numerator = opt(5);
      c.percent = opt(6);
      set("denominator", 4);
      set("numerator", 5);
      set("percent", 6);
    }
    const w = col(8) ? numberish(get(r, 8)) : prev?.weight;
    if (w !== undefined) c.weight = w;
    const q = col(9) ? opt(9) : prev?.qualifier;
    if (q !== undefined) c.qualifier = q;
    // what the sheet does not show comes from the base catalog's criterion of the same code
    if (prev)
      Object.assign(c, {
        names: prev.names,
        numeratorWords: prev.numeratorWords,
        denominatorWords: prev.denominatorWords,
        result: prev.result,
        resultRate: prev.resultRate,
      });
    list.push(c);
  }
  input.criteria = list;
  ctx.cells.set("criteria", a1(header, 1));
  // the schema checks these only once everything else is valid; say them at once
  const ids = new Set((input.fields as { id: string }[]).map((f) => f.id));
  list.forEach((c, i) => {
    for (const k of ["denominator", "numerator", "percent", "field"]) {
      const f = c[k];
      const cell = ctx.cells.get(`criteria.${i}.${k}`);
      if (typeof f === "string" && !ids.has(f) && cell)
        ctx.errors.push({ cell, message: `${cell}: trường “${f}” chưa có trong phần III (các cột nhập liệu)` });
    }
  });
}

/** The cell of a zod path: the longest prefix that came from a cell. */
function cellOf(ctx: Ctx, path: PropertyKey[]): string {
  for (let n = path.length; n > 0; n--) {
    const c = ctx.cells.get(path.slice(0, n).map(String).join("."));
    if (c) return c;
  }
  return "A1";
}

function messageOf(issue: { code: string; message: string; path: PropertyKey[] }): string {
  const keys = issue.path.filter((k): k is string => typeof k === "string");
  const last = keys[keys.length - 1] ?? "";
  if (issue.code !== "custom" && PATH_MESSAGES[last]) return PATH_MESSAGES[last];
  if (issue.code === "custom" || issue.code === "invalid_format") return cap(issue.message);
  const label = last === "name" ? (keys[0] === "award" ? "Hình thức khen thưởng" : "Tên tiêu chí") : (PATH_LABELS[last] ?? last);
  if (issue.code === "too_small" || issue.code === "invalid_type") return `${label} không được để trống (hoặc chưa đúng)`;
  return `${label}: giá trị không hợp lệ`;
}

/** Read the catalog sheet; `base` supplies what the sheet does not hold (header-matching words, missing parts). */
export function catalogFromSheet(sheet: SheetSnapshot, base: Catalog): CatalogSheetResult {
  const ctx: Ctx = { sheet, cells: new Map(), errors: [] };
  const input: Json = JSON.parse(JSON.stringify({ ...base, version: 1 }));
  const settings = findRow(sheet, SETTINGS_HEAD);
  const critHead = findRow(sheet, CRITERIA_HEAD);
  const fieldHead = findRow(sheet, FIELDS_HEAD);
  const sectionRows: number[] = [];
  for (let r = 1; r <= sheet.values.length; r++) {
    const k = headerKey(cellText(cellAt(sheet, r, 1)));
    if (Object.values(SECTIONS).some((s) => headerKey(s) === k)) sectionRows.push(r);
  }
  const bounds = [settings, critHead, fieldHead, ...sectionRows].filter((x): x is number => x !== null);
  if (critHead === null)
    return {
      ok: false,
      errors: [
        {
          cell: "A1",
          message: `A1: không tìm thấy bảng tiêu chí (dòng tiêu đề “${CRITERIA_HEAD.slice(0, 4).join(" | ")} …”) trên trang “${sheet.name}”`,
        },
      ],
    };
  if (fieldHead !== null) readFields(ctx, input, fieldHead, bounds);
  if (settings !== null) readSettings(ctx, input, settings, bounds);
  readCriteria(ctx, input, base, critHead, bounds);
  const r = CatalogSchema.safeParse(input);
  const seen = new Set(ctx.errors.map((e) => e.cell));
  if (!r.success) {
    for (const issue of r.error.issues) {
      const cell = cellOf(ctx, issue.path);
      if (seen.has(cell)) continue;
      seen.add(cell);
      ctx.errors.push({ cell, message: `${cell}: ${messageOf(issue)}` });
    }
  }
  if (ctx.errors.length) {
    const pos = (c: string) => (/^[A-Z]+\d+$/.test(c) ? parseA1(c) : { row: 0, col: 0 });
    const order = (a: CatalogCellError, b: CatalogCellError) => pos(a.cell).row - pos(b.cell).row || pos(a.cell).col - pos(b.cell).col;
    return { ok: false, errors: [...ctx.errors].sort(order) };
  }
  return { ok: true, catalog: r.data! };
}
