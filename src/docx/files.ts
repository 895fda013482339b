// The dossier of a run as Word files in memory (Node and the browser): each document of the model (the core's
// `dossierOf`) packed.
import { Packer } from "docx";
import { Dossier } from "../core/dossier";
import { toWord } from "./render";

export { dossierOf, isoToday, type DossierRun } from "../core/dossier";

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
