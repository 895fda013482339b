// Reading the clerk's sheet as it is (§7): which sheet, which header row(s), which column is which field,
// which rows are data rows (not titles, numbering, sections, totals, blanks or signatures).
import { Catalog, Criterion, Field } from "./catalog";
import { isBlank } from "./cells";
import { CellValue, MergedArea, SheetSnapshot, WorkbookSnapshot, cellAt, colCount, isCellError, parseA1 } from "./snapshot";
import { exactKey, fold, hasPhrase, headerKey } from "./text";

/** Title of the add-in's own output block, and how many columns it owns (6 results, a gap, the legend). */
export const OUTPUT_GROUP_TITLE = "KẾT QUẢ CHẤM ĐIỂM (tự động)";
export const OUTPUT_HEADERS = ["TC đạt/áp dụng", "Điểm", "Mức độ hoàn thành", "Xếp hạng", "Đề nghị khen thưởng", "Ghi chú kiểm tra"];
export const OUTPUT_WIDTH = 8;
const HEADER_SCAN_ROWS = 60;

export interface Layout {
  sheet: string;
  headerTop: number;
  headerBottom: number;
  numberingRow: number | null;
  /** field id → 1-based column */
  columns: Record<string, number>;
  dataRows: number[];
  /** Rows from the first row under the header to the last table row (signature rows excluded). */
  bodyEnd: number;
  /** Where the output block is (existing from an earlier run, or the first free column). */
  outputCol: number;
  outputExisting: boolean;
}

export type LayoutFailure = { code: "E_NO_SHEET" | "E_NO_HEADER"; sheet?: string; found: string[]; missing: string[]; sheets: string[] };

/** Merged areas indexed by their cells, built once per sheet. */
class MergeIndex {
  private byCell = new Map<number, MergedArea>();
  constructor(merges: MergedArea[]) {
    for (const m of merges) {
      if (m.bottom - m.top > 200) continue; // a tall merge is never a header; skip indexing its cells
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.byCell.set(r * 16384 + c, m);
    }
  }
  at(row: number, col: number): MergedArea | undefined {
    return this.byCell.get(row * 16384 + col);
  }
}

const text = (v: CellValue): string => (v === null || isCellError(v) ? "" : typeof v === "string" ? v.trim() : String(v));

type Role = "den" | "num" | "pct" | "field" | null;
type ColumnClass = { kind: "criterion"; criterion: Criterion; role: Role } | { kind: "field"; field: string } | null;

const GENERIC_NUM = ["dat", "so dat", "da", "duoc", "trong do"];
const DEN_WORDS = ["tong", "tong so", "phai thuc hien"];

/** The header classifier for one catalog (precomputed keys). */
export class HeaderMatcher {
  private exact = new Map<string, string>();
  private byCode = new Map<number, Criterion>();
  private nameKeys: { key: string; criterion: Criterion }[] = [];
  private critFields = new Set<string>();
  private fullNames: { c: Criterion; n: string; pn: string }[];
  constructor(private catalog: Catalog) {
    this.fullNames = catalog.criteria.map((c) => ({ c, n: headerKey(c.name), pn: ` ${headerKey(c.name)} ` }));
    for (const f of catalog.fields) {
      for (const h of [f.header, ...f.aliases]) if (!this.exact.has(headerKey(h))) this.exact.set(headerKey(h), f.id);
    }
    for (const c of catalog.criteria) {
      this.byCode.set(Number(c.code.slice(2)), c);
      for (const n of c.names) this.nameKeys.push({ key: headerKey(n), criterion: c });
      for (const k of ["denominator", "numerator", "percent", "field"] as const) if (c[k]) this.critFields.add(c[k]!);
    }
    this.nameKeys.sort((a, b) => b.key.length - a.key.length);
  }

  /** A criterion named by code in the text, with the rest of the text. */
  criterionByCode(raw: string): { criterion: Criterion; rest: string } | null {
    const f = fold(raw);
    let m = /(?:^|[^a-z])(?:tc|tieu chi)[\s.:#-]*(?:so\s*)?0*(\d{1,3})(?:\s*[-–]\s*0*\d{1,3})?(?![0-9])/.exec(f);
    if (!m) m = /^\s*0*(\d{1,3})(?:\s*[-–]\s*0*\d{1,3})?\s*[.)](?![0-9])/.exec(f);
    if (!m) return null;
    const criterion = this.byCode.get(Number(m[1]));
    if (!criterion) return null;
    return { criterion, rest: f.slice(0, m.index) + " " + f.slice(m.index + m[0].length) };
  }

  /** A criterion whose full name (the catalog's `name`) the header holds, or that holds the header. */
  criterionByFullName(raw: string): Criterion | null {
    const k = headerKey(raw);
    if (k.length < 12) return null;
    let best: Criterion | null = null;
    let bestLen = 0;
    const pk = ` ${k} `;
    for (const { c, n, pn } of this.fullNames) {
      if ((pk.includes(pn) || pn.includes(pk)) && n.length > bestLen) {
        best = c;
        bestLen = n.length;
      }
    }
    return best;
  }

  criterionByName(raw: string): Criterion | null {
    const k = headerKey(raw);
    for (const n of this.nameKeys) if (hasPhrase(k, n.key)) return n.criterion;
    return null;
  }

  /** The role a (sub-)header plays under criterion c. */
  role(c: Criterion, raw: string): Role {
    if (c.type === "yesno") return "field";
    if (c.type === "percent") return "pct";
    const t = headerKey(raw);
    if (c.percent && (hasPhrase(t, "ty le") || t.includes("%"))) return "pct";
    if (!t) return null;
    if (DEN_WORDS.some((w) => hasPhrase(t, w))) return "den";
    if (c.numeratorWords.some((w) => hasPhrase(t, headerKey(w)))) return "num";
    if (c.denominatorWords.some((w) => hasPhrase(t, headerKey(w)))) return "den";
    if (GENERIC_NUM.some((w) => hasPhrase(t, w))) return "num";
    if (hasPhrase(t, "tiep nhan")) return "den";
    return null;
  }

  /** A field that is not a criterion's, by canonical text, alternative, or key word (§7 order). */
  otherField(raw: string): string | null {
    const k = headerKey(raw);
    if (!k) return null;
    const ex = this.exact.get(k);
    if (ex && !this.critFields.has(ex)) return ex;
    const has = (w: string) => hasPhrase(k, w);
    if (has("xem xet")) return "dang_xem_xet";
    if (has("phan anh")) return "bi_phan_anh";
    if (has("ky luat")) return "bi_ky_luat";
    if (has("sang kien")) return "sang_kien";
    if (has("loai doi tuong")) return "loai";
    if (has("gioi tinh")) return "gioi_tinh";
    if (has("chuc vu") || has("chuc danh")) return "chuc_vu";
    if (has("linh vuc") || has("nganh") || has("bo phan")) return "linh_vuc";
    if (has("ho va ten") || has("ho ten") || has("ten")) return "ho_ten";
    if (k === "stt" || k === "tt") return "stt";
    if (k === "ghi chu") return "ghi_chu";
    return null;
  }

  private flatMemo = new Map<string, ColumnClass>();

  /** Classify a flat (one-cell) header (memoised: the same texts recur across candidate rows). */
  classifyFlat(raw: string): ColumnClass {
    let c = this.flatMemo.get(raw);
    if (c === undefined) {
      c = this.classifyFlatUncached(raw);
      this.flatMemo.set(raw, c);
    }
    return c;
  }

  private classifyFlatUncached(raw: string): ColumnClass {
    const k = headerKey(raw);
    if (!k) return null;
    const ex = this.exact.get(k);
    if (ex) {
      const c = this.catalog.criteria.find((cr) => [cr.denominator, cr.numerator, cr.percent, cr.field].includes(ex));
      if (!c) return { kind: "field", field: ex };
      const role: Role = ex === c.denominator ? "den" : ex === c.numerator ? "num" : ex === c.percent ? "pct" : "field";
      return { kind: "criterion", criterion: c, role };
    }
    const byCode = this.criterionByCode(raw);
    if (byCode) return { kind: "criterion", criterion: byCode.criterion, role: this.role(byCode.criterion, byCode.rest) };
    const full = this.criterionByFullName(raw);
    if (full) return { kind: "criterion", criterion: full, role: this.role(full, headerKey(raw).replace(headerKey(full.name), " ")) };
    const other = this.otherField(raw);
    if (other) return { kind: "field", field: other };
    const byName = this.criterionByName(raw);
    if (byName) return { kind: "criterion", criterion: byName, role: this.role(byName, raw) };
    return null;
  }

  /** Classify a column under a group header (group text above, sub text below). */
  private groupedMemo = new Map<string, ColumnClass>();

  classifyGrouped(group: string, sub: string, span = 1): ColumnClass {
    const key = `${group}\u0001${sub}\u0001${span > 4 ? 5 : span}`;
    let c = this.groupedMemo.get(key);
    if (c === undefined) {
      c = this.classifyGroupedUncached(group, sub, span);
      this.groupedMemo.set(key, c);
    }
    return c;
  }

  private classifyGroupedUncached(group: string, sub: string, span: number): ColumnClass {
    const byCode = this.criterionByCode(group);
    // a criterion's group spans a few columns; a wide merged title naming a topic is not a group
    const crit = byCode ? byCode.criterion : span > 4 ? null : (this.criterionByFullName(group) ?? (this.otherField(group) ? null : this.criterionByName(group)));
    if (crit) {
      if (!sub) return { kind: "criterion", criterion: crit, role: this.role(crit, byCode ? byCode.rest : "") };
      const ex = this.exact.get(headerKey(sub));
      if (ex && [crit.denominator, crit.numerator, crit.percent].includes(ex)) {
        return { kind: "criterion", criterion: crit, role: ex === crit.denominator ? "den" : ex === crit.numerator ? "num" : "pct" };
      }
      return { kind: "criterion", criterion: crit, role: this.role(crit, sub) };
    }
    if (sub) return this.classifyFlat(sub) ?? (group ? this.classifyFlat(`${group} ${sub}`) : null);
    return null;
  }

  /** Turn column classes (in column order) into field → column, resolving roles within each criterion. */
  assign(classes: { col: number; cls: ColumnClass }[]): Record<string, number> {
    const out: Record<string, number> = {};
    const put = (field: string | undefined, col: number) => {
      if (field && out[field] === undefined) out[field] = col;
    };
    const byCrit = new Map<string, { col: number; role: Role }[]>();
    for (const { col, cls } of classes) {
      if (!cls) continue;
      if (cls.kind === "field") put(cls.field, col);
      else {
        const list = byCrit.get(cls.criterion.code) ?? [];
        list.push({ col, role: cls.role });
        byCrit.set(cls.criterion.code, list);
      }
    }
    for (const c of this.catalog.criteria) {
      const cols = byCrit.get(c.code);
      if (!cols) continue;
      const fieldOf = (r: Role) => (r === "den" ? c.denominator : r === "num" ? c.numerator : r === "pct" ? c.percent : r === "field" ? c.field : undefined);
      const taken = new Set<Role>();
      const undecided: number[] = [];
      for (const { col, role } of cols) {
        if (role && !taken.has(role) && fieldOf(role)) {
          taken.add(role);
          put(fieldOf(role), col);
        } else if (!role) undecided.push(col);
      }
      for (const col of undecided) {
        const r: Role = c.type === "ratio" ? (!taken.has("den") ? "den" : !taken.has("num") ? "num" : null) : c.type === "yesno" ? (!taken.has("field") ? "field" : null) : !taken.has("pct") ? "pct" : null;
        if (!r) continue;
        taken.add(r);
        put(fieldOf(r), col);
      }
    }
    return out;
  }
}

/** The column of an earlier run's output block, if any (found by its titles in the top rows). */
export function findOutputBlock(sheet: SheetSnapshot): number | null {
  const titleKey = headerKey(OUTPUT_GROUP_TITLE);
  const firstKey = headerKey(OUTPUT_HEADERS[0]);
  const rows = Math.min(sheet.values.length, HEADER_SCAN_ROWS);
  for (let r = 1; r <= rows; r++) {
    const row = sheet.values[r - 1];
    if (!row) continue;
    for (let c = 1; c <= row.length; c++) {
      const v = row[c - 1];
      if (typeof v !== "string") continue;
      const k = headerKey(v);
      if (k === titleKey || k === firstKey) return c;
    }
  }
  return null;
}

interface HeaderChoice { top: number; bottom: number; columns: Record<string, number> }

function headerTexts(sheet: SheetSnapshot, merges: MergeIndex, row: number, col: number): string {
  const m = merges.at(row, col);
  if (m && (m.top !== row || m.left !== col)) return ""; // covered cell: its value belongs to the master
  const v = cellAt(sheet, row, col);
  return typeof v === "string" ? v.trim() : ""; // figures are never header text
}

function mapHeader(sheet: SheetSnapshot, merges: MergeIndex, matcher: HeaderMatcher, top: number, bottom: number, width: number, skip: (c: number) => boolean): Record<string, number> {
  const classes: { col: number; cls: ColumnClass }[] = [];
  for (let c = 1; c <= width; c++) {
    if (skip(c)) continue;
    if (top === bottom) {
      classes.push({ col: c, cls: matcher.classifyFlat(headerTexts(sheet, merges, top, c)) });
      continue;
    }
    const m = merges.at(top, c);
    if (m && m.bottom >= bottom) {
      // merged down over both rows: a one-row header for this column
      classes.push({ col: c, cls: m.left === c ? matcher.classifyFlat(text(cellAt(sheet, m.top, m.left))) : null });
      continue;
    }
    const group = m ? text(cellAt(sheet, m.top, m.left)) : text(cellAt(sheet, top, c));
    const sub = headerTexts(sheet, merges, bottom, c);
    const spans = !!m && m.right > m.left;
    let cls: ColumnClass;
    if (!sub) cls = spans ? null : matcher.classifyFlat(group);
    else cls = matcher.classifyGrouped(group, sub, m ? m.right - m.left + 1 : 1);
    // a title merged across columns is not a group: fall back to the sub-header alone
    if (cls === null && sub) cls = matcher.classifyFlat(sub);
    classes.push({ col: c, cls });
  }
  return matcher.assign(classes);
}

/** A row of texts and no numbers in the mapped columns: sub-headers ("Tổng số", "Số đạt"), not data. */
function isSubHeaderRow(sheet: SheetSnapshot, row: number, columns: Record<string, number>): boolean {
  if (columns.ho_ten !== undefined && !isBlank(cellAt(sheet, row, columns.ho_ten))) return false; // a data row has a name
  const cells = Object.values(columns).map((c) => cellAt(sheet, row, c));
  if (cells.some((v) => typeof v === "number")) return false;
  return cells.filter((v) => typeof v === "string" && v.trim() !== "" && !NUMBERING.test(v.trim())).length >= 2;
}

function chooseHeader(sheet: SheetSnapshot, matcher: HeaderMatcher, skip: (c: number) => boolean): HeaderChoice | null {
  const width = colCount(sheet);
  const merges = new MergeIndex(sheet.merges);
  const rows = Math.min(sheet.values.length, HEADER_SCAN_ROWS);
  let best: HeaderChoice | null = null;
  let bestN = 0;
  for (let r = 1; r <= rows; r++) {
    const row = sheet.values[r - 1];
    if (!row || row.every((v) => isBlank(v))) continue;
    for (const bottom of [r, r + 1]) {
      if (bottom > sheet.values.length) continue;
      const columns = mapHeader(sheet, merges, matcher, r, bottom, width, skip);
      const n = Object.keys(columns).length;
      // on a tie, a one-row header beats a two-row one ending on the same row (a title above is not a group);
      // and a two-row header beats the one-row header on its top row when the row below holds sub-headers
      const tie = n === bestN && best !== null;
      const subBelow = tie && best!.top === r && best!.bottom === r && bottom === r + 1 && isSubHeaderRow(sheet, r + 1, columns);
      if (n > bestN || (tie && best!.bottom === bottom && r > best!.top) || subBelow) {
        best = { top: r, bottom, columns };
        bestN = n;
      }
    }
  }
  return best;
}

/** "(1)", "(2)", "(5)=(4)/(3)", "(A)": the column numbers under a form's header. */
const NUMBERING = /^\(\s*[0-9]+\s*\)(?:\s*[=x*/+-].*)?$|^\(\s*[A-Za-z]\s*\)$/;

function isNumberingRow(sheet: SheetSnapshot, row: number, skip: (c: number) => boolean): boolean {
  const vals = (sheet.values[row - 1] ?? []).filter((v, i) => !skip(i + 1) && !isBlank(v));
  if (vals.length < 3) return false;
  if (vals.every((v) => typeof v === "string" && NUMBERING.test(v.trim()) && !/^[0-9]+$/.test(v.trim()))) return true;
  // bare numbers only count as column numbers when they run 1, 2, 3 … (a data row without a name does not)
  return vals.every((v, i) => Number(typeof v === "string" ? v.trim() : v) === i + 1);
}

const SECTION = /^\s*(?:[IVXLCDM]+|[A-Z])\s*\.(?:\s|$)/;
const TOTALS = new Set(["tổng cộng", "cộng", "tổng"].flatMap((w) => [w, w.normalize("NFD")]));

/** "Tổng cộng:" reads as "tổng cộng" (case, spaces and a trailing colon aside; diacritics count). */
const totalKey = (s: string) => (s.length > 24 || !/^\s*[TtCc]/.test(s) ? "" : s.toLowerCase().replace(/[\s\u00a0]+/g, " ").trim().replace(/\s*:$/, ""));

function isSignatureText(s: string): boolean {
  const f = fold(s);
  return f.startsWith("nguoi lap bieu") || f === "nguoi lap" || f.startsWith("nguoi lap ") || /^tm\s*[.:]/.test(f) || /^tm\s/.test(f) || /ngay\b.*\bthang\b.*\bnam\b/.test(f);
}

/** Rows of the table body: data rows, and where the body ends. */
function readRows(sheet: SheetSnapshot, columns: Record<string, number>, start: number, skip: (c: number) => boolean): { dataRows: number[]; bodyEnd: number } {
  const dataFields = Object.entries(columns).filter(([f]) => f !== "stt" && f !== "ho_ten" && f !== "ghi_chu").map(([, c]) => c);
  const nameCol = columns.ho_ten;
  const sttCol = columns.stt;
  const dataRows: number[] = [];
  let bodyEnd = start - 1;
  for (let r = start; r <= sheet.values.length; r++) {
    const row = sheet.values[r - 1];
    if (!row || row.length === 0) continue;
    let hasData = false;
    let hasNumber = false;
    for (const c of dataFields) {
      const v = row[c - 1] ?? null;
      if (!hasData && !isBlank(v)) hasData = true;
      if (typeof v === "number") {
        hasNumber = true;
        break;
      }
    }
    const name = nameCol === undefined ? "" : text(row[nameCol - 1] ?? null);
    const stt = sttCol === undefined ? "" : text(row[sttCol - 1] ?? null);
    // the first signature row ends the table ("Người lập biểu", "TM. …", "…, ngày … tháng … năm …")
    if (!hasNumber && (name === "" || isSignatureText(name))) {
      if (row.some((v, i) => !skip(i + 1) && typeof v === "string" && isSignatureText(v))) break;
    }
    bodyEnd = r;
    if (TOTALS.has(totalKey(stt)) || TOTALS.has(totalKey(name))) continue;
    if (!hasData && (SECTION.test(stt) || SECTION.test(name))) continue;
    if (name === "" && !hasData) continue;
    dataRows.push(r);
  }
  return { dataRows, bodyEnd };
}

/** The last column holding anything, the output block excluded. */
function lastUsedCol(sheet: SheetSnapshot, skip: (c: number) => boolean): number {
  let last = 0;
  for (const row of sheet.values) {
    for (let c = row.length; c > last; c--) {
      if (!skip(c) && !isBlank(row[c - 1] ?? null)) {
        last = c;
        break;
      }
    }
  }
  for (const m of sheet.merges) if (!skip(m.left) && m.right > last) last = m.right;
  return last;
}

export const REQUIRED_FIELDS = ["ho_ten"];

/** Find the tracking sheet and read its layout. `mapping` (field → column letter) overrides the header. */
export function readLayout(
  book: WorkbookSnapshot,
  catalog: Catalog,
  opts: { sheet?: string; mapping?: Record<string, string> } = {},
): { ok: true; layout: Layout } | { ok: false; failure: LayoutFailure } {
  const matcher = new HeaderMatcher(catalog);
  const sheets = book.sheets.map((s) => s.name);
  let candidates = book.sheets;
  if (opts.sheet) {
    const want = exactKey(opts.sheet);
    candidates = book.sheets.filter((s) => exactKey(s.name) === want);
    if (candidates.length === 0) return { ok: false, failure: { code: "E_NO_SHEET", sheet: opts.sheet, found: [], missing: [], sheets } };
  }
  let best: { sheet: SheetSnapshot; choice: HeaderChoice; outCol: number | null } | null = null;
  for (const sheet of candidates) {
    const outCol = findOutputBlock(sheet);
    const skip = (c: number) => outCol !== null && c >= outCol && c < outCol + OUTPUT_WIDTH;
    const choice = chooseHeader(sheet, matcher, skip);
    if (choice && (!best || Object.keys(choice.columns).length > Object.keys(best.choice.columns).length)) best = { sheet, choice, outCol };
  }
  const criterionFields = catalog.criteria.flatMap((c) => [c.denominator, c.numerator, c.percent, c.field].filter((x): x is string => !!x));
  const sheetName = best?.sheet.name ?? candidates[0]?.name;
  if (!best && opts.mapping?.ho_ten && candidates.length > 0) {
    // nothing recognised, but the clerk said which columns hold what: the header is the row above the first
    // row with a number in one of those columns (or the first row with a name)
    const sheet = candidates[0];
    const cols = Object.values(opts.mapping).filter(Boolean).map((l) => parseA1(`${l}1`).col);
    const nameCol = parseA1(`${opts.mapping.ho_ten}1`).col;
    const firstNumber = sheet.values.findIndex((row) => cols.some((c) => c !== nameCol && typeof row[c - 1] === "number")) + 1;
    const firstName = sheet.values.findIndex((row) => typeof row[nameCol - 1] === "string" && !isBlank(row[nameCol - 1])) + 1;
    const top = firstNumber > 1 ? firstNumber - 1 : firstName;
    if (top > 0) best = { sheet, choice: { top, bottom: top, columns: {} }, outCol: findOutputBlock(sheet) };
  }
  if (!best) {
    return { ok: false, failure: { code: "E_NO_HEADER", sheet: sheetName, found: [], missing: [...REQUIRED_FIELDS, ...new Set(criterionFields)], sheets } };
  }
  const { sheet, choice, outCol } = best;
  const columns = { ...choice.columns };
  for (const [field, letter] of Object.entries(opts.mapping ?? {})) {
    if (letter) columns[field] = parseA1(`${letter}1`).col;
  }
  const found = Object.keys(columns);
  const hasCriterion = criterionFields.some((f) => columns[f] !== undefined);
  if (REQUIRED_FIELDS.some((f) => columns[f] === undefined) || !hasCriterion) {
    const missing = [...REQUIRED_FIELDS, ...new Set(criterionFields)].filter((f) => columns[f] === undefined);
    return { ok: false, failure: { code: "E_NO_HEADER", sheet: sheet.name, found, missing, sheets } };
  }
  const skip = (c: number) => outCol !== null && c >= outCol && c < outCol + OUTPUT_WIDTH;
  let start = choice.bottom + 1;
  const numberingRow = isNumberingRow(sheet, start, skip) ? start : null;
  if (numberingRow) start++;
  const { dataRows, bodyEnd } = readRows(sheet, columns, start, skip);
  const outputCol = outCol ?? lastUsedCol(sheet, skip) + 1;
  return {
    ok: true,
    layout: { sheet: sheet.name, headerTop: choice.top, headerBottom: choice.bottom, numberingRow, columns, dataRows, bodyEnd, outputCol, outputExisting: outCol !== null },
  };
}

/** Field ids a layout is missing, for messages. */
export function fieldLabel(catalog: Catalog, id: string): string {
  const f: Field | undefined = catalog.fields.find((x) => x.id === id);
  return f ? f.header : id;
}
