// W_DUPLICATE_NAME (§4, §10): the same name, chức vụ and lĩnh vực on several rows of the scored population.
import { Lang, issueMessage } from "../messages";
import { a1 } from "../read/snapshot";
import { exactKey } from "../read/text";
import { Issue } from "./issues";

/** What duplicate detection reads of a row. */
export interface DuplicateCandidate {
  sheet: string;
  row: number;
  name: string;
  chucVu: string;
  linhVuc: string;
  issues: Issue[];
}

/** W_DUPLICATE_NAME on every row of a group with the same name, chức vụ and lĩnh vực (diacritics count), across
 * every scored sheet; the issue is on the row's (first) name cell. */
export function markDuplicates<R extends DuplicateCandidate>(rows: R[], nameCol: (r: R) => number, lang: Lang): void {
  const groups = new Map<string, R[]>();
  const byName = new Map<string, R[]>();
  for (const r of rows) {
    if (r.name === "") continue;
    const k = exactKey(r.name);
    const g = byName.get(k);
    if (g) g.push(r);
    else byName.set(k, [r]);
  }
  // only rows sharing a name can be duplicates: compare chức vụ and lĩnh vực within those groups
  for (const r of [...byName.values()].filter((g) => g.length > 1).flat()) {
    const key = [r.name, r.chucVu, r.linhVuc].map(exactKey).join("\u0001");
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    for (const r of g) {
      const col = nameCol(r);
      const others = g.filter((x) => x !== r).map((x) => (x.sheet === r.sheet ? String(x.row) : `${x.row} (trang “${x.sheet}”)`));
      const cell = a1(r.row, col);
      r.issues = [
        ...r.issues,
        {
          cell,
          severity: "warning",
          code: "W_DUPLICATE_NAME",
          message: issueMessage("W_DUPLICATE_NAME", { cell, rows: others }, lang),
          row: r.row,
          col,
        },
      ];
    }
  }
}
