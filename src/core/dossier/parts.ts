// Pieces every document of the dossier shares: the letterhead (NĐ 30/2020), the UBND's signer block from the
// settings (TM. or KT.), the section heading, and what the documents are built from.
import { Catalog } from "../catalog";
import { UnitName, unitWords } from "../read/unit";
import { Nomination, ScoredRow } from "../score/rank";
import { DossierSettings } from "../settings";
import { Blank, DOTS, HeadLine, Letterhead, Paragraph, Signer, para, run } from "./model";
import { placeDate } from "./words";

/** What the dossier is built from: the run's parts, the clerk's settings and the documents' date. */
export interface DossierInput {
  catalog: Catalog;
  rows: ScoredRow[];
  nomination: Nomination;
  unit: UnitName;
  /** The minimum score of the run (the catalog's unless the clerk changed it). */
  minScore: number;
  settings: DossierSettings;
  /** The documents' date (ISO): chooses the decree in force when a document has no date of its own. */
  date: string;
}

export const NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

/**
 * The heading: the unit over the document's number on the left; the national name, the underlined motto and the
 * place and date on the right. `number` is the symbol after "Số: …/" ("TTr-UBND"); null leaves the line out.
 */
export function letterhead(unit: UnitName, number: { value?: string; symbol: string } | null, date: string | undefined): Letterhead {
  const [agency, name] = unitWords(unit).heading;
  const left: HeadLine[] = [
    { text: agency, bold: true },
    { text: name, bold: true, rule: true },
  ];
  if (number) left.push({ text: `Số: ${number.value ?? DOTS}/${number.symbol}` });
  const right: HeadLine[] = [
    { text: NATIONAL, bold: true },
    { text: MOTTO, bold: true, underline: true },
    { text: "" },
    { text: placeDate(unit.name, date), italic: true },
  ];
  return { kind: "letterhead", left, right };
}

/** The UBND's signer: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", or with a deputy "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". */
export function ubndSigner(settings: DossierSettings): Signer {
  const deputy = !!settings.signer?.deputy;
  return {
    kind: "signer",
    titles: deputy ? ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] : ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    name: settings.signer?.name ?? null,
  };
}

/** A bold section heading ("I. SƠ LƯỢC LÝ LỊCH") kept with what follows. */
export const section = (text: string): Paragraph => para([run(text, { bold: true })], { align: "left", keepNext: true });

/** A centred title line. */
export const title = (text: string, opts: { bold?: boolean; italic?: boolean; role?: "title" | "body" } = {}): Paragraph =>
  para([run(text, { bold: opts.bold ?? true, italic: opts.italic })], { align: "center", role: opts.role ?? "title", keepNext: true });

/** A body paragraph with a first-line indent. */
export const body = (text: string | Paragraph["runs"]): Paragraph => para(text, { indent: true });

/** A label and its value ("Họ và tên: Trần Minh Mai"), or the label and a dotted line to fill in when unknown. */
export const field = (label: string, value: string | null | undefined): Paragraph | Blank =>
  value ? para([run(`${label}: `), run(value)], { indent: true }) : { kind: "blank", label: [run(`${label}: `)], lines: 1 };
