// The dossier's documents as print-ready sheets of the add-in (§12): A4 portrait, NĐ 30/2020 margins, Times New Roman,
// prose merged across a grid of 20 columns with row heights from the text, page breaks between keep-together blocks.
import { Block, Dossier, DossierDocument, DOTS, HeadLine, Recipients, Run, Signer, Table } from "../dossier/model";
import { FORM, TEXT_HEIGHT_MM } from "../dossier/form";
import { CellStyle, PlanCell, SHEET_NAMES, SheetPlan, formMargins, markSheet } from "./plan";
import { MergedArea } from "../read/snapshot";
import { columnPt, rowHeightPt, textWidthPt, wrappedLines } from "./measure";

const GRID = 20;
/** Column width (file units, 5.25 pt): 20 columns fill about 163 mm, inside the 165 mm between the margins. */
const COL = 4.4;
const SIZE = FORM.size;
/** What fits on a page, in points (the printable height less a little in hand). */
const PAGE_PT = (TEXT_HEIGHT_MM / 25.4) * 72 - 24;
const INDENT = "      ";

const spanPt = (from: number, to: number) => columnPt(COL) * (to - from + 1);

/** A sheet being laid out: rows, merges, heights, and the blocks that must not be split by a page break. */
interface Sheet {
  rows: PlanCell[][];
  merges: MergedArea[];
  heights: number[];
  /** Rows a page break may not split: first and last row, kept with the next unit, a break before it. */
  units: { first: number; last: number; keepNext: boolean; breakBefore?: boolean }[];
}

const flat = (runs: Run[]) => runs.map((r) => r.text).join("");
const allOf = (runs: Run[], k: "bold" | "italic") => runs.length > 0 && runs.every((r) => r[k] || !r.text.trim());

/** One row of cells: each piece a text merged over columns from..to (1-based, inclusive). */
function addRow(sh: Sheet, pieces: { text: string; from: number; to: number; s: CellStyle; size: number }[], minHeight = 0): number {
  const row: PlanCell[] = Array.from({ length: GRID }, () => ({ v: null }));
  const r = sh.rows.length + 1;
  let height = minHeight;
  for (const p of pieces) {
    const s: CellStyle = { ...p.s, size: p.size, wrap: true };
    for (let c = p.from; c <= p.to; c++) row[c - 1] = c === p.from ? { v: p.text === "" ? null : p.text, text: p.text !== "", s } : { v: null, s };
    if (p.to > p.from) sh.merges.push({ top: r, left: p.from, bottom: r, right: p.to });
    const lines = p.text === "" ? 1 : wrappedLines(p.text, spanPt(p.from, p.to), p.size, !!p.s.bold);
    height = Math.max(height, rowHeightPt(lines, p.size));
  }
  sh.rows.push(row);
  sh.heights.push(height);
  return r;
}

const whole = (text: string, s: CellStyle, size: number = SIZE.body) => [{ text, from: 1, to: GRID, s, size }];

/** Dots filling what is left of a line after a label. */
function dotsAfter(label: string, size: number): string {
  const room = spanPt(1, GRID) - 8 - textWidthPt(label, size);
  return DOTS.charAt(0).repeat(Math.max(3, Math.floor(room / textWidthPt("…", size))));
}

function letterheadRows(sh: Sheet, left: HeadLine[], right: HeadLine[]): void {
  const lines = left.flatMap((l) => (l.rule ? [l, { text: "————" }] : [l]));
  const n = Math.max(lines.length, right.length);
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    const r = right[i];
    const style = (h?: HeadLine): CellStyle => ({ align: "center", bold: h?.bold, italic: h?.italic, underline: h?.underline });
    addRow(sh, [
      { text: l?.text ?? "", from: 1, to: 7, s: style(l), size: SIZE.heading },
      { text: r?.text ?? "", from: 8, to: GRID, s: style(r), size: i === 0 ? SIZE.national : SIZE.heading },
    ]);
  }
}

/** A signer's column: titles and note, room to sign, the name; recipients: "Nơi nhận:" and its lines. */
function column(c: Signer | Recipients | null): { top: { text: string; s: CellStyle; size: number }[]; name: string | null } {
  if (!c) return { top: [], name: null };
  if (c.kind === "recipients")
    return {
      top: [
        { text: "Nơi nhận:", s: { bold: true, italic: true, align: "left" }, size: SIZE.table },
        ...c.lines.map((l) => ({ text: l, s: { align: "left" as const }, size: SIZE.small })),
      ],
      name: null,
    };
  return {
    top: [
      ...c.titles.map((t) => ({ text: t, s: { bold: true, align: "center" as const }, size: SIZE.body })),
      ...(c.note ? [{ text: c.note, s: { italic: true, align: "center" as const }, size: SIZE.table }] : []),
    ],
    name: c.name ?? DOTS,
  };
}

function signatureRows(sh: Sheet, left: Signer | Recipients | null, right: Signer | null): void {
  const [l, r] = [column(left), column(right)];
  const n = Math.max(l.top.length, r.top.length);
  const piece = (x: { text: string; s: CellStyle; size: number } | undefined, from: number, to: number) =>
    x ? [{ ...x, from, to }] : [{ text: "", from, to, s: {}, size: SIZE.body }];
  for (let i = 0; i < n; i++) addRow(sh, [...piece(l.top[i], 1, 10), ...piece(r.top[i], 11, GRID)]);
  for (let i = 0; i < 3; i++) addRow(sh, [], 18);
  const name = (v: string | null, from: number, to: number) =>
    piece(v === null ? undefined : { text: v, s: { bold: v !== DOTS, align: "center" }, size: SIZE.body }, from, to);
  addRow(sh, [...name(l.name, 1, 10), ...name(r.name, 11, GRID)]);
}

/** Grid spans of a table's columns from their relative widths: each column ends at its share of the grid rounded,
 * so rounding never piles up on the last column (at least one grid column each). */
function spans(t: Table): { from: number; to: number }[] {
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  let sum = 0;
  let at = 1;
  return t.columns.map((c, i) => {
    sum += c.width;
    const left = t.columns.length - i - 1;
    const end = i === t.columns.length - 1 ? GRID : Math.min(GRID - left, Math.max(at, Math.round((sum / total) * GRID)));
    const span = { from: at, to: end };
    at = end + 1;
    return span;
  });
}

function tableRows(sh: Sheet, t: Table): void {
  const sp = spans(t);
  const cell = { border: true } as CellStyle;
  addRow(
    sh,
    t.columns.map((c, i) => ({ text: c.title, ...sp[i], s: { ...cell, bold: true, align: "center" as const }, size: SIZE[t.role ?? "table"] })),
  );
  for (const row of t.rows) {
    const blank = row.every((x) => x === "");
    addRow(
      sh,
      row.map((x, i) => ({
        text: x,
        ...sp[i],
        s: { ...cell, align: t.columns[i].align === "center" ? "center" : "left" } as CellStyle,
        size: SIZE[t.role ?? "table"],
      })),
      blank ? 22 : 0,
    );
  }
}

function blockRows(sh: Sheet, b: Block): void {
  switch (b.kind) {
    case "paragraph": {
      const text = `${b.indent ? INDENT : ""}${flat(b.runs)}`;
      const size = SIZE[b.role ?? "body"];
      const align = b.align === "center" || b.align === "right" ? b.align : "left";
      addRow(sh, whole(text, { bold: allOf(b.runs, "bold"), italic: allOf(b.runs, "italic"), align }, size));
      return;
    }
    case "blank":
      for (let i = 0; i < b.lines; i++) {
        const label = i === 0 && b.label ? `${INDENT}${flat(b.label)}` : "";
        addRow(sh, whole(`${label}${dotsAfter(label, SIZE.body)}`, { align: "left" }));
      }
      return;
    case "list":
      b.items.forEach((it, i) => addRow(sh, whole(`${INDENT}${b.marker === "number" ? `${i + 1}. ` : "- "}${flat(it)}`, { align: "left" })));
      return;
    case "table":
      tableRows(sh, b);
      return;
    case "letterhead":
      letterheadRows(sh, b.left, b.right);
      return;
    case "signatures":
      signatureRows(sh, b.left, b.right);
      return;
    case "space":
      addRow(sh, [], 9);
      return;
    case "pageBreak":
      return;
  }
}

/** Manual page breaks: a unit (rows a break may not split) goes to the next page, with the units kept with it,
 * when they do not fit what is left of the page. */
function pageBreaks(sh: Sheet): number[] {
  const breaks: number[] = [];
  const height = (u: Sheet["units"][number]) => sh.heights.slice(u.first - 1, u.last).reduce((s, h) => s + h, 0);
  let used = 0;
  sh.units.forEach((u, i) => {
    let j = i;
    while (j < sh.units.length - 1 && sh.units[j].keepNext) j++;
    const group = sh.units.slice(i, j + 1).reduce((s, x) => s + height(x), 0);
    if (used > 0 && (u.breakBefore || used + Math.min(group, PAGE_PT) > PAGE_PT)) {
      breaks.push(u.first - 1);
      used = 0;
    }
    used += height(u);
  });
  return breaks;
}

/** The rows of a block split into units a page break may not cut: a list item, a table row (the header with the
 * first row), a dotted line; other blocks whole. A heading stays with what follows. */
function unitsOf(b: Block, first: number, last: number): Sheet["units"] {
  const keepNext = (b.kind === "paragraph" && !!b.keepNext) || b.kind === "letterhead";
  const rows = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  let units: Sheet["units"];
  if (b.kind === "list" || b.kind === "blank") units = rows.map((r) => ({ first: r, last: r, keepNext: false }));
  else if (b.kind === "table")
    units = [{ first, last: Math.min(last, first + 1), keepNext: false }, ...rows.slice(2).map((r) => ({ first: r, last: r, keepNext: false }))];
  else units = [{ first, last, keepNext: false }];
  units[units.length - 1].keepNext = keepNext;
  if (b.kind === "pageBreak") units[0].breakBefore = true;
  return units;
}

/** One document as a sheet plan (role "dossier"), marked as the add-in's own. */
export function documentSheet(doc: DossierDocument, name: string): SheetPlan {
  const sh: Sheet = { rows: [], merges: [], heights: [], units: [] };
  for (const b of doc.blocks) {
    const first = sh.rows.length + 1;
    blockRows(sh, b);
    if (sh.rows.length < first) addRow(sh, [], 1);
    sh.units.push(...unitsOf(b, first, sh.rows.length));
  }
  const heights: Record<number, number> = {};
  sh.heights.forEach((h, i) => (heights[i + 1] = h));
  return markSheet({
    role: "dossier",
    name,
    rows: sh.rows,
    merges: sh.merges,
    colWidths: Array.from({ length: GRID }, () => COL),
    font: { name: FORM.font, size: SIZE.body },
    rowHeights: heights,
    page: {
      orientation: "portrait",
      margins: formMargins(),
      fitToWidth: true,
      rowBreaks: pageBreaks(sh),
    },
  });
}

/** A sheet per document, in the documents' order: "Tờ trình", "Danh sách kèm Tờ trình" (the nominees only, as the
 * Word file; the run's "DS đề nghị khen thưởng" is the list for the review meeting), "Báo cáo thành tích 1" …,
 * "Biên bản họp bình xét". */
export function dossierSheets(dossier: Dossier): SheetPlan[] {
  let report = 0;
  const names = { proposal: SHEET_NAMES.proposal, list: SHEET_NAMES.list, minutes: SHEET_NAMES.minutes };
  return dossier.documents.map((d) => documentSheet(d, d.kind === "report" ? `${SHEET_NAMES.report} ${++report}` : names[d.kind]));
}
