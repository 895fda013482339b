// The write-plan vocabulary for the add-in's form sheets (tracking template, "Hướng dẫn nhập liệu", "Tiêu chí"):
// plan.ts's cells and merges plus data-validation rules, protection and frozen panes. Types and tiny helpers only.
import type { CellStyle, PlanCell, SheetPlan } from "./plan";
import type { MergedArea } from "../read/snapshot";

/** What an input cell accepts; each shell turns it into its own API (exceljs / Office.js). */
export type ValidationCheck =
  | { kind: "whole"; min: number }
  | { kind: "decimal"; min: number; max: number }
  | { kind: "list"; items: string[] }
  /** An Excel formula without the leading "=", relative to the rule's top-left cell. */
  | { kind: "custom"; formula: string };

export interface ValidationRule {
  /** The field the column holds. */
  field: string;
  /** 1-based column and rows (one contiguous block; a rule never spans a gap). */
  col: number;
  top: number;
  bottom: number;
  check: ValidationCheck;
  /** Input message (Excel: title ≤ 32 characters, text ≤ 255). */
  promptTitle: string;
  prompt: string;
  /** Error alert (same limits); input that breaks the rule is refused ("stop"). */
  errorTitle: string;
  error: string;
}

export interface ProtectionPlan {
  /** Ranges left unlocked (the officials' input cells); everything else is locked. */
  unlocked: MergedArea[];
  /** Protection without a password, so nobody is ever locked out. */
  password: "";
  allow: { formatCells: true; formatColumns: true; formatRows: true; insertRows: true; sort: true; autoFilter: true };
}

export type FormRole = "template" | "guide" | "catalog";

/** A sheet the add-in makes for people to fill in or read (not a scoring output: no SHEET_MARKER, never replaced). */
export interface FormSheetPlan extends Omit<SheetPlan, "role" | "chart"> {
  role: FormRole;
  /** 1-based row → height in points. */
  rowHeights: Record<number, number>;
  validations: ValidationRule[];
  /** Rows above / columns left of the split stay in view. */
  freeze: { rows: number; cols: number } | null;
  protection: ProtectionPlan | null;
}

export const PROTECT_ALLOW: ProtectionPlan["allow"] = {
  formatCells: true,
  formatColumns: true,
  formatRows: true,
  insertRows: true,
  sort: true,
  autoFilter: true,
};

/** Excel's limits for data-validation texts (the error alert's text is kept to 225, Excel's own dialog limit). */
export const LIMITS = { title: 32, text: 255, error: 225 } as const;

/** Cut a text to n characters, ending with "…" when cut. */
export function clampText(s: string, n: number): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length <= n ? t : `${t.slice(0, n - 1).trimEnd()}…`;
}

/** Text cell (stored as text, never read as a formula). */
export const textCell = (v: string, s?: CellStyle): PlanCell => ({ v, text: true, ...(s ? { s } : {}) });
export const numCell = (v: number | null, s?: CellStyle): PlanCell => ({ v, ...(s ? { s } : {}) });
export const emptyCell = (s?: CellStyle): PlanCell => ({ v: null, ...(s ? { s } : {}) });

/** Consecutive runs of sorted row numbers: [5,6,7,10] → [[5,7],[10,10]]. */
export function rowRuns(rows: number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}
