// Applying the core's write plan through Office.js, safely in a shared workbook: every scored sheet's output block
// (one per sheet, §10) and the add-in's sheets, in one request for normal sheets. Each request starts by loading
// what it is about to change (the guard: the name column, the block's cells, merges and formats), then writes.
// Office runs a request as one unit, so the guard sees exactly the cells the writes land on: if they are not what
// the plan was computed from (rows inserted, deleted or sorted, a column inserted since the read), every block of
// that request is put back from its guard and the run redoes. Only blocks whose writes pass ~4 MB are cut into row
// chunks. The add-in's sheets are built under temporary names and swapped in at the end; only its own sheets (its
// name and marker, a suffix it chose) are replaced, never a sheet the clerk renamed or copied. A tracking sheet
// protected without a password is unprotected first thing in each request and protected again last thing in it;
// with a password the unprotect fails before anything is written.
import { OUTPUT_HEADERS } from "../core/read/layout";
import { ownBaseName, ownSheetNames } from "../core/read/sheets";
import { sheetOrder } from "../core/write/sheetOrder";
import { SheetPlan, TrackingPlan, WritePlan, resolveSheetName } from "../core/write/plan";
import { SheetSnapshot, cellAt } from "../core/read/snapshot";
import { cellRuns, columnRange, rangeA1 } from "./address";
import { ourRules, queueHighlights } from "./highlights";
import { CHUNK_BYTES, jsonBytes, planChunks } from "./payload";
import { PasswordProtectedError } from "./formSheet";
import { BookRead } from "./read";
import {
  Guard,
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
import { TEMP_PREFIX, isTempSheet, queuePlacement, queueSheet, queueSwap } from "./write-sheets";

export type ApplyResult = { ok: true; sheets: string[] } | { ok: false; moved: true };

export interface ApplyOptions {
  /** Activate the summary sheet (else the last of the add-in's sheets) in the last request. */
  show?: boolean;
  /** Base names of the add-in's sheets to remove even when the plan writes none of them ("Lập hồ sơ" removes an
   * earlier Tờ trình when only the biên bản is made now). */
  replace?: string[];
}

interface Targets {
  names: string[];
  oldOwn: string[];
  leftovers: string[];
  /** The sheets that stay, in tab order, and the tab order after the write (sheetOrder). */
  kept: string[];
  order: string[];
}

/** Final names of the plan's sheets (a clerk's sheet of that name is never overwritten), what goes (the add-in's own
 * sheets of the names written: a run leaves the dossier's sheets, "Lập hồ sơ" the summary), and the tab order. */
function targets(book: BookRead): (plan: WritePlan, replace?: string[]) => Targets {
  const sheets = book.snapshot.sheets.filter((s) => !isTempSheet(s.name));
  const own = ownSheetNames({ sheets });
  const listed = sheets.map((s) => ({ name: s.name, own: own.has(s.name) }));
  return (plan, replace = []) => {
    const bases = new Set([...plan.sheets.map((sp) => sp.name), ...replace].map(ownBaseName));
    const names = plan.sheets.map((sp) => resolveSheetName(sp.name, listed));
    const oldOwn = listed.filter((s) => s.own && bases.has(ownBaseName(s.name))).map((s) => s.name);
    return {
      names,
      oldOwn,
      leftovers: book.snapshot.sheets.filter((s) => isTempSheet(s.name)).map((s) => s.name),
      kept: listed.filter((s) => !oldOwn.includes(s.name)).map((s) => s.name),
      order: sheetOrder(listed, oldOwn, names),
    };
  };
}

/** One output block with the sheet it was computed from and how its sheet's protection is lifted. */
interface Block {
  t: TrackingPlan;
  sheet: SheetSnapshot;
  lifted: Excel.WorksheetProtectionOptions | null;
  bottom: number;
}

/** Rows [start, end) of one block in one request; `first`/`last` of that block's requests. */
interface Step {
  b: Block;
  start: number;
  end: number;
  first: boolean;
  last: boolean;
}

/** Row chunks of a block: request bytes (values + formats) and guard response bytes per row. */
function chunks(t: TrackingPlan, sheet: SheetSnapshot, sheets: SheetPlan[]): [number, number][] {
  const request = t.values.map((row) => jsonBytes(valueRow(row)) + jsonBytes(formatRow(t, row)));
  const response = t.values.map((_, i) => {
    const old = sheet.values[t.top + i - 1]?.slice(t.col - 1, t.col - 1 + t.width) ?? [];
    return 2 * jsonBytes(old) + 12 * t.width + jsonBytes(sheet.values[t.top + i - 1]?.[t.nameCol - 1] ?? "");
  });
  const highlights = cellRuns([...t.highlights.shortfall, ...t.highlights.error]).join(",").length * 2;
  const names = t.values.reduce((n, _, i) => n + jsonBytes(sheet.values[t.top + i - 1]?.[t.nameCol - 1] ?? "") + 3, 0);
  return planChunks(request, response, CHUNK_BYTES, { request: 2 * jsonBytes(sheets) + highlights + 20_000, response: names + 20_000 });
}

/** The requests: every block's chunks but its last, then one request with each block's last chunk and the sheets. */
function requests(blocks: Block[], sheets: SheetPlan[]): Step[][] {
  const early: Step[][] = [];
  const final: Step[] = [];
  for (const b of blocks) {
    const parts = chunks(b.t, b.sheet, sheets);
    parts.forEach(([start, end], i) => {
      const step = { b, start, end, first: i === 0, last: i === parts.length - 1 };
      if (step.last) final.push(step);
      else early.push([step]);
    });
  }
  return [...early, final];
}

/** Queue one block's part of a request; returns its guard and the rules it adds. */
function queueStep(ctx: Excel.RequestContext, book: BookRead, s: Step): { guard: Guard; added: Excel.ConditionalFormat[] } {
  const { t, sheet, bottom } = s.b;
  const ws = ctx.workbook.worksheets.getItem(t.sheet);
  // the last request also adds the highlights over every row, so it checks the whole name column
  const rows = s.end > s.start ? { first: t.top + s.start, last: t.top + s.end - 1 } : null;
  const guard = queueGuard(ws, t, s.last ? { first: t.top, last: bottom } : rows!, rows, s.last, s.first || s.last);
  if (s.first) {
    for (const cf of ourRules(book.rules.get(t.sheet))) cf.delete();
    for (const m of mergesToUndo(t, sheet)) ws.getRange(m).unmerge();
  }
  queueBlockRows(ws, t, s.start, s.end);
  if (!s.last) return { guard, added: [] };
  queueBlockDecor(ws, t);
  return { guard, added: queueHighlights(ws, t.highlights) };
}

/** Unprotect (first) or protect again (last) every lifted sheet the request writes on. */
function queueProtection(ctx: Excel.RequestContext, steps: Step[], lift: boolean): void {
  const done = new Set<string>();
  for (const { b } of steps) {
    if (!b.lifted || done.has(b.t.sheet)) continue;
    done.add(b.t.sheet);
    const p = ctx.workbook.worksheets.getItem(b.t.sheet).protection;
    if (lift) p.unprotect();
    else p.protect(b.lifted);
  }
}

/** Write the plan; `{ moved }` when rows moved under us (nothing left on the wrong person). */
export async function applyPlan(
  ctx: Excel.RequestContext,
  book: BookRead,
  plan: WritePlan,
  progress?: (fraction: number) => void,
  opts: ApplyOptions = {},
): Promise<ApplyResult> {
  const tg = targets(book)(plan, opts.replace);
  const blocks: Block[] = plan.tracking.map((t) => {
    const prot = book.protection.get(t.sheet);
    return {
      t,
      sheet: book.snapshot.sheets.find((s) => s.name === t.sheet)!,
      lifted: prot?.protected ? prot.options : null,
      bottom: t.top + t.values.length - 1,
    };
  });
  const all = requests(blocks, plan.sheets);
  try {
    for (let i = 0; i < all.length; i++) {
      const steps = all[i];
      const last = i === all.length - 1;
      queueProtection(ctx, steps, true); // first: with a password it fails here, before any write
      let built: Excel.Worksheet[] = [];
      if (last) {
        // the new sheets first: a failure here leaves the tracking sheets untouched
        for (const name of tg.leftovers) ctx.workbook.worksheets.getItem(name).delete();
        built = plan.sheets.map((sp, k) => queueSheet(ctx, sp, `${TEMP_PREFIX}${k + 1}`));
      }
      const queued = steps.map((s) => ({ s, ...queueStep(ctx, book, s) }));
      if (last) {
        queueSwap(ctx, built, tg.names, tg.oldOwn);
        queuePlacement(built, tg.names, tg.kept, tg.order);
        if (opts.show && built.length) showSheet(built[plan.sheets.findIndex((sp) => sp.role === "summary")] ?? built[built.length - 1]);
      }
      queueProtection(ctx, steps, false);
      await ctx.sync(); // deliberate: one request per ~4 MB chunk; normal sheets have one
      if (!queued.every((q) => guardHolds(q.guard, q.s.b.t, q.s.b.sheet))) {
        queueProtection(ctx, steps, true);
        for (const q of queued) {
          queueUndo(ctx.workbook.worksheets.getItem(q.s.b.t.sheet), q.s.b.t, q.guard);
          for (const cf of q.added) cf.delete();
        }
        queueProtection(ctx, steps, false);
        await ctx.sync();
        return { ok: false, moved: true };
      }
      progress?.((i + 1) / all.length);
    }
  } catch (e) {
    const locked = await recover(ctx, plan, blocks, tg).catch(() => null);
    throw locked ? new PasswordProtectedError(locked) : e;
  }
  return { ok: true, sheets: tg.names };
}

/** The sheet the ribbon's run shows: activated, its first cell selected (both in the write request). */
function showSheet(ws: Excel.Worksheet): void {
  ws.activate();
  ws.getRange("A1").select();
}

/**
 * After a failed write request (Office keeps the actions that ran before the failing one, and returns nothing it
 * loaded). Sheets: if the swap had begun (an old copy is gone, or a new name is taken), the new sheets were
 * complete, so the rest take their names; otherwise the half-built ones go and the old copies stay. Blocks: where
 * the names no longer match the read while the block's header row still sits in the block's columns (so they hold
 * only the add-in's output), the block is blanked so no result stays on the wrong person. A column inserted in that
 * same moment cannot be told apart from this and is left alone. Protection: a sheet that was lifted is protected
 * again; one still protected means the unprotect itself failed (a password): its name is returned, nothing was written.
 */
async function recover(ctx: Excel.RequestContext, plan: WritePlan, blocks: Block[], tg: Targets): Promise<string | null> {
  const sheets = ctx.workbook.worksheets;
  const probe = (name: string) => sheets.getItemOrNullObject(name).load("name");
  const temps = plan.sheets.map((_, k) => probe(`${TEMP_PREFIX}${k + 1}`));
  const finals = tg.names.map(probe);
  const olds = tg.oldOwn.map(probe);
  const reads = blocks.map((b) => {
    const ws = sheets.getItem(b.t.sheet);
    return {
      b,
      ws,
      names: ws.getRange(columnRange(b.t.nameCol, b.t.top, b.bottom)).load("values"),
      block: ws.getRange(blockAddress(b.t, b.t.top, b.bottom)).load("values"),
      prot: b.lifted ? ws.protection.load("protected") : null,
    };
  });
  await ctx.sync();
  const locked = reads.find((r) => r.prot?.protected);
  if (locked) return locked.b.t.sheet;
  const swapping = olds.some((x) => x.isNullObject) || tg.names.some((n, k) => !tg.oldOwn.includes(n) && !finals[k].isNullObject);
  temps.forEach((x, k) => {
    if (x.isNullObject) return;
    if (swapping) x.name = tg.names[k];
    else x.delete();
  });
  for (const { b, ws, names, block } of reads) {
    const moved = names.values.some((row, i) => !sameCell(row[0], cellAt(b.sheet, b.t.top + i, b.t.nameCol)));
    const ours = block.values.some((row) => OUTPUT_HEADERS.every((h, off) => row[off] === h));
    if (moved && ours) {
      if (b.t.groupMerge) ws.getRange(rangeA1(b.t.groupMerge)).unmerge();
      ws.getRange(blockAddress(b.t, b.t.top, b.bottom)).values = b.t.values.map((row) => row.map(() => ""));
    }
    if (b.lifted) ws.protection.protect(b.lifted);
  }
  await ctx.sync();
  return null;
}
