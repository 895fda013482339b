// Builders of small snapshots for core tests: a flat tracking sheet from canonical headers and row objects.
import { DEFAULT_CATALOG } from "../../src/core/catalog";
import { CellValue, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../../src/core/read/snapshot";

export const header = (id: string): string => DEFAULT_CATALOG.fields.find((f) => f.id === id)!.header;

/** A sheet with a title row, a blank row, a canonical header on row 3 and data from row 4. */
export function flatSheet(fields: string[], rows: Record<string, CellValue>[], name = "Theo dõi"): SheetSnapshot {
  const values: CellValue[][] = [["BẢNG THEO DÕI"], [], fields.map(header)];
  for (const r of rows) values.push(fields.map((f) => (r[f] === undefined ? null : r[f])));
  return { name, values, merges: [{ top: 1, left: 1, bottom: 1, right: 5 }] as MergedArea[] };
}

export const book = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({ sheets });

export const PERSON_FIELDS = ["stt", "ho_ten", "chuc_vu", "linh_vuc"];
