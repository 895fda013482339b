// The table's body (§7): the numbering row under the header, data rows, section and total rows, the signature rows
// that end the table, and the name of a row (one cell, or two joined).
import { isBlank } from "./cells";
import { CellValue, SheetSnapshot, isCellError } from "./snapshot";
import { fold } from "./text";

/** A cell's text, trimmed ("" for blanks and Excel errors). */
export const text = (v: CellValue): string => (v === null || isCellError(v) ? "" : typeof v === "string" ? v.trim() : String(v));

/** "(1)", "(2)", "(5)=(4)/(3)", "(A)": the column numbers under a form's header. */
export const NUMBERING = /^\(\s*[0-9]+\s*\)(?:\s*[=x*/+-].*)?$|^\(\s*[A-Za-z]\s*\)$/;

export function isNumberingRow(sheet: SheetSnapshot, row: number, skip: (c: number) => boolean): boolean {
  const vals = (sheet.values[row - 1] ?? []).filter((v, i) => !skip(i + 1) && !isBlank(v));
  if (vals.length < 3) return false;
  if (vals.every((v) => typeof v === "string" && NUMBERING.test(v.trim()) && !/^[0-9]+$/.test(v.trim()))) return true;
  // bare labels count only when they run in order: letters A, B, C … for the text columns then numbers 1, 2, 3 …
  // (the statistical forms' convention); a data row without a name does not run like that
  let letter = 0;
  let num: number | null = null;
  for (const v of vals) {
    const t =
      typeof v === "number"
        ? String(v)
        : typeof v === "string"
          ? v
              .trim()
              .replace(/^\((.*)\)$/, "$1")
              .trim()
          : "";
    if (/^[A-Z]$/.test(t) && num === null && t.charCodeAt(0) === 65 + letter) letter++;
    else if (/^[0-9]+$/.test(t) && (num === null ? letter > 0 || Number(t) === 1 : Number(t) === num + 1)) num = Number(t);
    else return false;
  }
  return true;
}

const SECTION = /^\s*(?:[IVXLCDM]+|[A-Z])\s*\.(?:\s|$)/;
const TOTALS = new Set(["tổng cộng", "cộng", "tổng"]);

/** "Tổng cộng:" reads as "tổng cộng" (case, spaces and a trailing colon aside; diacritics count). */
const totalKey = (s: string) =>
  s.length > 24 || !/^\s*[TtCc]/.test(s)
    ? ""
    : s
        .normalize("NFC")
        .toLowerCase()
        .replace(/[\s\u00a0]+/g, " ")
        .trim()
        .replace(/\s*:$/, "");

function isSignatureText(s: string): boolean {
  const f = fold(s);
  return (
    f.startsWith("nguoi lap bieu") ||
    f === "nguoi lap" ||
    f.startsWith("nguoi lap ") ||
    /^tm\s*[.:]/.test(f) ||
    /^tm\s/.test(f) ||
    /ngay\b.*\bthang\b.*\bnam\b/.test(f)
  );
}

/** A name cell, or the two cells of a name in two columns joined by one space (either may be blank). */
export function nameAt(row: CellValue[] | undefined, nameCols: number[]): string {
  if (!row || nameCols.length === 0) return "";
  if (nameCols.length === 1) return text(row[nameCols[0] - 1] ?? null);
  return nameCols
    .map((c) => text(row[c - 1] ?? null))
    .filter((t) => t !== "")
    .join(" ");
}

/** Rows of the table body: data rows, and the table's last row (data, section or total; §10). */
export function readRows(
  sheet: SheetSnapshot,
  columns: Record<string, number>,
  nameCols: number[],
  start: number,
  skip: (c: number) => boolean,
): { dataRows: number[]; bodyEnd: number } {
  const dataFields = Object.entries(columns)
    .filter(([f]) => f !== "stt" && f !== "ho_ten" && f !== "ghi_chu")
    .map(([, c]) => c);
  const sttCol = columns.stt;
  const dataRows: number[] = [];
  let bodyEnd = start - 1;
  for (let r = start; r <= sheet.values.length; r++) {
    const row = sheet.values[r - 1];
    if (!row || row.length === 0) continue;
    let hasData = false;
    let hasNumber = false;
    for (const c of dataFields) {
      const v = row[c - 1] ?? null;
      if (!hasData && !isBlank(v)) hasData = true;
      if (typeof v === "number") {
        hasNumber = true;
        break;
      }
    }
    const name = nameAt(row, nameCols);
    const stt = sttCol === undefined ? "" : text(row[sttCol - 1] ?? null);
    // the first signature row ends the table ("Người lập biểu", "TM. …", "…, ngày … tháng … năm …")
    if (!hasNumber && (name === "" || isSignatureText(name))) {
      if (row.some((v, i) => !skip(i + 1) && typeof v === "string" && isSignatureText(v))) break;
    }
    // the STT cell, or the row's first cell when the sheet's STT column was not recognised
    const lead = sttCol === undefined ? text(row.find((v, i) => !skip(i + 1) && !isBlank(v ?? null)) ?? null) : stt;
    if (TOTALS.has(totalKey(lead)) || TOTALS.has(totalKey(name)) || (!hasData && (SECTION.test(lead) || SECTION.test(name)))) {
      bodyEnd = r; // a total or section row belongs to the table
      continue;
    }
    if (name === "" && !hasData) continue; // blank, or a stray value outside the fields: not the table
    dataRows.push(r);
    bodyEnd = r;
  }
  return { dataRows, bodyEnd };
}
