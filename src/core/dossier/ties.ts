// Why each row stands where it does in the nomination (§6), for the tracking sheet's "Đề nghị khen thưởng" column and
// the biên bản: the group of equal rank that did not fit the places left, and how the women-first rule settled it.
import { Catalog } from "../catalog";
import { IneligibleReason, Nomination, ScoredRow } from "../score/rank";
import { DOTS } from "./model";
import { capitalize, countText, scoreText } from "./words";

/** The group of equal rank at the last places, when it had more eligible members than places left. */
export interface TieGroup {
  rank: number;
  /** Its eligible members, in row order. */
  members: ScoredRow[];
  /** Places left when the group was reached. */
  places: number;
  /** Members nominated by the women-first rule. */
  nominated: ScoredRow[];
  /** Members the meeting decides between. */
  review: ScoredRow[];
  /** Members left out by the women-first rule. */
  left: ScoredRow[];
  /** Whether every member's gender was known, so that the women-first rule could apply. */
  gendersKnown: boolean;
}

export type Standing =
  | { kind: "nominee"; womenFirst: boolean }
  | { kind: "review"; group: TieGroup }
  | { kind: "outside"; rank: number; womenFirst: boolean }
  | { kind: "ineligible"; reasons: IneligibleReason[] };

/** The tie group of a nomination, or null when every group reached fitted (or none was reached). */
export function tieGroup(rows: ScoredRow[], nomination: Nomination): TieGroup | null {
  // "row order" is the order of the run's rows (sheet by sheet, then by row, when several sheets are scored)
  const at = new Map(rows.map((r, i) => [r, i]));
  const byRow = (a: ScoredRow, b: ScoredRow) => at.get(a)! - at.get(b)!;
  const eligible = rows.filter((r) => r.eligible).sort((a, b) => a.rank! - b.rank! || byRow(a, b));
  let places = nomination.quota;
  for (let i = 0; i < eligible.length && places > 0;) {
    let j = i;
    while (j < eligible.length && eligible[j].rank === eligible[i].rank) j++;
    const members = eligible.slice(i, j);
    if (members.length > places) {
      const [nominees, reviewed] = [new Set(nomination.nominees), new Set(nomination.tieReview)];
      const nominated = members.filter((r) => nominees.has(r));
      const review = members.filter((r) => reviewed.has(r));
      const left = members.filter((r) => !nominees.has(r) && !reviewed.has(r));
      return {
        rank: members[0].rank!,
        members: [...members].sort(byRow),
        places,
        nominated,
        review,
        left,
        gendersKnown: members.every((r) => r.eval.gender !== null),
      };
    }
    places -= members.length;
    i = j;
  }
  return null;
}

/** Where each row stands (proposed, for the meeting, eligible beyond the quota, or not eligible and why), the
 * nomination's lists indexed once so that every row of a large population is answered at once. */
export function standings(nomination: Nomination, group: TieGroup | null): (r: ScoredRow) => Standing {
  const [members, nominees, reviewed] = [new Set(group?.members ?? []), new Set(nomination.nominees), new Set(nomination.tieReview)];
  return (r) => {
    const inGroup = members.has(r);
    if (nominees.has(r)) return { kind: "nominee", womenFirst: inGroup };
    if (group && reviewed.has(r)) return { kind: "review", group };
    if (r.eligible) return { kind: "outside", rank: r.rank!, womenFirst: inGroup };
    return { kind: "ineligible", reasons: r.ineligibleReasons };
  };
}

/** "bà A" / "ông B" / "C": a name with the honorific when the gender is known. */
const titled = (r: ScoredRow): string => `${r.eval.gender === "F" ? "bà " : r.eval.gender === "M" ? "ông " : ""}${r.eval.name || DOTS}`;

/** "bà A, ông B và C" (the honorific when the gender is known), or "A, B, C và 2 người khác" past `max`. */
export function nameList(rows: ScoredRow[], max = 3): string {
  const names = rows.slice(0, max).map(titled);
  if (rows.length > max) return `${names.join(", ")} và ${rows.length - max} người khác`;
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} và ${names[names.length - 1]}` : (names[0] ?? "");
}

/** The others of a list (all but `r`) as `nameList` says them, reading only the names it shows (the list may be long). */
export function othersOf(rows: ScoredRow[], r: ScoredRow, max = 3): { shown: ScoredRow[]; total: number } {
  const shown: ScoredRow[] = [];
  for (const x of rows) {
    if (shown.length === max) break;
    if (x !== r) shown.push(x);
  }
  return { shown, total: rows.length - (rows.includes(r) ? 1 : 0) };
}

/** `nameList` of a list without one of its members. */
export function nameListWithout(rows: ScoredRow[], r: ScoredRow, max = 3): string {
  const { shown, total } = othersOf(rows, r, max);
  const names = shown.map(titled);
  if (total > max) return `${names.join(", ")} và ${total - max} người khác`;
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} và ${names[names.length - 1]}` : (names[0] ?? "");
}

/** What the group shares: "cùng 100 điểm, cùng có 0 sáng kiến, giải pháp" (the score and the tie-break values). */
export function sameWords(group: TieGroup, catalog: Catalog): string {
  const first = group.members[0];
  const parts = first.score === null ? [] : [`cùng ${scoreText(first.score)} điểm`];
  for (const key of catalog.tieBreak) {
    if (key === "achieved") parts.push(`cùng đạt ${first.eval.achieved} tiêu chí`);
    else parts.push(`cùng có ${first.eval.sangKien} sáng kiến, giải pháp`);
  }
  return parts.join(", ");
}

/** How the women-first rule settled the group, in one sentence for the biên bản. `article`: "Điều 4 Nghị định số …". */
export function tieSettlement(group: TieGroup, catalog: Catalog, article: string | null): string {
  const rule = `nguyên tắc ưu tiên cá nhân nữ khi các cá nhân cùng đủ điều kiện, tiêu chuẩn${article ? ` (${article})` : ""}`;
  const head = `${capitalize(nameList(group.members, 12))} đồng hạng ${group.rank} (${sameWords(group, catalog)}) cho ${countText(group.places)} suất còn lại`;
  if (!group.gendersKnown)
    return `${head}; danh sách chưa ghi đủ giới tính nên chưa áp dụng được ${rule}: cuộc họp bình xét, lựa chọn ${group.places} trong ${group.members.length} cá nhân.`;
  if (group.review.length === 0)
    return `${head}; theo ${rule}, ${nameList(group.nominated, 10)} được đề nghị khen thưởng${group.left.length ? `; ${nameList(group.left, 10)} không được đề nghị do hết chỉ tiêu` : ""}.`;
  const remaining = group.places - group.nominated.length;
  if (group.nominated.length)
    return `${head}; theo ${rule}, ${nameList(group.nominated, 10)} được đề nghị; ${remaining} suất còn lại do cuộc họp bình xét, lựa chọn trong ${nameList(group.review, 10)}.`;
  return `${head}; số cá nhân nữ nhiều hơn số suất nên theo ${rule}, cuộc họp bình xét, lựa chọn ${group.places} trong ${group.review.length} cá nhân nữ: ${nameList(group.review, 10)}.`;
}
