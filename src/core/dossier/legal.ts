// The legal lines and the plan as the documents cite them, for the run's unit (§10): the decree in force on the
// document's date, the plan (blanks when the catalog's plan is another unit's), the award's full name.
import { Catalog } from "../catalog";
import { UnitName, forUnitKind, parseUnitText, unitWords } from "../read/unit";
import { fold } from "../read/text";
import { DOTS } from "./model";
import { shortDate } from "./words";

export type Decree = Catalog["legal"]["decrees"][number];

/** The decree in force on `date` (ISO); else the latest in force before it; else the first one. */
export function decreeInForce(catalog: Catalog, date: string): Decree {
  const list = [...catalog.legal.decrees].sort((a, b) => a.from.localeCompare(b.from));
  const now = list.find((d) => d.from <= date && (!d.until || date <= d.until));
  return now ?? [...list].reverse().find((d) => d.from <= date) ?? list[0];
}

/** The unit the catalog's plan was written for. */
export function catalogUnit(catalog: Catalog): UnitName {
  return parseUnitText(catalog.plan.unit) ?? { kind: "xã", name: catalog.plan.place };
}

const sameUnit = (a: UnitName, b: UnitName) => a.kind === b.kind && fold(a.name) === fold(b.name);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "xã" said for this unit's kind, except in "xã hội" (society), and the catalog's unit named as this one. */
export function localize(text: string, catalog: Catalog, unit: UnitName): string {
  const from = catalogUnit(catalog);
  let out = sameUnit(from, unit) ? text : text.replace(new RegExp(escape(`${from.kind} ${from.name}`), "giu"), `${unit.kind} ${unit.name}`);
  if (unit.kind !== "xã") out = out.replace(/(^|[\s(])xã(?=[\s,.;)]|$)(?!\s+hội)/gu, `$1${unit.kind}`);
  return out;
}

/** A catalog title said for the unit, with the unit's name when it ends on the kind: "Giấy khen của Chủ tịch UBND phường An Hòa". */
function forUnit(text: string, catalog: Catalog, unit: UnitName): string {
  const t = forUnitKind(localize(text, catalog, unit), unit).trim();
  return fold(t).endsWith(` ${fold(unit.kind)}`) ? `${t} ${unit.name}` : t;
}

/** "Giấy khen của Chủ tịch UBND xã Hòa Phong". */
export const awardName = (catalog: Catalog, unit: UnitName): string => forUnit(catalog.award.name, catalog, unit);

/** "Chủ tịch UBND xã Hòa Phong". */
export const awardGiver = (catalog: Catalog, unit: UnitName): string => forUnit(catalog.award.giver, catalog, unit);

export interface PlanWords {
  /** "Kế hoạch số 12/KH-UBND ngày 16/01/2025 của UBND xã Hòa Phong" (number and date blank when the plan is another unit's). */
  ref: string;
  /** The movement's full theme, naming this unit. */
  theme: string;
  /** Whether the catalog's plan was written for this unit. */
  own: boolean;
}

export function planWords(catalog: Catalog, unit: UnitName): PlanWords {
  const own = sameUnit(catalogUnit(catalog), unit);
  const { short } = unitWords(unit);
  const ref = own
    ? `Kế hoạch số ${catalog.plan.number} ngày ${shortDate(catalog.plan.date)} của ${short}`
    : `Kế hoạch số ${DOTS}/KH-UBND ngày ${DOTS} của ${short}`;
  return { ref, theme: localize(catalog.plan.theme, catalog, unit), own };
}

/** Whether a further basis of the catalog repeats what is cited anyway (the law, a decree, the plan). */
function repeats(line: string, catalog: Catalog): boolean {
  const k = fold(line);
  const numbers = catalog.legal.decrees.map((d) => /\d+\/\d{4}\/[^\s,;]+/.exec(d.short)?.[0]).filter((x): x is string => !!x);
  return k.includes("luat thi dua") || numbers.some((n) => k.includes(fold(n))) || k.includes(fold(catalog.plan.number));
}

/** The "Căn cứ …;" lines: the law, the decree in force on `date`, the plan, then the catalog's further bases. */
export function legalBases(catalog: Catalog, unit: UnitName, date: string): string[] {
  const plan = planWords(catalog, unit);
  const more = catalog.plan.legalBasis.filter((l) => l.trim() && !repeats(l, catalog)).map((l) => l.trim().replace(/^căn cứ\s+/i, ""));
  return [catalog.legal.law, decreeInForce(catalog, date).text, `${plan.ref} về việc phát động phong trào thi đua “${plan.theme}”`, ...more].map(
    (l) => `Căn cứ ${l.replace(/[;.]\s*$/, "")};`,
  );
}
