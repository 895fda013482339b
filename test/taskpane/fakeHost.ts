// A scriptable ExcelHost for pane tests, and a real ScoreResult computed by the core from a small sheet.
import type { ClerkSettings, ExcelHost, OnProgress, RunOutcome, RunReport } from "../../src/excel/api";
import { scoreWorkbook } from "../../src/core/engine";
import { runSummary } from "../../src/core/messages";
import { book, flatSheet, PERSON_FIELDS } from "../helpers/sheet";

/** Four rows: one achieves everything, one has numerator > denominator (error), one is short, one has no name. */
export function sampleReport(): RunReport {
  const fields = [...PERSON_FIELDS, "hs_da_giai_quyet", "hs_dung_han", "tc13"];
  const sheet = flatSheet(fields, [
    { stt: 1, ho_ten: "Nguyễn Thị An", chuc_vu: "Công chức Văn phòng - Thống kê", linh_vuc: "Văn phòng", hs_da_giai_quyet: 50, hs_dung_han: 50, tc13: "Đạt" },
    { stt: 2, ho_ten: "Trần Văn Bình", chuc_vu: "Công chức Tư pháp - Hộ tịch", linh_vuc: "Tư pháp", hs_da_giai_quyet: 50, hs_dung_han: 52, tc13: "Đạt" },
    { stt: 3, ho_ten: "Lê Văn Cường", chuc_vu: "Công chức Địa chính", linh_vuc: "Địa chính", hs_da_giai_quyet: 50, hs_dung_han: 40, tc13: "Đạt" },
    { stt: 4, ho_ten: null, chuc_vu: "Công chức Văn hóa", linh_vuc: "Văn hóa", hs_da_giai_quyet: 10, hs_dung_han: 10, tc13: "Đạt" },
  ]);
  const out = scoreWorkbook(book(sheet));
  if (!out.ok) throw new Error(`sample did not score: ${JSON.stringify(out.failure)}`);
  const result = out.run.result;
  const errors = result.rows.reduce((n, r) => n + r.issues.filter((i) => i.severity === "error").length, 0);
  return {
    result,
    summaryText: runSummary({ rows: result.rows.length, errors, nominees: result.nominees.length, tieReview: result.tieReview.length }),
    sheetsWritten: ["DS đề nghị khen thưởng", "Tổng hợp kết quả"],
    retries: 0,
  };
}

export interface FakeHost extends ExcelHost {
  selected: { sheet: string; address: string }[];
  saved: ClerkSettings[];
  runs: ClerkSettings[];
}

/** A host whose scoreWorkbook answers with `outcome` (a value, or a function of the settings). */
export function fakeHost(opts: {
  outcome?: RunOutcome | ((s: ClerkSettings, onProgress?: OnProgress) => Promise<RunOutcome>);
  requirements?: ReturnType<ExcelHost["checkRequirements"]>;
  settings?: ClerkSettings;
  sheets?: string[];
} = {}): FakeHost {
  const selected: FakeHost["selected"] = [];
  const saved: ClerkSettings[] = [];
  const runs: ClerkSettings[] = [];
  return {
    selected,
    saved,
    runs,
    checkRequirements: () => opts.requirements ?? { ok: true, missing: [] },
    listSheets: async () => opts.sheets ?? ["Hướng dẫn", "Theo dõi"],
    loadSettings: async () => opts.settings ?? {},
    saveSettings: async (s) => {
      saved.push(s);
    },
    scoreWorkbook: async (s, onProgress) => {
      runs.push(s);
      const o = opts.outcome ?? { ok: true, report: sampleReport() };
      if (typeof o === "function") return o(s, onProgress);
      onProgress?.("read", 0.2);
      onProgress?.("compute", 0.6);
      onProgress?.("write", 0.9);
      onProgress?.("done", 1);
      return o;
    },
    clearHighlights: async () => 3,
    selectCell: async (sheet, address) => {
      selected.push({ sheet, address });
    },
  };
}
