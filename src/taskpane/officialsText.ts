// The officials pasted into the pane, one per line, columns separated by Tab as Excel copies them (Họ và tên,
// Chức vụ, Ngành/lĩnh vực, Giới tính): read into a list with line-numbered problems. A header line and a leading
// STT column are skipped. Pure (no Office, no zod): the host checks the list again before using it.
import type { OfficialInput } from "../core/officials/officials";

export type PasteProblem =
  { line: number; kind: "no-name" } | { line: number; kind: "gender"; value: string } | { line: number; kind: "columns"; count: number };

export interface PasteResult {
  officials: OfficialInput[];
  problems: PasteProblem[];
}

const MAX_COLUMNS = 4;

/** Lower case, no diacritics, đ → d, single spaces. */
const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/** "Nam" / "Nữ" (any case, with or without diacritics), undefined when blank, null when unclear. */
function gender(v: string): "Nam" | "Nữ" | null | undefined {
  const f = fold(v);
  if (!f) return undefined;
  if (f === "nam") return "Nam";
  if (f === "nu") return "Nữ";
  return null;
}

const isHeader = (cells: string[]): boolean => cells.some((c) => ["ho va ten", "ho ten", "ho, ten"].includes(fold(c)));

export function parseOfficials(text: string): PasteResult {
  const officials: OfficialInput[] = [];
  const problems: PasteProblem[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = i + 1;
    const cells = raw.split("\t").map((c) => c.trim());
    while (cells.length && cells[cells.length - 1] === "") cells.pop();
    if (cells.length === 0 || isHeader(cells)) return;
    if (cells.length > 1 && /^\d{1,4}\.?$/.test(cells[0])) cells.shift(); // an STT column copied along
    if (cells.length > MAX_COLUMNS) {
      problems.push({ line, kind: "columns", count: cells.length });
      return;
    }
    const [name = "", chucVu = "", linhVuc = "", g = ""] = cells;
    if (!name) {
      problems.push({ line, kind: "no-name" });
      return;
    }
    const gt = gender(g);
    if (gt === null) {
      problems.push({ line, kind: "gender", value: g });
      return;
    }
    officials.push({ name, chucVu, linhVuc, ...(gt ? { gioiTinh: gt } : {}) });
  });
  return { officials, problems };
}
