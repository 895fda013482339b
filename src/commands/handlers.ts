// The ribbon's ExecuteFunction handlers for Excel, built on the Office.js shell: "Chấm điểm & Xếp hạng" runs the
// whole job without opening the pane, "Xóa đánh dấu" removes the add-in's highlights. Both always complete the event.
//
// How the clerk learns the outcome (Excel has no notification API for add-in commands, and a dialog is a lot of
// machinery for one line): on success the summary sheet the run just wrote is activated; its first lines carry
// "Đã chấm N người · … lỗi số liệu · … người được đề nghị", so the answer is on screen. On failure nothing in the
// workbook changes; the message is logged, and where the host can show the task pane from a command (shared
// runtime) the pane is opened, which explains the problem itself (it runs the same checks). Otherwise the clerk
// sees no summary sheet appear and opens the pane, whose first run shows the reason. When the workbook's "Tiêu chí"
// sheet has errors, the first wrong cell is selected, so the clerk lands on what to fix.
import type { HostEnv } from "../excel/env";
import { createExcelHost } from "../excel/host";

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface Commands {
  scoreAndRank(event: CommandEvent): Promise<void>;
  clearHighlights(event: CommandEvent): Promise<void>;
}

interface AddinGlobal {
  addin?: { showAsTaskpane?: () => Promise<void> };
}

async function tell(env: HostEnv, message: string): Promise<void> {
  console.error(`Thi đua CCHC: ${message}`);
  const show = (env.Office as AddinGlobal | undefined)?.addin?.showAsTaskpane;
  if (typeof show === "function") await show.call((env.Office as AddinGlobal).addin).catch(() => undefined);
}

export function makeCommands(env: HostEnv = globalThis as HostEnv): Commands {
  const host = createExcelHost(env);
  return {
    async scoreAndRank(event) {
      try {
        const req = host.checkRequirements();
        if (!req.ok) return await tell(env, req.message ?? req.missing.join(", "));
        const settings = await host.loadSettings().catch(() => ({}));
        const outcome = await host.scoreWorkbook(settings);
        if (!outcome.ok) {
          const first = outcome.problems?.[0];
          if (first) await host.selectCell(first.sheet, first.cell).catch(() => undefined);
          const list = (outcome.problems ?? []).map((p) => `\n- ${p.message}`).join("");
          return await tell(env, outcome.message + list);
        }
        const summary = outcome.report.sheetsWritten[outcome.report.sheetsWritten.length - 1];
        if (summary) await host.selectCell(summary, "A1");
        console.info(`Thi đua CCHC: ${outcome.report.summaryText}`);
      } catch (e) {
        await tell(env, e instanceof Error ? e.message : String(e));
      } finally {
        event.completed();
      }
    },
    async clearHighlights(event) {
      try {
        const req = host.checkRequirements();
        if (!req.ok) return await tell(env, req.message ?? req.missing.join(", "));
        const n = await host.clearHighlights();
        console.info(`Thi đua CCHC: đã xóa ${n} quy tắc đánh dấu.`);
      } catch (e) {
        await tell(env, e instanceof Error ? e.message : String(e));
      } finally {
        event.completed();
      }
    },
  };
}
