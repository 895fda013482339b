// xl/workbook.xml: its sheets (name → part, through the workbook's relationships) and defined names; and the edits
// the writer makes there (a sheet added or removed, with the localSheetId of the other names kept right).
import { Document, Element } from "@xmldom/xmldom";
import { Package, PackageError, findPart, readXmlPart, workbookPartName, writePart } from "./package";
import { readRels } from "./relations";
import { appendChild, childrenNamed, firstChild, insertInOrder, serializeXml } from "./xml";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** The part the sheet is stored in. */
  part: string | null;
  /** A worksheet (chart sheets and dialog sheets are not read). */
  isWorksheet: boolean;
}

export interface DefinedName {
  name: string;
  localSheetId: number | null;
  formula: string;
}

export interface WorkbookInfo {
  part: string;
  sheets: SheetEntry[];
  definedNames: DefinedName[];
}

const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** CT_Workbook's children in the schema's order. */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

export function workbookDoc(pkg: Package): { part: string; doc: Document; root: Element } {
  const part = findPart(pkg, workbookPartName(pkg))!;
  const doc = readXmlPart(pkg, part)!;
  return { part, doc, root: doc.documentElement! };
}

export const sheetElements = (root: Element): Element[] => {
  const sheets = firstChild(root, "sheets");
  return sheets ? childrenNamed(sheets, "sheet") : [];
};
/** The sheet's relationship id (r:id, whatever the prefix; the Strict namespace too). */
function relIdOf(el: Element): string {
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes[i];
    if (a.localName === "id" && (a.namespaceURI ?? "").endsWith("/relationships")) return a.value;
  }
  return "";
}

export function readWorkbook(pkg: Package): WorkbookInfo {
  const { part, root } = workbookDoc(pkg);
  const rels = new Map(readRels(pkg, part).map((r) => [r.id, r]));
  const sheets = sheetElements(root).map((el) => {
    const rel = rels.get(relIdOf(el));
    const key = rel?.part ? findPart(pkg, rel.part) : null;
    return {
      name: el.getAttribute("name") ?? "",
      sheetId: Number(el.getAttribute("sheetId")),
      relId: relIdOf(el),
      part: key,
      isWorksheet: !!rel && rel.type.endsWith("/worksheet"),
    };
  });
  const missing = sheets.find((s) => s.part === null);
  if (missing) throw new PackageError(`Tệp bị hỏng: không có phần lưu trang "${missing.name}"`);
  const dn = firstChild(root, "definedNames");
  const definedNames = (dn ? childrenNamed(dn, "definedName") : []).map((el) => ({
    name: el.getAttribute("name") ?? "",
    localSheetId: el.hasAttribute("localSheetId") ? Number(el.getAttribute("localSheetId")) : null,
    formula: el.textContent ?? "",
  }));
  return { part, sheets, definedNames };
}

/** Remove the sheet at `index` from workbook.xml: its entry, the names scoped to it (the others' localSheetId shifted), the views kept in range. */
export function removeSheetEntry(root: Element, index: number): void {
  const el = sheetElements(root)[index];
  el.parentNode!.removeChild(el);
  const dn = firstChild(root, "definedNames");
  for (const d of dn ? childrenNamed(dn, "definedName") : []) {
    if (!d.hasAttribute("localSheetId")) continue;
    const id = Number(d.getAttribute("localSheetId"));
    if (id === index) dn!.removeChild(d);
    else if (id > index) d.setAttribute("localSheetId", String(id - 1));
  }
  if (dn && childrenNamed(dn, "definedName").length === 0) root.removeChild(dn);
  const count = sheetElements(root).length;
  const views = firstChild(root, "bookViews");
  for (const v of views ? childrenNamed(views, "workbookView") : []) {
    for (const a of ["activeTab", "firstSheet"]) {
      if (!v.hasAttribute(a)) continue;
      const n = Number(v.getAttribute(a));
      if (n > index || n >= count) v.setAttribute(a, String(Math.max(0, Math.min(n > index ? n - 1 : n, count - 1))));
    }
  }
}

/** Append a sheet entry (new sheetId); returns its index. */
export function addSheetEntry(root: Element, name: string, relId: string): number {
  const sheets = firstChild(root, "sheets") ?? insertInOrder(root, "sheets", WORKBOOK_ORDER);
  const ids = childrenNamed(sheets, "sheet").map((s) => Number(s.getAttribute("sheetId")) || 0);
  const el = appendChild(sheets, "sheet", { name, sheetId: String(Math.max(0, ...ids) + 1) });
  const prefix = root.lookupPrefix(R_NS) ?? "r";
  if (!root.lookupPrefix(R_NS)) root.setAttribute("xmlns:r", R_NS);
  el.setAttributeNS(R_NS, `${prefix}:id`, relId);
  return childrenNamed(sheets, "sheet").length - 1;
}

/** A sheet name as formulas write it: quoted, with quotes doubled. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

export function addDefinedName(root: Element, name: string, localSheetId: number, formula: string): void {
  const dn = firstChild(root, "definedNames") ?? insertInOrder(root, "definedNames", WORKBOOK_ORDER);
  const el = appendChild(dn, "definedName", { name, localSheetId: String(localSheetId) });
  el.appendChild(root.ownerDocument!.createTextNode(formula));
}

export const saveWorkbook = (pkg: Package, part: string, doc: Document): void => writePart(pkg, part, serializeXml(doc));

/** The sheets that are worksheets, with their parts: name → part. */
export function worksheetParts(pkg: Package): Map<string, string> {
  return new Map(
    readWorkbook(pkg)
      .sheets.filter((s) => s.isWorksheet && s.part)
      .map((s) => [s.name, s.part!]),
  );
}
