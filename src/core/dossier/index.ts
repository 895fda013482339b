// The dossier of §12 from a run: which documents are made ("When", outline.ts), the reason when none is, the blanks
// left; `dossierOf` takes a run's parts, the clerk's settings and the documents' date.
import { Catalog } from "../catalog";
import { UnitName } from "../read/unit";
import { Nomination, ScoredRow } from "../score/rank";
import { DossierSettings } from "../settings";
import { Dossier, DossierDocument } from "./model";
import { DossierInput } from "./parts";
import { listDocument, proposalDocument } from "./proposal";
import { minutesDocument } from "./minutes";
import { reportDocument } from "./report";
import { planWords } from "./legal";
import { dossierBlanks, noDossierReason } from "./reasons";
import { isoToday } from "./words";

export type { DossierInput } from "./parts";
export * from "./model";
export { reportFile } from "./report";
export * from "./outline";
export * from "./reasons";
export { isoToday } from "./words";

/** The documents of §12 for a run: Tờ trình, list and báo cáo need a nominee; the biên bản a nominee or a tie. */
export function buildDossier(input: DossierInput): Dossier {
  const { nominees, tieReview } = input.nomination;
  const documents: DossierDocument[] = [];
  const notes: string[] = [];
  if (nominees.length) {
    documents.push(proposalDocument(input), listDocument(input), ...nominees.map((r, i) => reportDocument(input, r, i + 1)));
  } else if (tieReview.length) {
    notes.push(
      `Chưa lập tờ trình, danh sách và báo cáo thành tích: chưa có cá nhân được đề nghị; cuộc họp bình xét lựa chọn trong ${tieReview.length} cá nhân cần bình xét.`,
    );
  }
  if (nominees.length || tieReview.length) documents.push(minutesDocument(input));
  const reason = documents.length ? null : noDossierReason(input.nomination.quota, input.rows.filter((r) => r.eligible).length);
  if (reason) notes.push(reason);
  const kinds = documents.map((d) => d.kind);
  return { documents, reason, notes, blanks: dossierBlanks(input.settings, kinds, planWords(input.catalog, input.unit).own) };
}

/** The parts of a run (the engine's ScoreRun) the dossier is made from. */
export interface DossierRun {
  catalog: Catalog;
  rows: ScoredRow[];
  nomination: Nomination;
  unit: UnitName;
  options: { minScore: number };
}

/** The dossier model of a run (§12) for the clerk's settings; `date` (ISO) is the documents' date, today by default
 * (each document dated by the settings keeps its own date). */
export function dossierOf(run: DossierRun, settings: DossierSettings = {}, date: string = isoToday()): Dossier {
  return buildDossier({
    catalog: run.catalog,
    rows: run.rows,
    nomination: run.nomination,
    unit: run.unit,
    minScore: run.options.minScore,
    settings,
    date,
  });
}
