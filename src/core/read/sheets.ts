// Whose each sheet of the workbook is (§10): the add-in's own sheets (one of its names, with the " (2)"-style suffix
// it chose, and its marker), the criteria sheet ("Tiêu chí"), and everything else — the clerk's.
import { SheetSnapshot, WorkbookSnapshot, cellAt } from "./snapshot";
import { exactKey } from "./text";
import { SHEET_NAMES } from "./sheetNames";

export { DOSSIER_SHEET_NAMES, SHEET_NAMES } from "./sheetNames";

/**
 * The marker of every sheet the add-in makes: a cell in the first row, right of the print area (so it never prints),
 * telling the clerk on screen how to keep a copy. A sheet is the add-in's own when it has one of the add-in's names
 * (below, with the " (2)"-style suffix) and the marker; under any other name it is the clerk's.
 */
export const SHEET_MARKER = "Thi đua CCHC: trang này do add-in lập và được lập lại mỗi lần chạy. Muốn giữ bản này, hãy đổi tên trang.";
/** The marker of earlier versions (a printed line at the bottom of the sheet), still recognised. */
const OLD_MARKERS = ["Trang này do Thi đua CCHC lập tự động; chạy lại sẽ ghi đè."];

/** The criteria sheet: its usual name, and the title in A1 by which the add-in finds it under any name. */
export const CATALOG_SHEET = "Tiêu chí";
export const CATALOG_TITLE = "BỘ TIÊU CHÍ THI ĐUA (Thi đua CCHC đọc trang này khi chấm điểm)";

/** Whether a sheet carries the add-in's marker (first rows, any column; or the older printed line near the end). */
export function hasMarker(sheet: SheetSnapshot): boolean {
  for (let r = 1; r <= Math.min(3, sheet.values.length); r++) if (sheet.values[r - 1]?.some((v) => v === SHEET_MARKER)) return true;
  for (let r = sheet.values.length; r >= 1 && r > sheet.values.length - 200; r--) {
    const row = sheet.values[r - 1];
    if (row && row.some((v) => typeof v === "string" && OLD_MARKERS.includes(v))) return true;
  }
  return false;
}

const OWN_BASES = Object.values(SHEET_NAMES).map((n) => n.toLowerCase());

/** The add-in's base name a sheet name is written under ("Tờ trình (2)" → "tờ trình", "Báo cáo thành tích 3" →
 * "báo cáo thành tích"), or null for any other name. */
export function ownBaseName(name: string): string | null {
  const n = name
    .trim()
    .toLowerCase()
    .replace(/\s\(\d+\)$/, "");
  if (OWN_BASES.includes(n)) return n;
  const numbered = n.replace(/\s\d+$/, "");
  return numbered === SHEET_NAMES.report.toLowerCase() ? numbered : null;
}

/** The add-in's own sheet: one of its names (with a suffix it chose) and its marker (§10). */
export function isOwnSheet(sheet: SheetSnapshot): boolean {
  return ownBaseName(sheet.name) !== null && hasMarker(sheet);
}

/**
 * The add-in's own sheets of a workbook (§10), by name. A marked sheet under one of its names is the add-in's when its
 * " (n)" suffix, if any, is one the add-in chose: "X", "X (2)" … "X (n-1)" are all sheets that are not the add-in's.
 * A marked "X (2)" beside the add-in's own "X" is the copy Excel makes when the clerk copies the sheet: the clerk's.
 */
export function ownSheetNames(book: WorkbookSnapshot): Set<string> {
  const byName = new Map(book.sheets.map((s) => [s.name.toLowerCase(), s]));
  const own = new Set<string>();
  for (const s of book.sheets) {
    if (!isOwnSheet(s)) continue;
    const m = /^(.*) \((\d+)\)$/.exec(s.name);
    let chosen = true;
    for (let k = 1; m && chosen && k < Number(m[2]); k++) {
      const before = byName.get((k === 1 ? m[1] : `${m[1]} (${k})`).toLowerCase());
      chosen = !!before && !isOwnSheet(before);
    }
    if (chosen) own.add(s.name);
  }
  return own;
}

const catalogTitleKey = exactKey(CATALOG_TITLE);

/** The workbook's criteria sheet, found by its title in A1 (under whatever name the clerk gave it). */
export function findCatalogSheet(book: WorkbookSnapshot): SheetSnapshot | null {
  return book.sheets.find(isCatalogSheet) ?? null;
}

/** A criteria sheet: the add-in's (its title in A1), or any sheet named "Tiêu chí" — never a tracking sheet (§10). */
export function isCatalogSheet(sheet: SheetSnapshot): boolean {
  const a1 = cellAt(sheet, 1, 1);
  return typeof a1 === "string" && exactKey(a1) === catalogTitleKey;
}

/** Sheets that are never scored: the add-in's own and criteria sheets. */
export const isNeverTracking = (sheet: SheetSnapshot): boolean =>
  isOwnSheet(sheet) || isCatalogSheet(sheet) || exactKey(sheet.name).replace(/\s\(\d+\)$/, "") === exactKey(CATALOG_SHEET);
