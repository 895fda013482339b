// A package read into the core's WorkbookSnapshot (values as Office.js gives them, §3 and §10: cached formula
// results, numbers whatever their format), with the part each worksheet is stored in, for the writer.
import { SheetSnapshot, WorkbookSnapshot } from "../core/read/snapshot";
import { Package, findPart, openPackage, readPart } from "./package";
import { isMacroEnabled, readRels } from "./relations";
import { readSharedStrings, readSheetValues } from "./sheetReader";
import { readWorkbook } from "./workbookPart";

export interface SheetPart {
  name: string;
  part: string;
}

export interface PackageBook {
  book: WorkbookSnapshot;
  /** The worksheets in workbook order, with their parts. */
  sheets: SheetPart[];
  macroEnabled: boolean;
}

function sharedStrings(pkg: Package, workbookPart: string): string[] {
  const rel = readRels(pkg, workbookPart).find((r) => r.type.endsWith("/sharedStrings") && r.part);
  const part = findPart(pkg, rel?.part ?? "xl/sharedStrings.xml");
  return part ? readSharedStrings(readPart(pkg, part)!, part) : [];
}

/** Every worksheet's values and merged areas (chart sheets are not worksheets, as in Office.js). */
export function readPackage(pkg: Package): PackageBook {
  const wb = readWorkbook(pkg);
  const strings = sharedStrings(pkg, wb.part);
  const sheets: SheetPart[] = [];
  const snapshots: SheetSnapshot[] = [];
  for (const s of wb.sheets) {
    if (!s.isWorksheet || !s.part) continue;
    const { values, merges } = readSheetValues(readPart(pkg, s.part)!, s.part, strings);
    snapshots.push({ name: s.name, values, merges });
    sheets.push({ name: s.name, part: s.part });
  }
  return { book: { sheets: snapshots }, sheets, macroEnabled: isMacroEnabled(pkg) };
}

/** Open the bytes of a file and read it (PackageError when it is not a readable workbook). */
export function readWorkbookBytes(bytes: Uint8Array): PackageBook & { pkg: Package } {
  const pkg = openPackage(bytes);
  return { pkg, ...readPackage(pkg) };
}
