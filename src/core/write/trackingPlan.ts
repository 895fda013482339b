// The add-in's output block on the tracking sheet (§8): results per data row, headers, legend, highlight cells.
import { Catalog } from "../catalog";
import { Layout, OUTPUT_GROUP_TITLE, OUTPUT_HEADERS, OUTPUT_WIDTH } from "../read/layout";
import { Lang, WORDS } from "../messages";
import { Standing, nameList, nameListWithout, othersOf, standings, tieGroup } from "../dossier/ties";
import { scoreText } from "../dossier/words";
import { PlanInput, PlanValue, TrackingPlan, fmtPercent, needsTextFormat } from "./plan";
import { ScoredRow, round2 } from "../score/rank";
import { MergedArea, SheetSnapshot, a1, cellAt } from "../read/snapshot";
import { isBlank } from "../read/cells";

/** Excel holds at most 32,767 characters in a cell (§10). */
export const CELL_MAX = 32767;
export const clipCell = (s: string): string => (s.length > CELL_MAX ? `${s.slice(0, CELL_MAX - 1)}…` : s);

function notesFor(r: ScoredRow, catalog: Catalog): string {
  const parts: string[] = [];
  const short = catalog.criteria.flatMap((c, i) => {
    const res = r.eval.results[i];
    if (res.status !== "shortfall") return [];
    return [res.rate !== undefined ? `${c.code} ${fmtPercent(res.rate)} (chỉ tiêu ${fmtPercent(c.target)})` : `${c.code} không đạt`];
  });
  if (short.length) parts.push(`Chưa đạt: ${short.join("; ")}`);
  for (const i of r.eval.issues) parts.push(i.message);
  return clipCell(parts.join(" | "));
}

/** "Đề nghị khen thưởng" for every row: proposed, the tie and how it was settled, beyond the quota, or why not. */
function proposalText(r: ScoredRow, st: Standing, lang: Lang): string {
  const w = WORDS[lang];
  const vi = lang === "vi";
  switch (st.kind) {
    case "nominee":
      return st.womenFirst ? (vi ? `${w.nominated} (ưu tiên nữ khi đồng hạng)` : `${w.nominated} (women first on a tie)`) : w.nominated;
    case "review": {
      const left = st.group.places - st.group.nominated.length;
      if (!vi) {
        const { shown, total } = othersOf(st.group.review, r);
        const more = total > shown.length ? ` and ${total - shown.length} others` : "";
        return `${w.tieReview}: tied at rank ${st.group.rank} with ${shown.map((x) => x.eval.name).join(", ")}${more} (${left} place(s) left)`;
      }
      const why = !st.group.gendersKnown
        ? "chưa đủ thông tin giới tính để ưu tiên nữ"
        : st.group.nominated.length
          ? `${nameList(st.group.nominated)} đã được đề nghị theo ưu tiên nữ`
          : st.group.left.length
            ? "chỉ xét các cá nhân nữ (ưu tiên nữ)"
            : "";
      const same = r.score === null ? "" : ` (cùng ${scoreText(r.score)} điểm)`;
      return `${w.tieReview}: đồng hạng ${st.group.rank} với ${nameListWithout(st.group.review, r)}${same}, còn ${left} suất${why ? `; ${why}` : ""}`;
    }
    case "outside":
      if (!vi) return `Eligible — beyond the quota (rank ${st.rank}${st.womenFirst ? "; women first on a tie" : ""})`;
      return `Đủ điều kiện — ngoài chỉ tiêu (hạng ${st.rank}${st.womenFirst ? "; đồng hạng, ưu tiên nữ" : ""})`;
    case "ineligible":
      return `${vi ? "Không" : "No"}: ${st.reasons.map((x) => w.reasons[x]).join(", ")}`;
  }
}

/** Rows below the table still holding an earlier run's results in the block's columns (the clerk emptied those
 * rows): cleared with the block, as long as nothing else is on them. */
function staleBelow(sheet: SheetSnapshot, layout: Layout, from: number): number {
  if (!layout.outputExisting) return from - 1;
  const left = layout.outputCol;
  const right = left + OUTPUT_WIDTH - 1;
  let last = from - 1;
  for (let r = from; r <= sheet.values.length; r++) {
    const row = sheet.values[r - 1] ?? [];
    const ours = row.some((v, i) => i + 1 >= left && i + 1 <= right && !isBlank(v ?? null));
    const theirs = row.some((v, i) => (i + 1 < left || i + 1 > right) && !isBlank(v ?? null));
    if (!ours || theirs) break;
    last = r;
  }
  return last;
}

/** The output block of one scored sheet: its rows' results, headers, legend and highlight cells. */
export function trackingPlan(p: PlanInput, table: { sheet: SheetSnapshot; layout: Layout }): TrackingPlan {
  const { nomination, catalog } = p;
  const { sheet, layout } = table;
  const rows = p.rows.filter((r) => r.eval.sheet === layout.sheet);
  const w = WORDS[p.lang];
  const col = layout.outputCol;
  const twoRow = layout.headerTop < layout.headerBottom;
  const groupRow = twoRow ? layout.headerTop : layout.outputTop < layout.headerTop ? layout.outputTop : null;
  const subRow = layout.headerBottom;
  const top = groupRow ?? subRow;
  // the header rows through the table's last row (§10), nothing below it but an earlier run's leftovers
  const end = Math.max(layout.bodyEnd, subRow + 1);
  const bottom = Math.max(end, staleBelow(sheet, layout, end + 1));
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
  const standing = standings(nomination, tieGroup(p.rows, nomination)); // the whole population: a tie can span sheets
  for (const r of rows) {
    const e = r.eval;
    put(e.row, 0, `${e.achieved}/${e.applicable}`);
    put(e.row, 1, r.score === null ? "" : round2(r.score));
    put(e.row, 2, r.level ?? (e.hasError ? w.needsFix : w.noApplicable));
    put(e.row, 3, r.rank ?? "");
    put(e.row, 4, proposalText(r, standing(r), p.lang));
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
    numFmts: { 1: "General", 3: "0" }, // a whole score shows as 100, never 100.00
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
