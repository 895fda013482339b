// The Office.js shell behind the task pane and the ribbon: `createExcelHost(env)` implements `ExcelHost` with the
// `Excel`/`Office` of `env` (the real globals by default; tests pass the fake). Every batch waits for cell edits.
// The officials' tools are in tools.ts; each refuses to start, like scoring, when Excel is too old.
import type { CellProblem, ClerkSettings, ExcelHost, OnProgress, RunOutcome } from "./api";
import { HostEnv, checkRequirements, excelOf } from "./env";
import { clearAllHighlights } from "./highlights";
import { localAddress } from "./address";
import { errorMessage, runJob } from "./score";
import { loadSettings, saveSettings } from "./settings";
import { applyChecks, createTracking, readGuide, saveCatalogSheet, startLive, workbookCatalog } from "./tools";
import { isTempSheet } from "./write-sheets";

export function createExcelHost(env: HostEnv = globalThis as HostEnv): ExcelHost {
  const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => excelOf(env).run({ delayForCellEdit: true }, batch);
  /** A tool run only when Excel can run it; else its plain message. */
  const tool = async <T>(go: () => Promise<T>): Promise<T | { ok: false; message: string; problems: CellProblem[] }> => {
    const req = checkRequirements(env);
    return req.ok ? go() : { ok: false, message: req.message ?? "", problems: [] };
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

    async scoreWorkbook(s: ClerkSettings, onProgress?: OnProgress): Promise<RunOutcome> {
      const req = checkRequirements(env);
      if (!req.ok) return { ok: false, message: req.message ?? "" };
      try {
        return await run((ctx) => runJob(ctx, s, onProgress));
      } catch (e) {
        return { ok: false, message: errorMessage(e) };
      }
    },

    clearHighlights: () => run(clearAllHighlights),

    selectCell: (sheet: string, address: string) =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(localAddress(address)).select();
        await ctx.sync();
      }),

    readCatalog: () => tool(() => workbookCatalog(excelOf(env), "đọc bộ tiêu chí")),
    createTrackingSheet: (source) => tool(() => createTracking(excelOf(env), source)),
    applyChecks: (s) => tool(() => applyChecks(excelOf(env), s)),
    saveCatalogSheet: () => tool(() => saveCatalogSheet(excelOf(env))),
    readGuide: (s) => tool(() => readGuide(excelOf(env), s)),
    startLiveCheck: (o) => tool(() => startLive(excelOf(env), o)),
  };
}
