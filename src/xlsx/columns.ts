// A worksheet's <cols>: the column ranges as they are written, widths set for some columns by splitting the ranges
// that cover them (each piece keeps its other attributes: style, hidden, outline …), every other range kept.
import { setTagAttr, tagAttrs } from "./xml";

interface ColRange {
  min: number;
  max: number;
  /** The <col …/> element as written. */
  tag: string;
}

export function parseCols(colsXml: string | undefined): ColRange[] {
  if (!colsXml) return [];
  const out: ColRange[] = [];
  for (const m of colsXml.matchAll(/<(?:\w+:)?col\b[^>]*>/g)) {
    const a = tagAttrs(m[0]);
    const min = Number(a.min);
    const max = Number(a.max);
    if (min > 0 && max >= min) out.push({ min, max, tag: m[0].endsWith("/>") ? m[0] : `${m[0].slice(0, -1)}/>` });
  }
  return out;
}

/** The style index a column's range gives its empty cells (null: none). */
export function columnStyle(ranges: ColRange[], col: number): number | null {
  const r = ranges.find((x) => x.min <= col && col <= x.max);
  const s = r ? tagAttrs(r.tag).style : undefined;
  return s !== undefined ? Number(s) : null;
}

const withSpan = (tag: string, min: number, max: number): string => setTagAttr(setTagAttr(tag, "min", String(min)), "max", String(max));

/** The <cols> element with columns from..from+widths.length-1 set to these widths (characters). */
export function setColumnWidths(colsXml: string | undefined, prefix: string, from: number, widths: number[]): string {
  const to = from + widths.length - 1;
  const pieces: ColRange[] = [];
  for (const r of parseCols(colsXml)) {
    if (r.max < from || r.min > to) {
      pieces.push(r);
      continue;
    }
    if (r.min < from) pieces.push({ min: r.min, max: from - 1, tag: withSpan(r.tag, r.min, from - 1) });
    if (r.max > to) pieces.push({ min: to + 1, max: r.max, tag: withSpan(r.tag, to + 1, r.max) });
    for (let c = Math.max(r.min, from); c <= Math.min(r.max, to); c++) pieces.push({ min: c, max: c, tag: withSpan(r.tag, c, c) });
  }
  widths.forEach((w, i) => {
    const c = from + i;
    const at = pieces.findIndex((p) => p.min === c && p.max === c);
    const tag = at >= 0 ? pieces[at].tag : `<${prefix}col min="${c}" max="${c}"/>`;
    const sized = setTagAttr(setTagAttr(tag, "width", String(w)), "customWidth", "1");
    if (at >= 0) pieces[at] = { min: c, max: c, tag: sized };
    else pieces.push({ min: c, max: c, tag: sized });
  });
  pieces.sort((a, b) => a.min - b.min);
  const open = colsXml ? /^<[^>]*>/.exec(colsXml)![0].replace(/\s*\/>$/, ">") : `<${prefix}cols>`;
  const trailing = colsXml ? /\s*$/.exec(colsXml)![0] : "";
  return `${open}${pieces.map((p) => p.tag).join("")}</${prefix}cols>${trailing}`;
}
