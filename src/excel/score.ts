// The whole job in one Excel.run: read (the saved settings with the sheet names, for the ribbon) → core (with the
// workbook's own "Tiêu chí" catalog, from the same read) → write plan → apply (the summary shown by the same request,
// for the ribbon); redone (at most 3 times) when rows moved between the read and the write, and told plainly when
// they keep moving, when the catalog sheet has errors, when nothing can be written (E_NO_ROOM …) or when Excel
// refuses a request. A normal run is 3 syncs: names (+ settings), sheets, writes.
import { Catalog, DEFAULT_CATALOG } from "../core/catalog";
import { catalogFromSheet } from "../core/officials/catalogSheet";
import { DOSSIER_SHEET_NAMES, findCatalogSheet, ownBaseName, ownSheetNames } from "../core/read/sheets";
import { planWords } from "../core/dossier/legal";
import { ScoreOptions, scoreWorkbook } from "../core/engine";
import { describeFailure } from "../core/read/failure";
import { countErrors, runSummary } from "../core/messages";
import { WorkbookSnapshot } from "../core/read/snapshot";
import type { CatalogOutcome, ClerkSettings, OnProgress, RunOutcome } from "./api";
import { applyPlan } from "./apply";
import { PasswordProtectedError } from "./formSheet";
import { readBook } from "./read";
import { queueSettings } from "./settings";

export const MAX_ATTEMPTS = 3;

export const rowsMovedMessage = (sheet: string): string =>
  `Trong lúc chấm, có người đang chèn, xóa hoặc sắp xếp lại dòng trên trang "${sheet}" (đã thử ${MAX_ATTEMPTS} lần). ` +
  "Kết quả mới chưa được ghi, để không ghi nhầm điểm sang người khác; các ô tô màu của lần chấm trước đã được gỡ. " +
  "Xin đợi mọi người sửa xong rồi bấm Chấm điểm lại.";

/** A plain message for an exception from Excel (RichApi.Error has a code) or from the shell; `job` names what
 * failed and the button to press again (the run's by default, "Lập hồ sơ" for the dossier). */
export function errorMessage(e: unknown, job: { doing: string; button: string } = { doing: "chấm điểm", button: "Chấm điểm" }): string {
  const code = (e as { code?: string })?.code;
  if (e instanceof PasswordProtectedError) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded") {
    return "Bảng quá lớn để Excel trên web ghi trong một lần. Hãy thử lại trên Excel cài trên máy, hoặc chia bảng thành nhiều trang.";
  }
  // Excel's own words (often English) go last, as a detail for whoever helps the clerk
  return `Excel báo lỗi khi ${job.doing}. Các ô số liệu của anh/chị không bị thay đổi; hãy bấm ${job.button} lại. (Chi tiết: ${code ? `${code} — ` : ""}${detail.replace(/\.+$/, "")})`;
}

/** The plain message over a catalog sheet's cell errors. */
export const catalogErrorsMessage = (sheet: string, n: number, action = "chấm điểm"): string =>
  `Trang “${sheet}” (bộ tiêu chí) có ${n} ô chưa đúng, nên chưa ${action}. Bấm vào từng lỗi để đến ô đó, sửa rồi thử lại.`;

/** The catalog a snapshot carries in its "Tiêu chí" sheet (found by its title), else the default one. */
export function snapshotCatalog(book: WorkbookSnapshot, base: Catalog = DEFAULT_CATALOG): CatalogOutcome {
  const sheet = findCatalogSheet(book);
  if (!sheet) return { ok: true, catalog: base, sheet: null };
  const r = catalogFromSheet(sheet, base);
  if (r.ok) return { ok: true, catalog: r.catalog, sheet: sheet.name };
  return { ok: false, message: catalogErrorsMessage(sheet.name, r.errors.length), problems: r.errors.map((e) => ({ sheet: sheet.name, ...e })) };
}

export function scoreOptions(s: ClerkSettings): ScoreOptions {
  const { sheets, allSheets, quota, minScore, method, mapping, lang, unit, dossier } = s;
  return { sheets: sheets?.length ? sheets : undefined, allSheets, quota, minScore, method, mapping, lang, unit, dossier };
}

/** The add-in's own dossier sheets of a workbook (a run leaves them as they are), in tab order. */
function dossierSheetsIn(book: WorkbookSnapshot): string[] {
  const own = ownSheetNames(book);
  const dossier = DOSSIER_SHEET_NAMES.map((n) => n.toLowerCase());
  return book.sheets.map((s) => s.name).filter((n) => own.has(n) && dossier.includes(ownBaseName(n) ?? ""));
}

export interface JobOptions {
  /** Show the summary sheet (activated by the write request itself): the ribbon's run. */
  show?: boolean;
}

/** The run: `s` the pane's settings, or null for those saved in the workbook (read in the names' sync). */
export async function runJob(
  ctx: Excel.RequestContext,
  s: ClerkSettings | null,
  onProgress?: OnProgress,
  opts: JobOptions = {},
): Promise<RunOutcome> {
  let retries = 0;
  let settings = s ?? {};
  let sheets = settings.sheets?.join(", ") ?? "";
  // deliberate retry loop (at most MAX_ATTEMPTS): each attempt reads again because rows moved
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    onProgress?.("read", 0);
    const saved = s === null && attempt === 1 ? queueSettings(ctx) : null; // travels with the sheet names
    const book = await readBook(ctx, (f) => onProgress?.("read", f));
    if (saved) settings = saved();
    onProgress?.("compute", 0);
    const cat = snapshotCatalog(book.snapshot);
    if (!cat.ok) return { ok: false, message: cat.message, problems: cat.problems };
    const outcome = scoreWorkbook(book.snapshot, { ...scoreOptions(settings), catalog: cat.catalog });
    if (!outcome.ok) return { ok: false, message: describeFailure(outcome.failure, cat.catalog), failure: outcome.failure };
    const { run } = outcome;
    sheets = (run.result.sheets ?? [run.result.sheet]).join(", ");
    onProgress?.("write", 0);
    const applied = await applyPlan(ctx, book, run.plan, (f) => onProgress?.("write", f), { show: opts.show });
    if (!applied.ok) {
      retries++;
      continue;
    }
    const r = run.result;
    const summaryText = runSummary(
      { rows: r.rows.length, errors: countErrors(r.rows), nominees: r.nominees.length, tieReview: r.tieReview.length },
      run.options.lang,
    );
    onProgress?.("done", 1);
    const dossier = { planOwn: planWords(cat.catalog, run.unit).own, existing: dossierSheetsIn(book.snapshot) };
    return {
      ok: true,
      report: { result: r, summaryText, sheetsWritten: applied.sheets, retries, catalog: cat.catalog, catalogSheet: cat.sheet, settings, dossier },
    };
  }
  return { ok: false, message: rowsMovedMessage(sheets) };
}
