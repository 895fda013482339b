// The Office.js shell behind the task pane and the ribbon: `createExcelHost(env)` implements `ExcelHost` with the
// `Excel`/`Office` of `env` (the real globals by default; tests pass the fake). Every batch waits for cell edits.
// In a shared runtime the pane and the ribbon use one host, so its one lane (`exclusive`) keeps every job that
// rewrites highlight rules — a run, "Xóa đánh dấu", a live re-check — from interleaving with another, whoever started
// it. The officials' tools are in tools.ts; each refuses to start, like scoring, when Excel is too old.
import type { CellProblem, ClerkSettings, DossierOutcome, ExcelHost, OnProgress, RunOutcome } from "./api";
import { dossierJob } from "./dossier";
import { HostEnv, checkRequirements, excelOf } from "./env";
import { clearAllHighlights } from "./highlights";
import { localAddress } from "./address";
import { Exclusive } from "./liveCheck";
import { errorMessage, runJob } from "./score";
import { loadSettings, saveSettings } from "./settings";
import { applyChecks, createTracking, readGuide, saveCatalogSheet, startLive, trackingSheets, workbookCatalog } from "./tools";
import { isTempSheet } from "./write-sheets";

/** One job at a time: each waits for the one before it to end (however it ends). */
export function lane(): Exclusive {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const next = tail.then(fn, fn);
    tail = next.catch(() => undefined);
    return next;
  };
}

export function createExcelHost(env: HostEnv = globalThis as HostEnv): ExcelHost {
  const exclusive = lane();
  const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => excelOf(env).run({ delayForCellEdit: true }, batch);
  /** A tool run only when Excel can run it; else its plain message. */
  const tool = async <T>(go: () => Promise<T>): Promise<T | { ok: false; message: string; problems: CellProblem[] }> => {
    const req = checkRequirements(env);
    return req.ok ? go() : { ok: false, message: req.message ?? "", problems: [] };
  };
  /** A run: refused without a sync when Excel is too old; an exception becomes the plain message. */
  const score = async (s: ClerkSettings | null, onProgress?: OnProgress): Promise<RunOutcome> => {
    const req = checkRequirements(env);
    if (!req.ok) return { ok: false, message: req.message ?? "" };
    try {
      return await exclusive(() => run((ctx) => runJob(ctx, s, onProgress, { show: s === null })));
    } catch (e) {
      return { ok: false, message: errorMessage(e) };
    }
  };
  /** "Lập hồ sơ": in the lane too (it reads what a run writes); refused like a run when Excel is too old. */
  const dossier = async (s: ClerkSettings, onProgress?: OnProgress): Promise<DossierOutcome> => {
    const req = checkRequirements(env);
    if (!req.ok) return { ok: false, message: req.message ?? "" };
    try {
      return await exclusive(() => run((ctx) => dossierJob(ctx, s, onProgress)));
    } catch (e) {
      return { ok: false, message: errorMessage(e, { doing: "lập hồ sơ", button: "Lập hồ sơ" }) };
    }
  };
  return {
    checkRequirements: () => checkRequirements(env),

    listSheets: () =>
      run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/name");
        await ctx.sync();
        return sheets.items.map((s) => s.name).filter((n) => !isTempSheet(n));
      }),

    loadSettings: () => run(loadSettings),
    saveSettings: (s: ClerkSettings) => run((ctx) => saveSettings(ctx, s)),

    scoreWorkbook: (s: ClerkSettings, onProgress?: OnProgress) => score(s, onProgress),
    scoreSaved: (onProgress?: OnProgress) => score(null, onProgress),
    makeDossier: (s: ClerkSettings, onProgress?: OnProgress) => dossier(s, onProgress),
    findTrackingSheets: (s) => tool(() => trackingSheets(excelOf(env), s)),

    clearHighlights: () => exclusive(() => run(clearAllHighlights)),

    selectCell: (sheet: string, address: string) =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(localAddress(address)).select();
        await ctx.sync();
      }),

    readCatalog: () => tool(() => workbookCatalog(excelOf(env), "đọc bộ tiêu chí")),
    createTrackingSheet: (source) => tool(() => createTracking(excelOf(env), source)),
    applyChecks: (s) => tool(() => exclusive(() => applyChecks(excelOf(env), s))),
    saveCatalogSheet: () => tool(() => saveCatalogSheet(excelOf(env))),
    readGuide: (s) => tool(() => readGuide(excelOf(env), s)),
    startLiveCheck: (o) => tool(() => startLive(excelOf(env), o, exclusive)),
  };
}
