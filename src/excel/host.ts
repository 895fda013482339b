// The Office.js shell behind the task pane and the ribbon: `createExcelHost(env)` implements `ExcelHost` with the
// `Excel`/`Office` of `env` (the real globals by default; tests pass the fake). Every batch waits for cell edits.
import type { ClerkSettings, ExcelHost, OnProgress, RunOutcome } from "./api";
import { HostEnv, checkRequirements, excelOf } from "./env";
import { clearAllHighlights } from "./highlights";
import { localAddress } from "./address";
import { errorMessage, runJob } from "./score";
import { loadSettings, saveSettings } from "./settings";
import { isTempSheet } from "./write-sheets";

export function createExcelHost(env: HostEnv = globalThis as HostEnv): ExcelHost {
  const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => excelOf(env).run({ delayForCellEdit: true }, batch);
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
  };
}
