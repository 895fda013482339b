// The officials' guide as the pane shows it (pure): whose row is which, what each input column means (criterion,
// target, the plan's words, what to type), for the clerk's tracking sheet or, when the book has none, a new one.
import { Catalog, Field } from "../core/catalog";
import { cellText } from "../core/read/cells";
import { TEXT_HOW } from "../core/officials/guide";
import { Layout } from "../core/read/layout";
import { COLORS } from "../core/write/plan";
import { SheetSnapshot, cellAt, colLetter } from "../core/read/snapshot";
import { TemplatePlan } from "../core/officials/template";
import { criteriaOf, fmtTarget, planWords, ruleFor } from "../core/officials/validation";
import { hexColor } from "./address";
import type { GuideColumn, GuideView } from "./api";

const planTitle = (c: Catalog): string => `Kế hoạch số ${c.plan.number} của ${c.plan.unitShort} — năm ${c.plan.year}`;
const colors = { shortfall: hexColor(COLORS.shortfall), error: hexColor(COLORS.error) };

function column(catalog: Catalog, field: Field, columns: Record<string, number>, top: number, header: string, percentMax: 1 | 100): GuideColumn {
  const rule = ruleFor(catalog, field, columns, top, { percentMax });
  const how = rule ? `${rule.how.charAt(0).toUpperCase()}${rule.how.slice(1)}.` : (TEXT_HOW[field.id] ?? "Nhập chữ.");
  const criteria = criteriaOf(catalog, field.id).map(({ criterion: c }) => ({
    code: c.code,
    name: c.name,
    target: c.type === "yesno" ? "Đạt" : fmtTarget(c.target),
    plan: planWords(c),
  }));
  return { letter: colLetter(columns[field.id]), header, criteria, how };
}

/** The guide for a clerk's tracking sheet, as the engine reads it (its header texts, its rows). */
export function guideFromLayout(catalog: Catalog, layout: Layout, sheet: SheetSnapshot): GuideView {
  const top = layout.dataRows[0] ?? layout.headerBottom + 1;
  const header = (col: number, fallback: string) =>
    cellText(cellAt(sheet, layout.headerBottom, col)) || cellText(cellAt(sheet, layout.headerTop, col)) || fallback;
  const columns = catalog.fields
    .filter((f) => layout.columns[f.id] !== undefined)
    .sort((a, b) => layout.columns[a.id] - layout.columns[b.id])
    .map((f) => column(catalog, f, layout.columns, top, header(layout.columns[f.id], f.label), 100));
  const nameCol = layout.columns.ho_ten;
  const people = layout.dataRows.map((row) => ({ row, name: cellText(cellAt(sheet, row, nameCol)) })).filter((p) => p.name);
  const rows = layout.dataRows.length ? { first: layout.dataRows[0], last: layout.dataRows[layout.dataRows.length - 1] } : null;
  return { sheet: layout.sheet, nameColumn: colLetter(nameCol), rows, people, columns, planTitle: planTitle(catalog), colors };
}

/** The guide for a new tracking sheet made from the catalog ("Tạo bảng theo dõi"), before the book has one. */
export function guideFromTemplate(catalog: Catalog, t: TemplatePlan): GuideView {
  const columns = t.inputColumns.map((c) => column(catalog, c.field, t.columns, t.firstDataRow, c.group ? `${c.group} — ${c.sub}` : c.sub, 1));
  return { sheet: null, nameColumn: colLetter(t.columns.ho_ten), rows: null, people: [], columns, planTitle: planTitle(catalog), colors };
}
