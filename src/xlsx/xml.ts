// Small XML helpers for editing package parts: escaping (with OOXML's _xHHHH_ for characters XML cannot hold),
// attributes of one start tag, and a DOM (@xmldom/xmldom, which keeps unknown nodes) for the small parts.
import { DOMParser, Document, Element, Node, XMLSerializer } from "@xmldom/xmldom";

export const escapeText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, "&quot;");

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;
const ENTITY_OR_AMP = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g;

/** Thrown by a strict unescapeXml: an entity XML does not define, a bare "&", or a character XML cannot hold. */
export class XmlEntityError extends Error {}

/** A character XML 1.0 allows. */
const xmlChar = (c: number): boolean =>
  c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

/** The five XML entities and character references resolved; others kept as written — or, when `strict`, refused. */
export function unescapeXml(s: string, strict = false): string {
  if (!s.includes("&")) return s;
  return s.replace(strict ? ENTITY_OR_AMP : ENTITY, (m, e: string | undefined) => {
    if (e === undefined) throw new XmlEntityError(m);
    if (e[0] !== "#") {
      const named = ENTITIES[e];
      if (named === undefined && strict) throw new XmlEntityError(m);
      return named ?? m;
    }
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    if (!xmlChar(code)) {
      if (strict) throw new XmlEntityError(m);
      return m; // not a character: kept as written (String.fromCodePoint would throw on it)
    }
    return String.fromCodePoint(code);
  });
}

/** OOXML string escapes: "_x000D_" is a carriage return, "_x005F_" an underscore that starts a literal "_xHHHH_". */
export const decodeOoxmlText = (s: string): string =>
  s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;

/** A text as a cell's `<t>` content: XML-escaped, characters XML 1.0 cannot hold written as _xHHHH_. */
export function encodeCellText(s: string): string {
  const guarded = s.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_");
  const safe = guarded.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
  return escapeText(safe);
}

/** The attributes of one start tag ("<c r=\"A1\" s='2'>"), values unescaped; names as written (prefix kept). */
export function tagAttrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([^\s=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const body = tag.replace(/^<[^\s/>]+/, "");
  for (let m = re.exec(body); m; m = re.exec(body)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

const attrPatterns = new Map<string, RegExp>();

/** A start tag with one attribute set (added at the end, or replaced in place); `null` removes it. */
export function setTagAttr(tag: string, name: string, value: string | null): string {
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`(\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`)));
  if (re.test(tag)) return tag.replace(re, value === null ? "" : `$1${name}="${escapeAttr(value)}"`);
  if (value === null) return tag;
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${escapeAttr(value)}"${tag.slice(end)}`;
}

/** Thrown by parseXml; the caller names the part in the clerk's words. */
export class XmlSyntaxError extends Error {}

export function parseXml(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new XmlSyntaxError(message);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, "text/xml");
  } catch (e) {
    // xmldom wraps what onError throws in its own ParseError
    throw new XmlSyntaxError((e as Error).message);
  }
  if (!doc.documentElement) throw new XmlSyntaxError("no root element");
  return doc;
}

export const serializeXml = (node: Node): string => new XMLSerializer().serializeToString(node);

/** Child elements of `parent` with this local name (any prefix). */
export const childrenNamed = (parent: Element, local: string): Element[] => {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === local) out.push(n as Element);
  return out;
};
export const firstChild = (parent: Element, local: string): Element | null => childrenNamed(parent, local)[0] ?? null;

/**
 * A new element in the parent's namespace, inserted before the first existing child whose local name comes after it
 * in `order` (the schema's sequence); appended when none does.
 */
export function insertInOrder(parent: Element, local: string, order: readonly string[]): Element {
  const doc = parent.ownerDocument!;
  const prefix = parent.prefix ? `${parent.prefix}:` : "";
  const el = doc.createElementNS(parent.namespaceURI ?? null, `${prefix}${local}`);
  const after = order.slice(order.indexOf(local) + 1);
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && after.includes((n as Element).localName ?? "")) {
      parent.insertBefore(el, n);
      return el;
    }
  }
  parent.appendChild(el);
  return el;
}

/** A new element in the parent's namespace appended at its end. */
export function appendChild(parent: Element, local: string, attrs: Record<string, string> = {}): Element {
  const prefix = parent.prefix ? `${parent.prefix}:` : "";
  const el = parent.ownerDocument!.createElementNS(parent.namespaceURI, `${prefix}${local}`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.appendChild(el);
  return el;
}
