// "Lập hồ sơ" (§12) in one Excel.run: read the workbook (names, then the sheets) → score it with the clerk's settings
// and the workbook's own "Tiêu chí" catalog, as a run does → the dossier for the settings and the documents' date →
// one write request: a print-ready sheet per document (Tờ trình, the list that goes with it, a báo cáo per nominee,
// the biên bản), built under temporary names and swapped in; only the add-in's own dossier sheets go (those of an
// earlier dossier too), a clerk's renamed or copied sheet stays. The tracking sheets, the run's list and the summary
// are not written (that is the run's job). 3 syncs; none to write when there is nothing to make (the reason is told).
import { dossierOf, isoToday } from "../core/dossier";
import { describeFailure } from "../core/read/failure";
import { DOSSIER_SHEET_NAMES } from "../core/read/sheets";
import { scoreWorkbook } from "../core/engine";
import { dossierSheets } from "../core/write/dossierSheets";
import type { SheetPlan } from "../core/write/plan";
import type { ClerkSettings, DossierOutcome, DossierSheet, OnProgress } from "./api";
import { applyPlan } from "./apply";
import { readBook } from "./read";
import { rowsMovedMessage, scoreOptions, snapshotCatalog } from "./score";

/** The dossier job; `today` (ISO) dates the documents when the settings give the Tờ trình no date. */
export async function dossierJob(
  ctx: Excel.RequestContext,
  settings: ClerkSettings,
  onProgress?: OnProgress,
  today = isoToday(),
): Promise<DossierOutcome> {
  onProgress?.("read", 0);
  const book = await readBook(ctx, (f) => onProgress?.("read", f));
  onProgress?.("compute", 0);
  const cat = snapshotCatalog(book.snapshot);
  if (!cat.ok) return { ok: false, message: cat.message, problems: cat.problems };
  const scored = scoreWorkbook(book.snapshot, { ...scoreOptions(settings), catalog: cat.catalog });
  if (!scored.ok) return { ok: false, message: describeFailure(scored.failure, cat.catalog), failure: scored.failure };
  const { run } = scored;
  const dossier = dossierOf(run, settings.dossier ?? {}, settings.dossier?.proposal?.date ?? today);
  const base = { reason: dossier.reason, notes: dossier.notes, blanks: dossier.blanks, result: run.result };
  if (dossier.documents.length === 0) {
    onProgress?.("done", 1);
    return { ok: true, made: [], ...base };
  }
  const plans: SheetPlan[] = dossierSheets(dossier);
  onProgress?.("write", 0);
  const applied = await applyPlan(ctx, book, { tracking: [], sheets: plans }, (f) => onProgress?.("write", f), {
    replace: [...DOSSIER_SHEET_NAMES],
  });
  // no output block is written, so rows moving on a tracking sheet cannot put anything on the wrong person
  if (!applied.ok) return { ok: false, message: rowsMovedMessage(run.result.sheet) };
  let report = 0;
  const made: DossierSheet[] = dossier.documents.map((d, i) => ({
    kind: d.kind,
    sheet: applied.sheets[i],
    ...(d.kind === "report" ? { person: run.nomination.nominees[report++].eval.name } : {}),
  }));
  onProgress?.("done", 1);
  return { ok: true, made, ...base };
}
