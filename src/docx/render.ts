// A dossier document (the core's model) as a Word document with the `docx` library: A4 portrait, NĐ 30/2020
// margins, Times New Roman; borderless heading and signature tables, bordered data tables, dot-leader blanks.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LeaderType,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { Align, Block, DossierDocument, HeadLine, Recipients, Run, Signer, TextRole } from "../core/dossier/model";
import { DOTS } from "../core/dossier/model";
import { FORM, TEXT_WIDTH_MM } from "../core/dossier/form";

/** Millimetres in twips, rounded (A4 is 11906 × 16838; a 20 mm margin 1134, never a hair under). */
const mm = (x: number): number => Math.round((x / 25.4) * 1440);
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED };
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
/** Half-points of a text role. */
const half = (role: TextRole = "body") => FORM.size[role] * 2;
/** Space after a body paragraph (twips): NĐ 30 asks for at least 6 pt between paragraphs. */
const AFTER = 120;

const textRun = (r: Run, size: number) =>
  new TextRun({ text: r.text, bold: r.bold, italics: r.italic, underline: r.underline ? {} : undefined, size, font: FORM.font });

function paragraph(runs: Run[], opts: { align?: Align; indent?: boolean; role?: TextRole; keepNext?: boolean; after?: number }): Paragraph {
  const size = half(opts.role);
  return new Paragraph({
    alignment: ALIGN[opts.align ?? "justify"],
    indent: opts.indent ? { firstLine: mm(FORM.indent) } : undefined,
    spacing: { before: opts.role === "title" ? AFTER : 0, after: opts.after ?? AFTER, line: 264 },
    keepNext: opts.keepNext,
    children: runs.map((r) => textRun(r, size)),
  });
}

/** A label, then dots to the right margin (a tab with a dot leader); further lines all dots. */
function blank(label: Run[] | undefined, lines: number): Paragraph[] {
  const stop = [{ type: TabStopType.RIGHT, position: mm(TEXT_WIDTH_MM) - 20, leader: LeaderType.DOT }];
  return Array.from(
    { length: Math.max(1, lines) },
    (_, i) =>
      new Paragraph({
        tabStops: stop,
        indent: i === 0 && label ? { firstLine: mm(FORM.indent) } : undefined,
        spacing: { before: 0, after: AFTER, line: 264 },
        children: [
          ...(i === 0 && label ? label.map((r) => textRun(r, half())) : []),
          new TextRun({ children: [new Tab()], size: half(), font: FORM.font }),
        ],
      }),
  );
}

const cell = (children: Paragraph[], widthPct: number, borders = true, verticalAlign: "top" | "center" = "top") =>
  new TableCell({
    children,
    width: { size: widthPct * 50, type: WidthType.PERCENTAGE },
    borders: borders ? undefined : NO_BORDERS,
    verticalAlign: verticalAlign === "center" ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });

/** A heading line; `rule` adds a short centred line below it (a bordered empty paragraph, inset from both sides). */
function headLines(lines: HeadLine[], widthMm: number, national: boolean): Paragraph[] {
  const out: Paragraph[] = [];
  lines.forEach((l, i) => {
    const size = national && i === 0 ? FORM.size.national * 2 : half("body");
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: l.italic ? 120 : 0, after: 0 },
        children: [new TextRun({ text: l.text, bold: l.bold, italics: l.italic, underline: l.underline ? {} : undefined, size, font: FORM.font })],
      }),
    );
    if (l.rule) {
      const inset = mm(widthMm * 0.3);
      out.push(new Paragraph({ border: { top: LINE }, indent: { left: inset, right: inset }, spacing: { before: 80, after: 60 }, children: [] }));
    }
  });
  return out;
}

function letterhead(left: HeadLine[], right: HeadLine[]): Table {
  const [lw, rw] = [38, 62];
  return new Table({
    width: { size: 5000, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    columnWidths: [mm((TEXT_WIDTH_MM * lw) / 100), mm((TEXT_WIDTH_MM * rw) / 100)],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(headLines(left, (TEXT_WIDTH_MM * lw) / 100, false), lw, false),
          cell(headLines(right, (TEXT_WIDTH_MM * rw) / 100, true), rw, false),
        ],
      }),
    ],
  });
}

const centred = (text: string, style: { bold?: boolean; italic?: boolean }, role: TextRole = "body") =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text, bold: style.bold, italics: style.italic, size: half(role), font: FORM.font })],
  });

/** A signer's parts: the titles and the note; the room to sign; the name (a row each, so names align side by side). */
function signerParts(s: Signer): Paragraph[][] {
  return [
    [...s.titles.map((t) => centred(t, { bold: true })), ...(s.note ? [centred(s.note, { italic: true }, "table")] : [])],
    Array.from({ length: 4 }, () => centred("", {})),
    [centred(s.name ?? DOTS, { bold: !!s.name })],
  ];
}

function recipientParagraphs(r: Recipients): Paragraph[] {
  const line = (text: string, opts: { bold?: boolean; italic?: boolean }, role: TextRole) =>
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ text, bold: opts.bold, italics: opts.italic, size: half(role), font: FORM.font })],
    });
  return [line("Nơi nhận:", { bold: true, italic: true }, "table"), ...r.lines.map((l) => line(l, {}, "small"))];
}

/** Two signature columns as a borderless table of three rows: titles, room to sign, names. */
function signatures(left: Signer | Recipients | null, right: Signer | null): Table {
  const empty = () => [new Paragraph({ children: [] })];
  const parts = (c: Signer | Recipients | null): Paragraph[][] =>
    !c ? [empty(), empty(), empty()] : c.kind === "signer" ? signerParts(c) : [recipientParagraphs(c), empty(), empty()];
  const [l, r] = [parts(left), parts(right)];
  return new Table({
    width: { size: 5000, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    columnWidths: [mm(TEXT_WIDTH_MM / 2), mm(TEXT_WIDTH_MM / 2)],
    borders: NO_BORDERS,
    rows: [0, 1, 2].map((i) => new TableRow({ cantSplit: true, children: [cell(l[i], 50, false), cell(r[i], 50, false)] })),
  });
}

function dataTable(b: Extract<Block, { kind: "table" }>): Table {
  const total = b.columns.reduce((s, c) => s + c.width, 0);
  const pct = b.columns.map((c) => (c.width / total) * 100);
  const p = (text: string, align: Align | undefined, bold = false) =>
    new Paragraph({
      alignment: ALIGN[align ?? "left"],
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ text, bold, size: half(b.role ?? "table"), font: FORM.font })],
    });
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.columns.map((c, i) => cell([p(c.title, "center", true)], pct[i], true, "center")),
  });
  const rows = b.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        height: r.every((x) => x === "") ? { value: mm(8), rule: "atLeast" } : undefined,
        children: r.map((x, i) => cell([p(x, b.columns[i].align)], pct[i], true, "center")),
      }),
  );
  return new Table({
    width: { size: 5000, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    columnWidths: pct.map((x) => mm((TEXT_WIDTH_MM * x) / 100)),
    rows: [head, ...rows],
  });
}

/** The Word elements of one block. */
function render(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case "paragraph":
      return [paragraph(b.runs, b)];
    case "blank":
      return blank(b.label, b.lines);
    case "list":
      return b.items.map((it, i) => paragraph([{ text: b.marker === "number" ? `${i + 1}. ` : "- " }, ...it], { indent: true }));
    case "table":
      return [dataTable(b), new Paragraph({ spacing: { before: 0, after: 60 }, children: [] })];
    case "letterhead":
      return [letterhead(b.left, b.right)];
    case "signatures":
      return [signatures(b.left, b.right)];
    case "space":
      return [new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: "", size: half() })] })];
    case "pageBreak":
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
  }
}

/** The Word document of a dossier document. Page numbers from page 2, centred at the top (NĐ 30/2020). */
export function toWord(doc: DossierDocument): Document {
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], size: half(), font: FORM.font })],
  });
  return new Document({
    title: doc.title,
    description: doc.form ? `Dự thảo theo ${doc.form}` : undefined,
    styles: { default: { document: { run: { font: FORM.font, size: half() } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(FORM.page.width), height: mm(FORM.page.height) },
            margin: {
              top: mm(FORM.margins.top),
              bottom: mm(FORM.margins.bottom),
              left: mm(FORM.margins.left),
              right: mm(FORM.margins.right),
              header: mm(10),
              footer: mm(10),
            },
          },
        },
        headers: { default: new Header({ children: [pageNumber] }), first: new Header({ children: [] }) },
        children: doc.blocks.flatMap(render),
      },
    ],
  });
}
