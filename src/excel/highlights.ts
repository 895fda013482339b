// The add-in's highlights as conditional formats: a custom rule whose formula carries the tag (like the .xlsx
// shell's), so "Xóa đánh dấu" and a re-run remove only ours and the clerk's own fills and rules come back.
import { COLORS } from "../core/write/plan";
import { HIGHLIGHT_FORMULAS, HIGHLIGHT_TAG } from "../core/write/plan";
import { addressLists, cellRuns, hexColor } from "./address";
import { PasswordProtectedError } from "./formSheet";

export const HIGHLIGHT_RULES = {
  shortfall: `=${HIGHLIGHT_FORMULAS.shortfall}`,
  error: `=${HIGHLIGHT_FORMULAS.error}`,
} as const;

export const isOurRule = (formula: unknown): boolean => typeof formula === "string" && formula.includes(HIGHLIGHT_TAG);

/** Queue the load of every conditional format of a sheet with its type and custom formula. */
export function loadRules(ws: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const rules = ws.getRange().conditionalFormats;
  rules.load("items/type,items/customOrNullObject/rule/formula");
  return rules;
}

/** The add-in's rules among loaded ones. */
export function ourRules(rules: Excel.ConditionalFormatCollection | undefined): Excel.ConditionalFormat[] {
  return (rules?.items ?? []).filter(
    (cf) => cf.type === "Custom" && !cf.customOrNullObject.isNullObject && isOurRule(cf.customOrNullObject.rule.formula),
  );
}

/**
 * Queue the highlight rules for the plan's cells: shortfalls first, errors after, so errors end on top
 * (Office adds each new rule at the top priority). Returns the new rules (to delete if the write is undone).
 */
export function queueHighlights(ws: Excel.Worksheet, cells: { shortfall: string[]; error: string[] }): Excel.ConditionalFormat[] {
  const made: Excel.ConditionalFormat[] = [];
  const add = (list: string[], formula: string, argb: string) => {
    for (const address of addressLists(cellRuns(list))) {
      const cf = ws.getRanges(address).conditionalFormats.add("Custom");
      cf.custom.rule.formula = formula;
      cf.custom.format.fill.color = hexColor(argb);
      made.push(cf);
    }
  };
  add(cells.shortfall, HIGHLIGHT_RULES.shortfall, COLORS.shortfall);
  add(cells.error, HIGHLIGHT_RULES.error, COLORS.error);
  return made;
}

/**
 * Remove the add-in's highlights from every sheet (3 syncs: names, rules and protection, deletes). A sheet protected
 * without a password is unprotected around its deletes and protected again with the same options, in the same
 * request; with a password, PasswordProtectedError (found after the failed request). Returns how many rules went.
 */
export async function clearAllHighlights(ctx: Excel.RequestContext): Promise<number> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name");
  await ctx.sync();
  const all = sheets.items.map((ws) => ({ ws, rules: loadRules(ws), prot: ws.protection.load("protected,options") }));
  await ctx.sync();
  const touched = all
    .map((x) => ({ ...x, ours: ourRules(x.rules), options: x.prot.protected ? { ...x.prot.options } : null }))
    .filter((x) => x.ours.length);
  if (touched.length === 0) return 0;
  // all unprotects first: if one fails (a password), the first sheet still protected afterwards is that one
  for (const x of touched) if (x.options) x.ws.protection.unprotect();
  for (const x of touched) for (const cf of x.ours) cf.delete();
  for (const x of touched) if (x.options) x.ws.protection.protect(x.options);
  try {
    await ctx.sync();
  } catch (e) {
    const lifted = touched.filter((x) => x.options);
    if (!lifted.length) throw e;
    const now = lifted.map((x) => ({ x, p: x.ws.protection.load("protected") }));
    await ctx.sync();
    // unprotects run first, so a password leaves "lifted …, still protected …" (protects failing leave the reverse)
    const k = now.findIndex(({ p }) => p.protected);
    const locked = k >= 0 && now.slice(k).every(({ p }) => p.protected) ? now[k] : undefined;
    for (const { x, p } of now) if (!p.protected) x.ws.protection.protect(x.options!); // put back what the failed request lifted
    await ctx.sync();
    throw locked ? new PasswordProtectedError(locked.x.ws.name) : e;
  }
  return touched.reduce((n, x) => n + x.ours.length, 0);
}
