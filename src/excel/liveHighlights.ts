// The live check's highlights: the add-in's rules lose the re-checked rows' cells (a rule spanning other rows is
// re-made without them: Office cannot shrink a rule's ranges), then those rows' new highlights are added. The
// clerk's own rules are never touched; a sheet protected without password is unprotected for this and re-protected.
import { RowCheck } from "../core/officials/liveCheck";
import { COLORS } from "../core/write/plan";
import { MergedArea } from "../core/read/snapshot";
import { addressLists, hexColor, parseAreaList, rangeA1 } from "./address";
import { unprotectForWrite } from "./formSheet";
import { HIGHLIGHT_RULES, loadRules, ourRules, queueHighlights } from "./highlights";

/** An area without the given rows, as the runs of rows that remain. */
export function withoutRows(a: MergedArea, rows: Set<number>): MergedArea[] {
  const out: MergedArea[] = [];
  let start: number | null = null;
  for (let r = a.top; r <= a.bottom + 1; r++) {
    const keep = r <= a.bottom && !rows.has(r);
    if (keep && start === null) start = r;
    if (!keep && start !== null) {
      out.push({ ...a, top: start, bottom: r - 1 });
      start = null;
    }
  }
  return out;
}

/**
 * Replace the highlights of `rows` (null: of the whole sheet) with those of `checks`. 2 syncs when no rule of ours
 * spans the rows (status, rules; writes), 3 when one does (its ranges), +1 on a protected sheet.
 */
export async function replaceRowHighlights(ctx: Excel.RequestContext, ws: Excel.Worksheet, rows: number[] | null, checks: RowCheck[]): Promise<void> {
  const rules = loadRules(ws);
  const lift = await unprotectForWrite(ctx, ws); // this sync also loads the rules
  const ours = ourRules(rules);
  if (rows === null) {
    for (const cf of ours) cf.delete();
  } else if (ours.length) {
    const ranges = ours.map((cf) => cf.getRanges().load("address")); // ExcelApi 1.9
    await ctx.sync();
    const drop = new Set(rows);
    ours.forEach((cf, i) => {
      const areas = parseAreaList(ranges[i].address);
      const kept = areas.flatMap((a) => withoutRows(a, drop));
      const cells = (l: MergedArea[]) => l.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
      if (cells(kept) === cells(areas)) return; // not on these rows
      const formula = cf.customOrNullObject.rule.formula;
      cf.delete();
      const argb = formula === HIGHLIGHT_RULES.error ? COLORS.error : COLORS.shortfall;
      for (const address of addressLists(kept.map(rangeA1))) {
        const again = ws.getRanges(address).conditionalFormats.add("Custom");
        again.custom.rule.formula = formula;
        again.custom.format.fill.color = hexColor(argb);
      }
    });
  }
  queueHighlights(ws, { shortfall: checks.flatMap((c) => c.highlights.shortfall), error: checks.flatMap((c) => c.highlights.error) });
  lift.reprotect();
  await ctx.sync();
}
