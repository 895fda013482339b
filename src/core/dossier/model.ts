// The dossier's document model (§12): documents as blocks of data — letterhead, paragraphs of runs, lists, tables,
// signature blocks, dotted blanks — with no formatting; the Word and sheet renderers decide how each looks.

/** A piece of text with its emphasis. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type Align = "left" | "center" | "right" | "justify";

/** What a paragraph is, for its size: the document's title, body text, a table's text, a small note. */
export type TextRole = "title" | "body" | "table" | "small";

export interface Paragraph {
  kind: "paragraph";
  runs: Run[];
  /** Default: justified. */
  align?: Align;
  /** First-line indent (running body text). */
  indent?: boolean;
  role?: TextRole;
  /** Keep on the same page as the next block (a section heading). */
  keepNext?: boolean;
}

/** Lines to be written in by hand: an optional label, then dots to the end of the line. */
export interface Blank {
  kind: "blank";
  label?: Run[];
  lines: number;
}

/** A numbered ("1.", "2." …) or dashed ("- ") list. */
export interface List {
  kind: "list";
  marker: "number" | "dash";
  items: Run[][];
}

export interface Column {
  title: string;
  /** Relative width. */
  width: number;
  align?: Align;
}

/** A bordered table: a header row, then rows of plain text ("" = a blank cell to fill in). */
export interface Table {
  kind: "table";
  columns: Column[];
  rows: string[][];
  /** Default "table"; "small" for a list that must hold many rows on a page. */
  role?: TextRole;
}

/** One line of a heading column: `rule` draws a short line under it (NĐ 30/2020). */
export interface HeadLine {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  rule?: boolean;
}

/** The two-column heading without borders: the unit and the number on the left, the national motto on the right. */
export interface Letterhead {
  kind: "letterhead";
  left: HeadLine[];
  right: HeadLine[];
}

/** A signer: titles ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), a note ("(Ký, ghi rõ họ và tên)"), room to sign, the name. */
export interface Signer {
  kind: "signer";
  titles: string[];
  note?: string;
  /** Null: a dotted blank for the name. */
  name: string | null;
}

/** "Nơi nhận:" and its lines, beside the signer. */
export interface Recipients {
  kind: "recipients";
  lines: string[];
}

/** One row of signature columns, left and right. */
export interface Signatures {
  kind: "signatures";
  left: Signer | Recipients | null;
  right: Signer | null;
}

export interface Space {
  kind: "space";
}

export interface PageBreak {
  kind: "pageBreak";
}

export type Block = Paragraph | Blank | List | Table | Letterhead | Signatures | Space | PageBreak;

export type DocumentKind = "proposal" | "list" | "report" | "minutes";

export interface DossierDocument {
  kind: DocumentKind;
  /** The Word file's name ("01-to-trinh.docx"). */
  file: string;
  /** What the clerk calls it ("Tờ trình đề nghị khen thưởng"). */
  title: string;
  /** The form it follows, for the file's properties (never printed). */
  form?: string;
  blocks: Block[];
}

export interface Dossier {
  documents: DossierDocument[];
  /** Why no document was made (the clerk reads it), or null. */
  reason: string | null;
  /** What was made and what was not, in the clerk's words. */
  notes: string[];
  /** The places left as dotted blanks because the settings do not give them. */
  blanks: string[];
}

/** The dotted blank of a draft. */
export const DOTS = "…………";
/** A short dotted blank, for a day, a month, an hour. */
export const DOTS_SHORT = "……";

export const run = (text: string, style: Omit<Run, "text"> = {}): Run => ({ text, ...style });
export const para = (runs: Run[] | string, opts: Omit<Paragraph, "kind" | "runs"> = {}): Paragraph => ({
  kind: "paragraph",
  runs: typeof runs === "string" ? [run(runs)] : runs,
  ...opts,
});
export const space = (): Space => ({ kind: "space" });

/** The whole text of a block, as it prints (for tests and the print check). */
export function blockText(b: Block): string[] {
  const runs = (rs: Run[]) => rs.map((r) => r.text).join("");
  switch (b.kind) {
    case "paragraph":
      return [runs(b.runs)];
    case "blank":
      return [b.label ? runs(b.label) : ""];
    case "list":
      return b.items.map((it, i) => `${b.marker === "number" ? `${i + 1}. ` : "- "}${runs(it)}`);
    case "table":
      return [b.columns.map((c) => c.title).join(" | "), ...b.rows.map((r) => r.join(" | "))];
    case "letterhead":
      return [...b.left, ...b.right].map((l) => l.text);
    case "signatures":
      return [b.left, b.right].flatMap((c) =>
        !c ? [] : c.kind === "recipients" ? ["Nơi nhận:", ...c.lines] : [...c.titles, ...(c.note ? [c.note] : []), c.name ?? DOTS],
      );
    default:
      return [];
  }
}

/** Every printed text of a document, one entry per line or cell row. */
export const documentText = (d: DossierDocument): string[] => d.blocks.flatMap(blockText);
