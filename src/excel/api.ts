// The contract between the task pane / ribbon commands and the Office.js shell (types only).
import type { Catalog } from "../core/catalog";
import type { DocumentKind } from "../core/dossier/model";
import type { ScoreResult } from "../core/engine";
import type { LayoutFailure } from "../core/read/layout";
import type { Lang } from "../core/messages";
import type { RowCheck } from "../core/officials/liveCheck";
import type { OfficialInput } from "../core/officials/officials";
import type { ClerkSettings } from "../core/settings";

/** What the clerk can set in the pane (the core's schema); remembered in the workbook (workbook settings). */
export type { ClerkSettings } from "../core/settings";
export type { Lang } from "../core/messages";

export type ProgressStep = "read" | "compute" | "write" | "done";
export type OnProgress = (step: ProgressStep, fraction: number) => void;

/** A problem tied to a cell of a sheet (the pane selects it when clicked). */
export interface CellProblem {
  sheet: string;
  cell: string;
  message: string;
}

export interface RunReport {
  result: ScoreResult;
  /** "Đã chấm 24 người · 3 lỗi số liệu · 2 người được đề nghị" */
  summaryText: string;
  /** Names of the add-in's sheets written (nomination, summary). */
  sheetsWritten: string[];
  /** How many times rows moved under us and the run was redone. */
  retries: number;
  /** The catalog the run scored with (the workbook's "Tiêu chí" sheet, else the plan's default). */
  catalog?: Catalog;
  /** The sheet that catalog came from, or null for the default one. */
  catalogSheet?: string | null;
  /** The settings the run used (the ribbon's are those saved in the workbook). */
  settings?: ClerkSettings;
  /** For the dossier step: whether the catalog's plan is this unit's (else its number and date are blanks), and the
   * add-in's dossier sheets already in the workbook (made before this run, which leaves them as they were). */
  dossier?: { planOwn: boolean; existing: string[] };
}

/** One sheet "Lập hồ sơ" wrote: the document on it, and the person of a báo cáo thành tích. */
export interface DossierSheet {
  kind: DocumentKind;
  sheet: string;
  person?: string;
}

/** What "Lập hồ sơ" did: the sheets made (none, with the reason, when there was no one to propose or review), the
 * notes and the blanks left; the result it was made from (to compare with the run the pane shows). */
export type DossierOutcome =
  | { ok: true; made: DossierSheet[]; reason: string | null; notes: string[]; blanks: string[]; result: ScoreResult }
  | { ok: false; message: string; failure?: LayoutFailure; problems?: CellProblem[] };

/** The tracking sheets of the workbook (§10) and the ones a run with the given settings scores. */
export type TrackingSheets = { ok: true; sheets: string[]; chosen: string[] } | { ok: false; message: string };

export type RunOutcome = { ok: true; report: RunReport } | { ok: false; message: string; failure?: LayoutFailure; problems?: CellProblem[] };

/** The catalog the workbook carries ("Tiêu chí" sheet), the default one, or the sheet's cell errors. */
export type CatalogOutcome = { ok: true; catalog: Catalog; sheet: string | null } | { ok: false; message: string; problems: CellProblem[] };

/** Where the officials of a new tracking sheet come from: pasted lines (already split), or a sheet of the book. */
export type OfficialsSource = { kind: "list"; officials: OfficialInput[] } | { kind: "sheet"; sheet: string };

/** The outcome of one of the officials' tools; `sheet` is the tracking sheet it concerns, when there is one. */
export type ToolOutcome = { ok: true; message: string; sheet?: string; sheets?: string[] } | { ok: false; message: string; problems?: CellProblem[] };

/** One input column of the tracking sheet as the officials' guide explains it. */
export interface GuideColumn {
  letter: string;
  header: string;
  criteria: { code: string; name: string; target: string; plan: string }[];
  how: string;
}

/** The "Hướng dẫn nhập liệu" content for the pane, from the catalog and the tracking sheet (or a new template). */
export interface GuideView {
  /** The tracking sheet explained, or null when the book has none yet (columns of a new sheet are shown). */
  sheet: string | null;
  nameColumn: string;
  rows: { first: number; last: number } | null;
  people: { row: number; name: string }[];
  columns: GuideColumn[];
  planTitle: string;
  /** The highlight colours "#RRGGBB": cam = chưa đạt chỉ tiêu, đỏ = lỗi số liệu. */
  colors: { shortfall: string; error: string };
}

export type GuideOutcome = { ok: true; guide: GuideView } | { ok: false; message: string; problems?: CellProblem[] };

/** What the live check tells the pane after re-checking rows. */
export interface LiveUpdate {
  sheet: string;
  rows: RowCheck[];
  /** True when the whole sheet was re-checked (the rows given replace every earlier one). */
  full: boolean;
}

export interface LiveOptions {
  /** The chosen tracking sheets (none: the one the engine finds), or all of them. */
  sheets?: string[];
  allSheets?: boolean;
  mapping?: Record<string, string>;
  lang?: Lang;
  onUpdate: (u: LiveUpdate) => void;
  onError?: (message: string) => void;
}

/** A started live check: its sheets, the catalog it checks with (for the problem list's criterion names), stop. */
export type LiveOutcome = { ok: true; sheets: string[]; catalog: Catalog; stop: () => Promise<void> } | { ok: false; message: string };

export interface ExcelHost {
  /** Missing requirement sets, with a plain Vietnamese message when Excel is too old. */
  checkRequirements(): { ok: boolean; missing: string[]; message?: string };
  listSheets(): Promise<string[]>;
  loadSettings(): Promise<ClerkSettings>;
  saveSettings(s: ClerkSettings): Promise<void>;
  /** Read → core → write plan → apply, safely (rows re-checked before writing). */
  scoreWorkbook(s: ClerkSettings, onProgress?: OnProgress): Promise<RunOutcome>;
  /** The ribbon's run: the settings saved in the workbook, read with the sheets; the summary sheet shown by the write. */
  scoreSaved(onProgress?: OnProgress): Promise<RunOutcome>;
  /** "Lập hồ sơ" (§12): score with these settings, then write the list and one sheet per document of the dossier;
   * the tracking sheets and the summary are left as they are. */
  makeDossier(s: ClerkSettings, onProgress?: OnProgress): Promise<DossierOutcome>;
  /** The workbook's tracking sheets, and those the settings choose. */
  findTrackingSheets(s: ClerkSettings): Promise<TrackingSheets>;
  /** Remove the add-in's highlights; the clerk's own formats stay. Returns how many rules were removed. */
  clearHighlights(): Promise<number>;
  /** Select a cell so the clerk can fix it. */
  selectCell(sheet: string, address: string): Promise<void>;

  // The officials' side (issue 5)
  /** The workbook's criteria catalog. */
  readCatalog(): Promise<CatalogOutcome>;
  /** "Tạo bảng theo dõi": a new tracking sheet (+ guide, + "Tiêu chí" if missing) from the workbook's catalog. */
  createTrackingSheet(source: OfficialsSource): Promise<ToolOutcome>;
  /** "Áp dụng kiểm tra nhập liệu" on the tracking sheet of the settings (values never touched). */
  applyChecks(s: ClerkSettings): Promise<ToolOutcome>;
  /** "Lưu bộ tiêu chí vào bảng tính": add the visible, editable "Tiêu chí" sheet unless the book has one. */
  saveCatalogSheet(): Promise<ToolOutcome>;
  /** The officials' guide for the tracking sheet of the settings. */
  readGuide(s: ClerkSettings): Promise<GuideOutcome>;
  /** Re-check the rows people edit while the pane is open; `stop` ends it. */
  startLiveCheck(o: LiveOptions): Promise<LiveOutcome>;
}
