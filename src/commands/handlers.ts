// The ribbon's ExecuteFunction handlers for Excel, built on the Office.js shell: "Chấm điểm & Xếp hạng" runs the
// whole job with the settings saved in the workbook (3 syncs: names + settings, sheets, writes + the summary sheet
// shown), "Xóa đánh dấu" removes the add-in's highlights, "Tạo bảng theo dõi" opens the pane on the officials' tools.
// All three always complete the event.
//
// How the clerk learns the outcome. In a shared runtime (SharedRuntime 1.1: the pane and the ribbon are one page)
// the outcome goes to the pane through `pane` and the pane is shown (Office.addin.showAsTaskpane): the result or the
// plain message, the problems as buttons. Without it, a failure opens a small dialog with the message (the add-in's
// own page, no network; DialogApi 1.1), and a success shows the summary sheet the run wrote. When the workbook's
// "Tiêu chí" sheet has errors, the first wrong cell is selected too, so the clerk lands on what to fix.
// The host is given (the pane's page passes its lazily loaded one), so this module stays out of the first screen.
import type { ExcelHost, RunOutcome } from "../excel/api";
import type { HostEnv } from "../excel/env";

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface Commands {
  scoreAndRank(event: CommandEvent): Promise<void>;
  clearHighlights(event: CommandEvent): Promise<void>;
  openOfficialsTools(event: CommandEvent): Promise<void>;
}

/** What the ribbon tells the pane living in the same runtime. */
export interface PaneLink {
  /** A ribbon run starts (the pane shows its progress and pauses its live check). */
  runStarted(): void;
  runEnded(outcome: RunOutcome): void;
  cleared(count: number | Error): void;
  openTools(): void;
}

interface OfficeSlice {
  addin?: { showAsTaskpane?: () => Promise<void> };
  context?: {
    ui?: { displayDialogAsync?: (url: string, options: object, callback?: (r: unknown) => void) => void };
    requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
}

/** The dialog page: the function file itself with the message in its address (commands.ts shows it). */
export const MESSAGE_PARAM = "thong-bao";

export interface CommandOptions {
  /** The pane of the same runtime (shared runtime only). */
  pane?: PaneLink;
  /** The address of the page the dialog shows (default: this page). */
  pageUrl?: string;
}

/** The handlers over `host` (in a shared runtime, the pane's own: one host, one lane for highlight rules). */
export function makeCommands(env: HostEnv, host: ExcelHost, opts: CommandOptions = {}): Commands {
  const office = env.Office as OfficeSlice | undefined;
  const shared = !!opts.pane && office?.context?.requirements?.isSetSupported("SharedRuntime", "1.1") === true;

  const showPane = async (): Promise<boolean> => {
    const show = office?.addin?.showAsTaskpane;
    if (typeof show !== "function") return false;
    return show.call(office!.addin).then(
      () => true,
      () => false,
    );
  };
  /** A failure said where the clerk sees it: the pane (shared runtime), else a dialog, else the console. */
  const tell = async (message: string): Promise<void> => {
    console.error(`Thi đua CCHC: ${message}`);
    if (shared && (await showPane())) return;
    const dialog = office?.context?.ui?.displayDialogAsync;
    const page = opts.pageUrl ?? (typeof location === "object" ? location.href.split(/[?#]/)[0] : "");
    if (typeof dialog !== "function" || !page) return;
    const url = `${page}?${MESSAGE_PARAM}=${encodeURIComponent(message.slice(0, 1500))}`;
    dialog.call(office!.context!.ui, url, { height: 40, width: 35, displayInIframe: true }, () => undefined);
  };
  const completing =
    (job: () => Promise<void>) =>
    async (event: CommandEvent): Promise<void> => {
      try {
        await job();
      } catch (e) {
        await tell(e instanceof Error ? e.message : String(e));
      } finally {
        event.completed();
      }
    };

  return {
    scoreAndRank: completing(async () => {
      const req = host.checkRequirements(); // no sync: Office answers from what it knows
      if (!req.ok) return tell(req.message ?? req.missing.join(", "));
      if (shared) opts.pane!.runStarted();
      const outcome = await host.scoreSaved();
      if (shared) {
        opts.pane!.runEnded(outcome);
        await showPane();
        return;
      }
      if (!outcome.ok) {
        const first = outcome.problems?.[0];
        if (first) await host.selectCell(first.sheet, first.cell).catch(() => undefined);
        const list = (outcome.problems ?? []).map((p) => `\n- ${p.message}`).join("");
        return tell(outcome.message + list);
      }
      console.info(`Thi đua CCHC: ${outcome.report.summaryText}`);
    }),
    clearHighlights: completing(async () => {
      const req = host.checkRequirements();
      if (!req.ok) return tell(req.message ?? req.missing.join(", "));
      try {
        const n = await host.clearHighlights();
        if (shared) opts.pane!.cleared(n);
        console.info(`Thi đua CCHC: đã xóa ${n} quy tắc đánh dấu.`);
      } catch (e) {
        if (shared) opts.pane!.cleared(e instanceof Error ? e : new Error(String(e)));
        throw e;
      }
    }),
    openOfficialsTools: completing(async () => {
      if (shared) {
        opts.pane!.openTools();
        await showPane();
        return;
      }
      // without a shared runtime a command cannot open the pane: the pane's page in a dialog, on the tools
      const dialog = office?.context?.ui?.displayDialogAsync;
      const page = opts.pageUrl ?? (typeof location === "object" ? location.href.split(/[?#]/)[0] : "");
      if (typeof dialog === "function" && page) dialog.call(office!.context!.ui, `${page}?mo=tao-bang`, { height: 80, width: 40 }, () => undefined);
    }),
  };
}

/** Bind the manifest's ExecuteFunction names (where the page can: Office.actions exists in a function file). */
export function associateCommands(office: unknown, c: Commands): void {
  const actions = (office as { actions?: { associate?: (name: string, fn: (event: CommandEvent) => unknown) => void } } | undefined)?.actions;
  if (typeof actions?.associate !== "function") return;
  actions.associate("scoreAndRank", c.scoreAndRank);
  actions.associate("clearHighlights", c.clearHighlights);
  actions.associate("openOfficialsTools", c.openOfficialsTools);
}
