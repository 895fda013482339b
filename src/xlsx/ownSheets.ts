// The add-in's own sheets in a package (§8, §10): which sheets are ours (name and marker), the old ones replaced
// (their parts and every part only they used removed, names scoped to them dropped) and the new ones added at the end.
import { Element } from "@xmldom/xmldom";
import { ownSheetNames } from "../core/read/sheets";
import { SheetPlan, ownBaseName, resolveSheetName } from "../core/write/plan";
import { WorkbookSnapshot } from "../core/read/snapshot";
import { Package, findPart, relativeTarget, relsPartOf, removePart, writePart } from "./package";
import { CT, REL, addRel, freePartName, readRels, removeRels, setOverrides } from "./relations";
import { addDefinedName, addSheetEntry, quoteSheet, readWorkbook, removeSheetEntry, saveWorkbook, workbookDoc } from "./workbookPart";
import { StyleBook } from "./styles";
import { absolute, sheetPlanXml } from "./newSheet";
import { addChart } from "./chart";

/** The part a .rels part belongs to ("xl/_rels/workbook.xml.rels" → "xl/workbook.xml"; "_rels/.rels" → ""). */
function relsOwner(relsPart: string): string | null {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  return m ? `${m[1]}${m[2]}` : null;
}

/** Every part some relationship in the package points to (lower case). */
function referenced(pkg: Package): Set<string> {
  const out = new Set<string>();
  for (const name of pkg.parts.keys()) {
    const owner = relsOwner(name);
    if (owner === null) continue;
    for (const r of readRels(pkg, owner)) if (r.part) out.add(r.part.toLowerCase());
  }
  return out;
}

/** The parts reachable from `part` through relationships (not `part` itself). */
function reachable(pkg: Package, part: string): string[] {
  const seen = new Set<string>([part.toLowerCase()]);
  const out: string[] = [];
  const queue = [part];
  while (queue.length) {
    for (const r of readRels(pkg, queue.shift()!)) {
      const key = r.part ? findPart(pkg, r.part) : null;
      if (!key || seen.has(key.toLowerCase())) continue;
      seen.add(key.toLowerCase());
      out.push(key);
      queue.push(key);
    }
  }
  return out;
}

/** Remove a sheet's part, its relationships, and the parts (drawings, charts, comments …) no other part uses. */
function removeSheetParts(pkg: Package, part: string): void {
  const candidates = reachable(pkg, part);
  const gone = [part];
  removePart(pkg, relsPartOf(part));
  removePart(pkg, part);
  for (let changed = true; changed;) {
    changed = false;
    const used = referenced(pkg);
    for (const c of candidates) {
      if (!findPart(pkg, c) || used.has(c.toLowerCase())) continue;
      removePart(pkg, relsPartOf(c));
      removePart(pkg, c);
      gone.push(c);
      changed = true;
    }
  }
  setOverrides(pkg, Object.fromEntries(gone.map((g) => [g, null])));
}

function addSheet(pkg: Package, root: Element, wbPart: string, name: string, sp: SheetPlan, styles: StyleBook): void {
  const part = freePartName(pkg, "xl/worksheets/sheet#.xml");
  writePart(pkg, part, "");
  const drawing = sp.chart ? addChart(pkg, part, name, sp, sp.chart) : null;
  writePart(pkg, part, sheetPlanXml(sp, styles, drawing));
  setOverrides(pkg, { [part]: CT.worksheet });
  const index = addSheetEntry(root, name, addRel(pkg, wbPart, REL.worksheet, relativeTarget(wbPart, part)));
  if (sp.page.printTitleRows) addDefinedName(root, "_xlnm.Print_Titles", index, `${quoteSheet(name)}!${absolute(sp.page.printTitleRows)}`);
  if (sp.page.printArea) addDefinedName(root, "_xlnm.Print_Area", index, `${quoteSheet(name)}!${absolute(sp.page.printArea)}`);
}

/**
 * Write the add-in's sheets: earlier sheets of ours whose base name is being written now go (a clerk's sheet with
 * our name, or one of ours renamed or copied by the clerk, is never touched), the new ones are added at the end
 * under the names `resolveSheetName` gives. `book` is the snapshot the run read (ownership is judged on it).
 */
export function replaceOwnSheets(pkg: Package, plans: SheetPlan[], book: WorkbookSnapshot, tracking: string[], styles: StyleBook): string[] {
  const wb = readWorkbook(pkg);
  const ours = ownSheetNames(book); // one rule for both shells: name, marker, and a suffix the add-in had to choose
  const own = (name: string): boolean => !tracking.includes(name) && ours.has(name);
  const existing = wb.sheets.map((s) => ({ name: s.name, own: own(s.name) }));
  const names = plans.map((sp) => resolveSheetName(sp.name, existing));
  const bases = new Set(plans.map((sp) => ownBaseName(sp.name)));
  const { part: wbPart, doc, root } = workbookDoc(pkg);
  for (let i = wb.sheets.length - 1; i >= 0; i--) {
    const s = wb.sheets[i];
    if (!existing[i].own || !bases.has(ownBaseName(s.name)) || !s.part) continue;
    removeSheetEntry(root, i);
    removeRels(pkg, wbPart, [s.relId]);
    removeSheetParts(pkg, s.part);
  }
  plans.forEach((sp, i) => addSheet(pkg, root, wbPart, names[i], sp, styles));
  saveWorkbook(pkg, wbPart, doc);
  return names;
}
