// Builders for the Office.js shell's tests: generated tracking workbooks of n rows, a scored run against the
// fake, and the plan the core makes for the same snapshot (what the fake's cells are compared with). Importing
// this installs the fake's extras (protection, validation, events): the shell reads every sheet's protection.
import { scoreWorkbook, ScoreOptions, ScoreRun } from "../../src/core/engine";
import { CellValue, SheetSnapshot, WorkbookSnapshot, colLetter } from "../../src/core/read/snapshot";
import type { ClerkSettings, RunOutcome } from "../../src/excel/api";
import { createExcelHost } from "../../src/excel/host";
import { FakeOptions, FakeOffice, createFakeOffice, workbookDataFromSnapshot } from "../fakes/excel-fake";
import { installFakeExtras } from "../fakes/excel-fake-extras";
import { PERSON_FIELDS, flatSheet } from "../helpers/sheet";

export const FIELDS = [...PERSON_FIELDS, "hs_da_giai_quyet", "hs_dung_han", "phieu_danh_gia", "phieu_hai_long", "tc01", "bi_phan_anh"];
installFakeExtras();

const SECTORS = ["Tư pháp - hộ tịch", "Văn phòng - thống kê", "Địa chính - xây dựng"];

/** n people on a flat sheet (title row 1, header row 3, data from row 4); `names` replaces the first names. */
export function trackingSheet(n: number, names: string[] = []): SheetSnapshot {
  const rows: Record<string, CellValue>[] = [];
  for (let i = 0; i < n; i++) {
    rows.push({
      stt: i + 1,
      ho_ten: names[i] ?? `Nguyễn Văn Người ${i + 1}`,
      chuc_vu: "Công chức",
      linh_vuc: SECTORS[i % SECTORS.length],
      hs_da_giai_quyet: 100,
      hs_dung_han: 90 + (i % 11),
      phieu_danh_gia: 50,
      phieu_hai_long: i % 4 === 0 ? 40 : 49 + (i % 2),
      tc01: i % 5 === 0 ? "Không đạt" : "Đạt",
      bi_phan_anh: "Không",
    });
  }
  return flatSheet(FIELDS, rows);
}

export const bookOf = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({ sheets });

export interface Scored {
  fake: FakeOffice;
  outcome: RunOutcome;
}

export async function scoreOnFake(book: WorkbookSnapshot, settings: ClerkSettings = {}, opts: FakeOptions = {}): Promise<Scored> {
  const fake = createFakeOffice(workbookDataFromSnapshot(book), opts);
  const outcome = await createExcelHost(fake).scoreWorkbook(settings);
  return { fake, outcome };
}

/** The core's own run on a snapshot (the reference the shell must reproduce). */
export function coreRun(book: WorkbookSnapshot, opts: ScoreOptions = {}): ScoreRun {
  const out = scoreWorkbook(book, opts);
  if (!out.ok) throw new Error(`core failed: ${JSON.stringify(out.failure)}`);
  return out.run;
}

/** The snapshot of the fake's current state, read directly from its model (not through the shell). */
export function fakeSnapshot(fake: FakeOffice): WorkbookSnapshot {
  return {
    sheets: fake.workbook.sheets.map((s) => {
      let width = 1;
      for (let r = 0; r < s.rows.length; r++) width = Math.max(width, s.rows[r]?.length ?? 0);
      const values: CellValue[][] = fake.workbook.values(s.name, `A1:${colLetter(width)}${Math.max(1, s.rows.length)}`).map((row, r) =>
        row.map((v, c) => {
          const cell = s.rows[r]?.[c];
          if (cell?.error) return { error: String(cell.value) };
          return v === "" ? null : v;
        }),
      );
      return { name: s.name, values, merges: s.merges.map((m) => ({ ...m })) };
    }),
  };
}

export function expectOk(outcome: RunOutcome): Extract<RunOutcome, { ok: true }>["report"] {
  if (!outcome.ok) throw new Error(`run failed: ${outcome.message}`);
  return outcome.report;
}
