// The package's plumbing parts: relationships of a part (its .rels) and [Content_Types].xml, read and edited
// through a DOM that keeps whatever else they hold.
import { Element } from "@xmldom/xmldom";
import { Package, readXmlPart, relsPartOf, removePart, resolveTarget, workbookPartName, writePart } from "./package";
import { appendChild, childrenNamed, serializeXml } from "./xml";

export const REL = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;
export const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The target as a part name (internal targets only). */
  part: string | null;
}

function relElements(pkg: Package, part: string): { root: Element; rels: Element[] } | null {
  const doc = readXmlPart(pkg, relsPartOf(part));
  if (!doc) return null;
  const root = doc.documentElement!;
  return { root, rels: childrenNamed(root, "Relationship") };
}

/** The relationships of a part (none when it has no .rels). */
export function readRels(pkg: Package, part: string): Rel[] {
  const found = relElements(pkg, part);
  if (!found) return [];
  return found.rels.map((r) => {
    const external = r.getAttribute("TargetMode") === "External";
    const target = r.getAttribute("Target") ?? "";
    return {
      id: r.getAttribute("Id") ?? "",
      type: r.getAttribute("Type") ?? "",
      target,
      external,
      part: external ? null : resolveTarget(part, target),
    };
  });
}

/** Add a relationship from `part` (its .rels made if missing); returns the new id. */
export function addRel(pkg: Package, part: string, type: string, target: string): string {
  const relsPart = relsPartOf(part);
  if (!readXmlPart(pkg, relsPart)) writePart(pkg, relsPart, EMPTY_RELS);
  const { root, rels } = relElements(pkg, part)!;
  const ids = new Set(rels.map((r) => r.getAttribute("Id")));
  let n = rels.length + 1;
  while (ids.has(`rId${n}`)) n++;
  appendChild(root, "Relationship", { Id: `rId${n}`, Type: type, Target: target });
  writePart(pkg, relsPart, serializeXml(root.ownerDocument!));
  return `rId${n}`;
}

/** Remove relationships from `part` by id; the .rels goes when none is left. */
export function removeRels(pkg: Package, part: string, ids: string[]): void {
  const found = relElements(pkg, part);
  if (!found) return;
  for (const r of found.rels) if (ids.includes(r.getAttribute("Id") ?? "")) found.root.removeChild(r);
  if (childrenNamed(found.root, "Relationship").length === 0) removePart(pkg, relsPartOf(part));
  else writePart(pkg, relsPartOf(part), serializeXml(found.root.ownerDocument!));
}

function contentTypes(pkg: Package): Element {
  return readXmlPart(pkg, "[Content_Types].xml")!.documentElement!;
}
const saveTypes = (pkg: Package, root: Element) => writePart(pkg, "[Content_Types].xml", serializeXml(root.ownerDocument!));

/** The content type of a part: its Override, else the Default of its extension. */
export function contentTypeOf(pkg: Package, part: string): string | null {
  const root = contentTypes(pkg);
  const name = `/${part}`.toLowerCase();
  const o = childrenNamed(root, "Override").find((e) => (e.getAttribute("PartName") ?? "").toLowerCase() === name);
  if (o) return o.getAttribute("ContentType");
  const ext = part.split(".").pop()!.toLowerCase();
  const d = childrenNamed(root, "Default").find((e) => (e.getAttribute("Extension") ?? "").toLowerCase() === ext);
  return d ? d.getAttribute("ContentType") : null;
}

export const MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

/** Whether the workbook is macro-enabled (.xlsm): its main part has the macro-enabled content type. */
export const isMacroEnabled = (pkg: Package): boolean => contentTypeOf(pkg, workbookPartName(pkg)) === MACRO_MAIN;

/** Set the Override of each part; `null` removes it. */
export function setOverrides(pkg: Package, changes: Record<string, string | null>): void {
  const root = contentTypes(pkg);
  let changed = false;
  for (const [part, type] of Object.entries(changes)) {
    const name = `/${part}`;
    const existing = childrenNamed(root, "Override").find((e) => (e.getAttribute("PartName") ?? "").toLowerCase() === name.toLowerCase());
    if (existing && type === null) root.removeChild(existing);
    else if (existing && existing.getAttribute("ContentType") !== type) existing.setAttribute("ContentType", type!);
    else if (!existing && type !== null) appendChild(root, "Override", { PartName: name, ContentType: type });
    else continue;
    changed = true;
  }
  if (changed) saveTypes(pkg, root);
}

/** A free part name from a pattern with "#" ("xl/worksheets/sheet#.xml" → the first sheetN.xml not in the package). */
export function freePartName(pkg: Package, pattern: string): string {
  const taken = new Set([...pkg.parts.keys()].map((k) => k.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = pattern.replace("#", String(n));
    if (!taken.has(name.toLowerCase())) return name;
  }
}
