// Which sheets are scored (§7, §10): every tracking sheet is found (a header mapping the name and a criterion field,
// never the add-in's own sheets nor a criteria sheet); the clerk's choice (`sheets`, `allSheets`) or the default — the
// one mapping the most fields, the first on a tie — picks among them, and the others are named, never left silent.
import { Catalog } from "../catalog";
import { HeaderMatcher } from "./headers";
import {
  HeaderFound,
  Layout,
  LayoutFailure,
  REQUIRED_FIELDS,
  criterionFields,
  findHeader,
  headerFromMapping,
  isTrackingHeader,
  layoutFrom,
} from "./layout";
import { isNeverTracking } from "./sheets";
import { WorkbookSnapshot } from "./snapshot";
import { exactKey } from "./text";

export interface SheetChoice {
  /** Sheets the clerk named (any order; scored in workbook order). */
  sheets?: string[];
  /** Every tracking sheet. */
  allSheets?: boolean;
  /** field id → column letter, for the first chosen sheet whose header the engine does not recognise. */
  mapping?: Record<string, string>;
}

export type Tables = { ok: true; layouts: Layout[]; others: string[] } | { ok: false; failure: LayoutFailure };

const fieldCount = (h: HeaderFound | null): number => (h ? Object.keys(h.choice.columns).length : 0);

/** The layouts of the sheets to score (workbook order), and the tracking sheets left unscored (workbook order). */
export function chooseTables(book: WorkbookSnapshot, catalog: Catalog, opts: SheetChoice = {}): Tables {
  const matcher = new HeaderMatcher(catalog);
  const names = book.sheets.map((s) => s.name);
  const headers = book.sheets.map((s) => (isNeverTracking(s) ? null : findHeader(s, matcher)));
  const tracking = headers.map((h) => isTrackingHeader(h, catalog));
  const mapping = opts.mapping ?? {};
  let chosen: number[];
  if (opts.sheets && opts.sheets.length > 0) {
    chosen = [];
    for (const want of opts.sheets) {
      const i = book.sheets.findIndex((s) => exactKey(s.name) === exactKey(want));
      if (i < 0) return { ok: false, failure: { code: "E_NO_SHEET", sheet: want, found: [], missing: [], sheets: names } };
      if (!chosen.includes(i)) chosen.push(i);
    }
    chosen.sort((a, b) => a - b);
  } else if (opts.allSheets) {
    chosen = tracking.flatMap((t, i) => (t ? [i] : []));
  } else {
    let best = -1;
    headers.forEach((h, i) => {
      if (h && fieldCount(h) > (best < 0 ? 0 : fieldCount(headers[best]))) best = i;
    });
    chosen = best >= 0 ? [best] : [];
  }
  if (chosen.length === 0) {
    // nothing recognised: the clerk's mapping on the first sheet that is not the add-in's, else a plain failure
    const first = book.sheets.findIndex((s) => !isNeverTracking(s));
    const fromMapping = first >= 0 ? headerFromMapping(book.sheets[first], mapping) : null;
    if (!fromMapping) {
      const sheet = first >= 0 ? names[first] : names[0];
      return {
        ok: false,
        failure: { code: "E_NO_HEADER", sheet, found: [], missing: [...REQUIRED_FIELDS, ...criterionFields(catalog)], sheets: names },
      };
    }
    headers[first] = fromMapping;
    chosen = [first];
  }
  const layouts: Layout[] = [];
  for (const [k, i] of chosen.entries()) {
    const h = headers[i] ?? headerFromMapping(book.sheets[i], mapping) ?? findHeader(book.sheets[i], matcher);
    if (!h) {
      const missing = [...REQUIRED_FIELDS, ...criterionFields(catalog)];
      return { ok: false, failure: { code: "E_NO_HEADER", sheet: names[i], found: [], missing, sheets: names } };
    }
    const r = layoutFrom(h, catalog, names, k === 0 ? mapping : {});
    if (!r.ok) return r;
    layouts.push(r.layout);
  }
  const others = names.filter((_, i) => tracking[i] && !chosen.includes(i));
  return { ok: true, layouts, others };
}

/** One sheet's layout (the first chosen one), for the tools that work on a single tracking sheet. */
export function readLayout(
  book: WorkbookSnapshot,
  catalog: Catalog,
  opts: { sheet?: string; mapping?: Record<string, string> } = {},
): { ok: true; layout: Layout } | { ok: false; failure: LayoutFailure } {
  const t = chooseTables(book, catalog, { sheets: opts.sheet ? [opts.sheet] : undefined, mapping: opts.mapping });
  return t.ok ? { ok: true, layout: t.layouts[0] } : t;
}
