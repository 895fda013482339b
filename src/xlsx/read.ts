// exceljs → the core's neutral snapshot: cached formula results, errors marked, rich text joined, and a merged
// area's value kept only in its top-left cell (exceljs repeats it in every cell; Office.js does not).
import type ExcelJS from "exceljs";
import { CellValue, MergedArea, SheetSnapshot, WorkbookSnapshot, parseA1 } from "../core/read/snapshot";

function convert(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  // a number shown in a date format is still that number (§10): exceljs turns it into a Date, turn it back
  if (v instanceof Date) return Math.round(((v.getTime() - Date.UTC(1899, 11, 30)) / 864e5) * 1e6) / 1e6;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("error" in o && typeof o.error === "string") return { error: o.error };
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join("");
    if ("formula" in o || "sharedFormula" in o) return convert(o.result);
    if ("text" in o && typeof o.text === "string") return o.text; // hyperlink
  }
  return String(v);
}

export function parseRange(ref: string): MergedArea {
  const [a, b = a] = ref.split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const raw = cell.type === 6 /* Formula */ ? cell.result : cell.value;
      out[c - 1] = convert(raw);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    values[r - 1] = out;
  });
  for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map(parseRange);
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = values[r - 1];
      if (!row) continue;
      for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && c - 1 < row.length) row[c - 1] = null;
    }
  }
  return { name: ws.name, values, merges };
}

export function workbookSnapshot(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(sheetSnapshot) };
}
