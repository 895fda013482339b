// The presentation rules of NĐ 30/2020/NĐ-CP that both renderers follow (Word files and print-ready sheets):
// A4 portrait, the margins, Times New Roman and its sizes by text role.

export const FORM = {
  /** A4 portrait, millimetres. */
  page: { width: 210, height: 297 },
  /** Margins, millimetres: top and bottom 20–25, left 30–35, right 15–20. */
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  font: "Times New Roman",
  /** Points, by text role; the letterhead's national name is 12–13, the rest of the heading 13. */
  size: { title: 14, body: 13, table: 12, small: 11, national: 12, heading: 13 },
  /** First-line indent of body text, millimetres (1–1.27 cm). */
  indent: 10,
} as const;

/** Width of the text between the margins, millimetres. */
export const TEXT_WIDTH_MM = FORM.page.width - FORM.margins.left - FORM.margins.right;

/** Height of the text between the margins, millimetres. */
export const TEXT_HEIGHT_MM = FORM.page.height - FORM.margins.top - FORM.margins.bottom;

export const mmToInches = (mm: number): number => Math.round((mm / 25.4) * 1000) / 1000;
