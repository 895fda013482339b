// How much room text takes on a printed sheet: Times New Roman advance widths, word wrapping at a column width, and
// row heights — Excel (and LibreOffice when printing) never grows a row whose wrapped text sits in a merged cell.

/** Advance widths of Times New Roman in em (the regular face; bold is a little wider). */
const WIDTHS: Record<string, number> = {
  " ": 0.25,
  a: 0.444,
  b: 0.5,
  c: 0.444,
  d: 0.5,
  e: 0.444,
  f: 0.333,
  g: 0.5,
  h: 0.5,
  i: 0.278,
  j: 0.278,
  k: 0.5,
  l: 0.278,
  m: 0.778,
  n: 0.5,
  o: 0.5,
  p: 0.5,
  q: 0.5,
  r: 0.333,
  s: 0.389,
  t: 0.278,
  u: 0.5,
  v: 0.5,
  w: 0.722,
  x: 0.5,
  y: 0.5,
  z: 0.444,
  A: 0.722,
  B: 0.667,
  C: 0.667,
  D: 0.722,
  E: 0.611,
  F: 0.556,
  G: 0.722,
  H: 0.722,
  I: 0.333,
  J: 0.389,
  K: 0.722,
  L: 0.611,
  M: 0.889,
  N: 0.722,
  O: 0.722,
  P: 0.556,
  Q: 0.722,
  R: 0.667,
  S: 0.556,
  T: 0.611,
  U: 0.722,
  V: 0.722,
  W: 0.944,
  X: 0.722,
  Y: 0.722,
  Z: 0.611,
  ".": 0.25,
  ",": 0.25,
  ":": 0.278,
  ";": 0.278,
  "-": 0.333,
  "(": 0.333,
  ")": 0.333,
  "/": 0.278,
  "%": 0.833,
  "…": 1,
  "“": 0.444,
  "”": 0.444,
  '"': 0.408,
};

/** Width of one character in em: the base letter's (diacritics do not widen it), digits 0.5, others 0.6. */
function charEm(ch: string): number {
  const w = WIDTHS[ch];
  if (w !== undefined) return w;
  const base = ch.normalize("NFD").charAt(0).replace("đ", "d").replace("Đ", "D");
  if (WIDTHS[base] !== undefined) return WIDTHS[base];
  if (/\d/.test(ch)) return 0.5;
  return 0.6;
}

/** Width of a text in points at a font size; bold adds 6%, and 4% more is kept in hand for the renderer. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * sizePt * (bold ? 1.06 : 1) * 1.04;
}

/**
 * A sheet column's width in points: Excel's width unit is about 7 pixels (96 dpi) with its default font (Calibri 11;
 * LibreOffice prints the same with the metric-compatible Carlito). A workbook whose default font is wider makes the
 * columns wider: text then takes fewer lines than estimated, and fitting to the page width scales it down a little.
 */
export const columnPt = (width: number): number => (width * 7 * 72) / 96;

/** Lines a text takes wrapped at `widthPt` (words moved whole; a word longer than a line is cut), per "\n" part. */
export function wrappedLines(text: string, widthPt: number, sizePt: number, bold = false): number {
  const room = Math.max(1, widthPt - 4); // the cell's inner padding
  const space = textWidthPt(" ", sizePt, bold);
  let lines = 0;
  for (const part of text.split("\n")) {
    let n = 1;
    let x = 0;
    for (const word of part.split(" ")) {
      let w = textWidthPt(word, sizePt, bold);
      if (x > 0 && x + space + w > room) {
        n++;
        x = 0;
      } else if (x > 0) x += space;
      while (w > room) {
        n++;
        w -= room;
      }
      x += w;
    }
    lines += n;
  }
  return lines;
}

/** Height in points of one line of text at a font size. */
export const lineHeightPt = (sizePt: number): number => sizePt * 1.2;

/** Row height in points for `lines` lines of text. */
export const rowHeightPt = (lines: number, sizePt: number): number => Math.ceil(lines * lineHeightPt(sizePt) + 3);
