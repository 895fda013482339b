// The add-in's output block on the tracking sheet (§8): results per data row, headers, legend, highlight cells.
import { Catalog } from "../catalog";
import { OUTPUT_GROUP_TITLE, OUTPUT_HEADERS, OUTPUT_WIDTH } from "../read/layout";
import { WORDS } from "../messages";
import { PlanInput, PlanValue, TrackingPlan, fmtPercent, needsTextFormat } from "./plan";
import { Nomination, ScoredRow, round2 } from "../score/rank";
import { MergedArea, SheetSnapshot, a1, cellAt } from "../read/snapshot";
import { isBlank } from "../read/cells";

function notesFor(r: ScoredRow, catalog: Catalog): string {
  const parts: string[] = [];
  const short = catalog.criteria.flatMap((c, i) => {
    const res = r.eval.results[i];
    if (res.status !== "shortfall") return [];
    return [res.rate !== undefined ? `${c.code} ${fmtPercent(res.rate)} (chỉ tiêu ${fmtPercent(c.target)})` : `${c.code} không đạt`];
  });
  if (short.length) parts.push(`Chưa đạt: ${short.join("; ")}`);
  for (const i of r.eval.issues) parts.push(i.message);
  return parts.join(" | ");
}

function proposalText(r: ScoredRow, nomination: Nomination, w: (typeof WORDS)["vi"]): string {
  if (nomination.nominees.includes(r)) return w.nominated;
  if (nomination.tieReview.includes(r)) return w.tieReview;
  if (r.eligible) return "";
  return `Không: ${r.ineligibleReasons.map((x) => w.reasons[x]).join(", ")}`;
}

/**
 * The last row below `from` holding a value in columns left..right (an earlier run's results, to be cleared), or 0.
 * Rows without values are passed over at no cost, so a stray value far below the table does not stretch the block.
 */
function lastInColumns(sheet: SheetSnapshot, left: number, right: number, from: number): number {
  for (let r = sheet.values.length; r > from; r--) {
    const row = sheet.values[r - 1];
    if (row.length < left) continue;
    for (let c = left; c <= Math.min(right, row.length); c++) if (!isBlank(row[c - 1] ?? null)) return r;
  }
  return 0;
}

export function trackingPlan(p: PlanInput): TrackingPlan {
  const { layout, sheet, rows, nomination, catalog } = p;
  const w = WORDS[p.lang];
  const col = layout.outputCol;
  const twoRow = layout.headerTop < layout.headerBottom;
  const groupRow = twoRow ? layout.headerTop : layout.headerTop > 1 ? layout.headerTop - 1 : null;
  const subRow = layout.headerBottom;
  const top = groupRow ?? subRow;
  const bottom = Math.max(layout.bodyEnd, subRow + 1, lastInColumns(sheet, col, col + OUTPUT_WIDTH - 1, layout.bodyEnd));
  const values: PlanValue[][] = [];
  for (let r = top; r <= bottom; r++) values.push(new Array<PlanValue>(OUTPUT_WIDTH).fill(""));
  const put = (row: number, off: number, v: PlanValue) => {
    values[row - top][off] = v;
  };
  if (groupRow !== null) put(groupRow, 0, OUTPUT_GROUP_TITLE);
  OUTPUT_HEADERS.forEach((h, i) => put(subRow, i, h));
  put(top, 7, w.shortfallLegend);
  put(top + 1, 7, w.errorLegend);
  const legend = { shortfall: a1(top, col + 7), error: a1(top + 1, col + 7) };
  const shortfall: string[] = [];
  const error: string[] = [];
  for (const r of rows) {
    const e = r.eval;
    put(e.row, 0, `${e.achieved}/${e.applicable}`);
    put(e.row, 1, r.score === null ? "" : round2(r.score));
    put(e.row, 2, r.level ?? (e.hasError ? w.needsFix : w.noApplicable));
    put(e.row, 3, r.rank ?? "");
    put(e.row, 4, proposalText(r, nomination, w));
    put(e.row, 5, notesFor(r, catalog));
    for (const c of e.results) if (c.status === "shortfall" && c.col) shortfall.push(a1(e.row, c.col));
    for (const i of e.issues) if (i.severity === "error") error.push(i.cell);
  }
  return {
    sheet: layout.sheet,
    col,
    width: OUTPUT_WIDTH,
    top,
    values,
    textCols: [0, 2, 4, 5, 7],
    numFmts: { 1: "0.00", 3: "0" },
    headerRows: groupRow !== null ? [groupRow, subRow] : [subRow],
    groupMerge: groupRow !== null ? { top: groupRow, left: col, bottom: groupRow, right: col + OUTPUT_HEADERS.length - 1 } : null,
    legend,
    highlights: { shortfall: [...new Set(shortfall)], error: [...new Set(error)] },
    rowKeys: rows.map((r) => ({ row: r.eval.row, name: String(cellAt(sheet, r.eval.row, layout.columns.ho_ten) ?? "") })),
    nameCol: layout.columns.ho_ten,
  };
}

/** The number format of each block cell: "@" for text Excel would misread, numbers per numFmts, else General. */
export function blockFormats(t: TrackingPlan, row: PlanValue[]): string[] {
  return row.map((v, off) => {
    if (typeof v === "number") return t.numFmts[off] ?? "General";
    if (typeof v === "string" && v !== "") return needsTextFormat(v) ? "@" : "General";
    return t.textCols.includes(off) ? "General" : (t.numFmts[off] ?? "General");
  });
}

/** Merges of the clerk's sheet that lie wholly in the block's columns above its bottom (earlier runs' group titles). */
export function blockMergesToUndo(t: TrackingPlan, merges: MergedArea[]): MergedArea[] {
  const bottom = t.top + t.values.length - 1;
  return merges.filter((m) => m.left >= t.col && m.right <= t.col + t.width - 1 && m.bottom <= bottom);
}
