// Applying the core's write plan through Office.js, safely in a shared workbook. Each write request starts by
// loading what it is about to change (the guard: the name column, the block's cells, merges and formats), then
// writes. Office runs a request as one unit, so the guard sees exactly the cells the writes land on: if they are
// not what the plan was computed from (rows inserted, deleted or sorted, a column inserted since the read), they
// are put back from the guard and the run redoes. A normal sheet is one request; only a sheet whose writes pass
// ~4 MB is cut into row chunks. The add-in's sheets are built under temporary names and swapped in at the end.
// A tracking sheet protected without a password is unprotected first thing in each request and protected again
// with the same options last thing in it; with a password the unprotect fails before anything is written.
import { OUTPUT_HEADERS } from "../core/read/layout";
import { WritePlan, isOwnSheet, resolveSheetName } from "../core/write/plan";
import { SheetSnapshot, cellAt } from "../core/read/snapshot";
import { cellRuns, columnRange, rangeA1 } from "./address";
import { ourRules, queueHighlights } from "./highlights";
import { CHUNK_BYTES, jsonBytes, planChunks } from "./payload";
import { PasswordProtectedError } from "./formSheet";
import { BookRead } from "./read";
import {
  blockAddress,
  formatRow,
  guardHolds,
  mergesToUndo,
  queueBlockDecor,
  queueBlockRows,
  queueGuard,
  queueUndo,
  sameCell,
  valueRow,
} from "./write-tracking";
import { TEMP_PREFIX, isTempSheet, queueSheet, queueSwap } from "./write-sheets";

export type ApplyResult = { ok: true; sheets: string[] } | { ok: false; moved: true };

interface Targets {
  names: string[];
  oldOwn: string[];
  leftovers: string[];
}

/** Final names of the plan's sheets (a clerk's sheet of that name is never overwritten), and what goes. */
function targets(book: BookRead, plan: WritePlan): Targets {
  const sheets = book.snapshot.sheets.filter((s) => !isTempSheet(s.name));
  const listed = sheets.map((s) => ({ name: s.name, own: s.name !== plan.tracking[0].sheet && isOwnSheet(s) }));
  return {
    names: plan.sheets.map((sp) => resolveSheetName(sp.name, listed)),
    oldOwn: listed.filter((s) => s.own).map((s) => s.name),
    leftovers: book.snapshot.sheets.filter((s) => isTempSheet(s.name)).map((s) => s.name),
  };
}

/** Row chunks of the block: request bytes (values + formats) and guard response bytes per row. */
function chunks(plan: WritePlan, sheet: SheetSnapshot): [number, number][] {
  const t = plan.tracking[0];
  const request = t.values.map((row) => jsonBytes(valueRow(row)) + jsonBytes(formatRow(t, row)));
  const response = t.values.map((_, i) => {
    const old = sheet.values[t.top + i - 1]?.slice(t.col - 1, t.col - 1 + t.width) ?? [];
    return 2 * jsonBytes(old) + 12 * t.width + jsonBytes(sheet.values[t.top + i - 1]?.[t.nameCol - 1] ?? "");
  });
  const highlights = cellRuns([...t.highlights.shortfall, ...t.highlights.error]).join(",").length * 2;
  const names = t.values.reduce((n, _, i) => n + jsonBytes(sheet.values[t.top + i - 1]?.[t.nameCol - 1] ?? "") + 3, 0);
  return planChunks(request, response, CHUNK_BYTES, { request: 2 * jsonBytes(plan.sheets) + highlights + 20_000, response: names + 20_000 });
}

/** Write the plan; `{ moved }` when rows moved under us (nothing left on the wrong person). */
export async function applyPlan(
  ctx: Excel.RequestContext,
  book: BookRead,
  plan: WritePlan,
  progress?: (fraction: number) => void,
): Promise<ApplyResult> {
  const t = plan.tracking[0];
  const sheet = book.snapshot.sheets.find((s) => s.name === t.sheet)!;
  const tg = targets(book, plan);
  const parts = chunks(plan, sheet);
  const bottom = t.top + t.values.length - 1;
  const prot = book.protection.get(t.sheet);
  const lifted = prot?.protected ? prot.options : null;
  try {
    for (let i = 0; i < parts.length; i++) {
      const [start, end] = parts[i];
      const first = i === 0;
      const last = i === parts.length - 1;
      const ws = ctx.workbook.worksheets.getItem(t.sheet);
      if (lifted) ws.protection.unprotect(); // first: with a password it fails here, before any write
      let built: Excel.Worksheet[] = [];
      if (last) {
        // the new sheets first: a failure here leaves the tracking sheet untouched
        for (const name of tg.leftovers) ctx.workbook.worksheets.getItem(name).delete();
        built = plan.sheets.map((sp, k) => queueSheet(ctx, sp, `${TEMP_PREFIX}${k + 1}`));
      }
      // the last request also adds the highlights over every row, so it checks the whole name column
      const rows = end > start ? { first: t.top + start, last: t.top + end - 1 } : null;
      const guard = queueGuard(ws, t, last ? { first: t.top, last: bottom } : rows!, rows, last, first || last);
      if (first) {
        for (const cf of ourRules(book.rules.get(t.sheet))) cf.delete();
        for (const m of mergesToUndo(t, sheet)) ws.getRange(m).unmerge();
      }
      queueBlockRows(ws, t, start, end);
      let added: Excel.ConditionalFormat[] = [];
      if (last) {
        queueBlockDecor(ws, t);
        added = queueHighlights(ws, t.highlights);
        queueSwap(ctx, built, tg.names, tg.oldOwn);
      }
      if (lifted) ws.protection.protect(lifted);
      await ctx.sync(); // deliberate: one request per ~4 MB chunk; a normal sheet has one
      if (!guardHolds(guard, t, sheet)) {
        if (lifted) ws.protection.unprotect();
        queueUndo(ws, t, guard);
        for (const cf of added) cf.delete();
        if (lifted) ws.protection.protect(lifted);
        await ctx.sync();
        return { ok: false, moved: true };
      }
      progress?.((i + 1) / parts.length);
    }
  } catch (e) {
    const locked = await recover(ctx, plan, sheet, tg, lifted).catch(() => false);
    throw locked ? new PasswordProtectedError(t.sheet) : e;
  }
  return { ok: true, sheets: tg.names };
}

/**
 * After a failed write request (Office keeps the actions that ran before the failing one, and returns nothing it
 * loaded). Sheets: if the swap had begun (an old copy is gone, or a new name is taken), the new sheets were
 * complete, so the rest take their names; otherwise the half-built ones go and the old copies stay. Block: if the
 * names no longer match the read while the block's header row still sits in the block's columns (so they hold
 * only the add-in's output), it is blanked so no result stays on the wrong person. A column inserted in that same
 * moment cannot be told apart from this and is left alone. Protection: a sheet that was lifted is protected again;
 * one still protected means the unprotect itself failed (a password): returns true, and nothing was written.
 */
async function recover(
  ctx: Excel.RequestContext,
  plan: WritePlan,
  sheet: SheetSnapshot,
  tg: Targets,
  lifted: Excel.WorksheetProtectionOptions | null,
): Promise<boolean> {
  const t = plan.tracking[0];
  const sheets = ctx.workbook.worksheets;
  const probe = (name: string) => sheets.getItemOrNullObject(name).load("name");
  const temps = plan.sheets.map((_, k) => probe(`${TEMP_PREFIX}${k + 1}`));
  const finals = tg.names.map(probe);
  const olds = tg.oldOwn.map(probe);
  const ws = sheets.getItem(t.sheet);
  const bottom = t.top + t.values.length - 1;
  const names = ws.getRange(columnRange(t.nameCol, t.top, bottom)).load("values");
  const block = ws.getRange(blockAddress(t, t.top, bottom)).load("values");
  const prot = lifted ? ws.protection.load("protected") : null;
  await ctx.sync();
  if (prot?.protected) return true;
  const swapping = olds.some((x) => x.isNullObject) || tg.names.some((n, k) => !tg.oldOwn.includes(n) && !finals[k].isNullObject);
  temps.forEach((x, k) => {
    if (x.isNullObject) return;
    if (swapping) x.name = tg.names[k];
    else x.delete();
  });
  const moved = names.values.some((row, i) => !sameCell(row[0], cellAt(sheet, t.top + i, t.nameCol)));
  const ours = block.values.some((row) => OUTPUT_HEADERS.every((h, off) => row[off] === h));
  if (moved && ours) {
    if (t.groupMerge) ws.getRange(rangeA1(t.groupMerge)).unmerge();
    ws.getRange(blockAddress(t, t.top, bottom)).values = t.values.map((row) => row.map(() => ""));
  }
  if (lifted) ws.protection.protect(lifted);
  await ctx.sync();
  return false;
}
