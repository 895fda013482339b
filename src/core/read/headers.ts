// Recognising header texts (§7): criterion codes and names, the role of a sub-header (denominator, numerator, rate),
// the other fields' key words; and turning a row's column classes into field → column.
import { Catalog, Criterion } from "../catalog";
import { fold, hasPhrase, headerKey } from "./text";

/** "rate": a computed rate column of a criterion that has no rate field (e.g. "TC05 Tỷ lệ (%)") — not an input. */
export type Role = "den" | "num" | "pct" | "field" | "rate" | null;
export type ColumnClass = { kind: "criterion"; criterion: Criterion; role: Role } | { kind: "field"; field: string } | null;

/** The first part of a name in two columns ("Họ và tên đệm" | "Tên", §10): a column class, not a catalog field. */
export const NAME_FIRST = "(ho_dem)";
const NAME_FIRST_KEYS = new Set(["ho dem", "ho va dem", "ho va ten dem", "ho lot", "ho va ten lot"]);

const GENERIC_NUM = ["dat", "so dat", "da", "duoc", "trong do"];
const DEN_WORDS = ["tong", "tong so", "phai thuc hien", "phai"];

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
    if (hasPhrase(t, "ty le") || t.includes("%")) return c.percent ? "pct" : "rate";
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
    if (NAME_FIRST_KEYS.has(k)) return { kind: "field", field: NAME_FIRST };
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
    const crit = byCode
      ? byCode.criterion
      : span > 4
        ? null
        : (this.criterionByFullName(group) ?? (this.otherField(group) ? null : this.criterionByName(group)));
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
      const fieldOf = (r: Role) =>
        r === "den" ? c.denominator : r === "num" ? c.numerator : r === "pct" ? c.percent : r === "field" ? c.field : undefined;
      // words that give two count columns the same role decide nothing: fall back to order (first = denominator)
      const counts = cols.filter((x) => x.role === "den" || x.role === "num");
      if (c.type === "ratio" && counts.length === 2 && counts[0].role === counts[1].role) for (const x of counts) x.role = null;
      // a lone undecided column of a criterion that has a rate cell (a bare "TC10") is the rate
      if (c.percent && cols.length === 1 && cols[0].role === null) cols[0].role = "pct";
      const taken = new Set<Role>();
      const undecided: number[] = [];
      for (const { col, role } of cols) {
        if (role && !taken.has(role) && fieldOf(role)) {
          taken.add(role);
          put(fieldOf(role), col);
        } else if (!role) undecided.push(col);
      }
      for (const col of undecided) {
        const r: Role =
          c.type === "ratio"
            ? !taken.has("den")
              ? "den"
              : !taken.has("num")
                ? "num"
                : null
            : c.type === "yesno"
              ? !taken.has("field")
                ? "field"
                : null
              : !taken.has("pct")
                ? "pct"
                : null;
        if (!r) continue;
        taken.add(r);
        put(fieldOf(r), col);
      }
    }
    return out;
  }
}
