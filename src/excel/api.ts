// The contract between the task pane / ribbon commands and the Office.js shell (types only).
import type { Method } from "../core/catalog";
import type { ScoreResult } from "../core/engine";
import type { LayoutFailure } from "../core/layout";

/** What the clerk can set in the pane; remembered in the workbook (workbook settings). */
export interface ClerkSettings {
  sheet?: string;
  quota?: number;
  minScore?: number;
  method?: Method;
  /** field id → column letter, for headers the engine does not recognise */
  mapping?: Record<string, string>;
  lang?: "vi" | "en";
}

export type ProgressStep = "read" | "compute" | "write" | "done";
export type OnProgress = (step: ProgressStep, fraction: number) => void;

export interface RunReport {
  result: ScoreResult;
  /** "Đã chấm 24 người · 3 lỗi số liệu · 2 người được đề nghị" */
  summaryText: string;
  /** Names of the add-in's sheets written (nomination, summary). */
  sheetsWritten: string[];
  /** How many times rows moved under us and the run was redone. */
  retries: number;
}

export type RunOutcome =
  | { ok: true; report: RunReport }
  | { ok: false; message: string; failure?: LayoutFailure };

export interface ExcelHost {
  /** Missing requirement sets, with a plain Vietnamese message when Excel is too old. */
  checkRequirements(): { ok: boolean; missing: string[]; message?: string };
  listSheets(): Promise<string[]>;
  loadSettings(): Promise<ClerkSettings>;
  saveSettings(s: ClerkSettings): Promise<void>;
  /** Read → core → write plan → apply, safely (rows re-checked before writing). */
  scoreWorkbook(s: ClerkSettings, onProgress?: OnProgress): Promise<RunOutcome>;
  /** Remove the add-in's highlights; the clerk's own formats stay. Returns how many rules were removed. */
  clearHighlights(): Promise<number>;
  /** Select a cell so the clerk can fix it. */
  selectCell(sheet: string, address: string): Promise<void>;
}
