// The dossier of a run as Word files in memory (Node and the browser): the model from the run, each document packed.
import { Packer } from "docx";
import type { ScoreRun } from "../core/engine";
import { Dossier, buildDossier } from "../core/dossier";
import { DossierSettings } from "../core/settings";
import { toWord } from "./render";

/** The parts of a run the dossier is made from. */
export type DossierRun = Pick<ScoreRun, "catalog" | "rows" | "nomination" | "unit" | "options">;

/** Today in the local calendar, "2025-12-20". */
export function isoToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The dossier model of a run (§12) for the clerk's settings; `date` (ISO) is the documents' date, today by default. */
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

export interface DossierFile {
  /** "01-to-trinh.docx" */
  name: string;
  data: Uint8Array;
}

/** Every document of the dossier as a .docx, in order (none when the dossier has none: see `reason`). */
export async function dossierFiles(dossier: Dossier): Promise<DossierFile[]> {
  const out: DossierFile[] = [];
  for (const d of dossier.documents) out.push({ name: d.file, data: new Uint8Array(await Packer.toArrayBuffer(toWord(d))) });
  return out;
}
