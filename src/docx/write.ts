// The command line's side of the dossier (§12, `--dossier DIR`): the Word files written into a directory.
import fs from "node:fs";
import path from "node:path";
import { Dossier } from "../core/dossier";
import { DossierSettings } from "../core/settings";
import { DossierRun, dossierFiles, dossierOf } from "./files";

export { dossierOf, dossierFiles, isoToday, type DossierRun, type DossierFile } from "./files";

/** Writes the dossier's documents into `dir` (made if missing); returns the paths written, in order. */
export async function writeDossier(dir: string, dossier: Dossier): Promise<string[]> {
  const files = await dossierFiles(dossier);
  if (files.length === 0) return [];
  fs.mkdirSync(dir, { recursive: true });
  return files.map((f) => {
    const file = path.join(dir, f.name);
    fs.writeFileSync(file, f.data);
    return file;
  });
}

export interface DossierOutcome {
  /** Paths written, in order: 01-to-trinh, 02-danh-sach, 03-bao-cao-thanh-tich-…, 04-bien-ban-hop-binh-xet. */
  written: string[];
  /** Why nothing was written (the clerk reads it; the command line still exits 0), else null. */
  reason: string | null;
  /** What was made and what was not, for the summary the clerk reads. */
  notes: string[];
  /** The places left as dotted blanks for the clerk to fill. */
  blanks: string[];
}

/** `--dossier DIR`: the run's dossier for the settings and date (today by default), written as Word files. */
export async function writeRunDossier(dir: string, run: DossierRun, settings: DossierSettings = {}, date?: string): Promise<DossierOutcome> {
  const dossier = dossierOf(run, settings, date);
  const written = await writeDossier(dir, dossier);
  return { written, reason: dossier.reason, notes: dossier.notes, blanks: dossier.blanks };
}
