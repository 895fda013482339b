// Rows re-checked by the live check, kept by sheet and row (a row number alone is ambiguous when several sheets are
// scored). Tiny on purpose: the first screen imports it.
import type { RowCheck } from "../core/officials/liveCheck";

/** A row the live check re-checked, with its sheet. */
export interface LiveRow {
  sheet: string;
  check: RowCheck;
}

/** The key of a row of a sheet. */
export const rowKey = (sheet: string | undefined, row: number): string => `${sheet ?? ""}!${row}`;
