// Applying the core's write plan to a package (§11: the scored copy is the input plus our parts): the output block
// and highlights on each tracking sheet's part, the add-in's own sheets replaced; every other part left as it was.
import { WritePlan } from "../core/write/plan";
import { WorkbookSnapshot } from "../core/read/snapshot";
import { Package } from "./package";
import { openStyles, saveStyles } from "./styles";
import { writeTrackingBlock } from "./trackingBlock";
import { replaceOwnSheets } from "./ownSheets";
import { worksheetParts } from "./workbookPart";

export { clearHighlights } from "./highlights";

/**
 * Apply the plan: each tracking block into its sheet's part, then the add-in's sheets (old copies replaced, new ones
 * at the end). `book` is the snapshot the run was computed from. Returns the names the add-in's sheets got.
 */
export function applyWritePlan(pkg: Package, plan: WritePlan, book: WorkbookSnapshot): { sheets: string[] } {
  const parts = worksheetParts(pkg);
  const styles = openStyles(pkg);
  for (const t of plan.tracking) {
    const part = parts.get(t.sheet);
    if (!part) throw new Error(`Không tìm thấy trang "${t.sheet}"`);
    writeTrackingBlock(pkg, part, t, styles);
  }
  const sheets = replaceOwnSheets(
    pkg,
    plan.sheets,
    book,
    plan.tracking.map((t) => t.sheet),
    styles,
  );
  saveStyles(pkg, styles);
  return { sheets };
}
