// A scriptable ExcelHost for pane tests, and a real ScoreResult computed by the core from a small sheet.
import type {
  ClerkSettings,
  DossierOutcome,
  ExcelHost,
  GuideView,
  LiveOptions,
  OnProgress,
  OfficialsSource,
  RunOutcome,
  RunReport,
} from "../../src/excel/api";
import { DEFAULT_CATALOG } from "../../src/core/catalog";
import { scoreWorkbook } from "../../src/core/engine";
import { countErrors, runSummary } from "../../src/core/messages";
import { book, flatSheet, PERSON_FIELDS } from "../helpers/sheet";

/** Four rows: one achieves everything, one has numerator > denominator (error), one is short, one has no name. */
export function sampleReport(): RunReport {
  const fields = [...PERSON_FIELDS, "hs_da_giai_quyet", "hs_dung_han", "tc13"];
  const sheet = flatSheet(fields, [
    {
      stt: 1,
      ho_ten: "Nguyễn Thị An",
      chuc_vu: "Công chức Văn phòng - Thống kê",
      linh_vuc: "Văn phòng",
      hs_da_giai_quyet: 50,
      hs_dung_han: 50,
      tc13: "Đạt",
    },
    {
      stt: 2,
      ho_ten: "Trần Văn Bình",
      chuc_vu: "Công chức Tư pháp - Hộ tịch",
      linh_vuc: "Tư pháp",
      hs_da_giai_quyet: 50,
      hs_dung_han: 52,
      tc13: "Đạt",
    },
    { stt: 3, ho_ten: "Lê Văn Cường", chuc_vu: "Công chức Địa chính", linh_vuc: "Địa chính", hs_da_giai_quyet: 50, hs_dung_han: 40, tc13: "Đạt" },
    { stt: 4, ho_ten: null, chuc_vu: "Công chức Văn hóa", linh_vuc: "Văn hóa", hs_da_giai_quyet: 10, hs_dung_han: 10, tc13: "Đạt" },
  ]);
  const out = scoreWorkbook(book(sheet));
  if (!out.ok) throw new Error(`sample did not score: ${JSON.stringify(out.failure)}`);
  const result = out.run.result;
  const errors = countErrors(result.rows);
  return {
    result,
    summaryText: runSummary({ rows: result.rows.length, errors, nominees: result.nominees.length, tieReview: result.tieReview.length }),
    sheetsWritten: ["DS đề nghị khen thưởng", "Tổng hợp kết quả"],
    retries: 0,
    catalog: out.run.catalog,
    catalogSheet: null,
    dossier: { planOwn: true, existing: [] },
  };
}

/** What "Lập hồ sơ" answers for sampleReport(): the Tờ trình, the list, Nguyễn Thị An's báo cáo and the biên bản. */
export function sampleDossier(report: RunReport = sampleReport()): DossierOutcome {
  return {
    ok: true,
    made: [
      { kind: "proposal", sheet: "Tờ trình" },
      { kind: "list", sheet: "Danh sách kèm Tờ trình" },
      { kind: "report", sheet: "Báo cáo thành tích 1", person: "Nguyễn Thị An" },
      { kind: "minutes", sheet: "Biên bản họp bình xét" },
    ],
    reason: null,
    notes: [],
    blanks: ["Số tờ trình", "Ngày tờ trình"],
    result: report.result,
  };
}

export interface FakeHost extends ExcelHost {
  selected: { sheet: string; address: string }[];
  saved: ClerkSettings[];
  runs: ClerkSettings[];
  /** The settings each "Lập hồ sơ" was asked with. */
  dossiers: ClerkSettings[];
  /** The officials' tools called, in order, with their argument. */
  tools: { name: string; arg?: unknown }[];
  /** Live checks started (their options, to push updates) and how many were stopped. */
  live: { started: LiveOptions[]; stopped: number };
}

/** A small guide: two people on "Theo dõi", the TC05 pair of columns. */
export const sampleGuide = (): GuideView => ({
  sheet: "Theo dõi",
  nameColumn: "B",
  rows: { first: 4, last: 5 },
  people: [
    { row: 4, name: "Nguyễn Thị An" },
    { row: 5, name: "Trần Văn Bình" },
  ],
  columns: [
    { letter: "B", header: "Họ và tên", criteria: [], how: "Họ và tên, đã điền sẵn; không sửa tên của người khác." },
    {
      letter: "F",
      header: "Số hồ sơ đúng hạn",
      criteria: [
        {
          code: "TC05",
          name: "Hồ sơ TTHC trả kết quả đúng hạn, trước hạn",
          target: "100%",
          plan: "100% hồ sơ TTHC được trả kết quả đúng hạn và trước hạn",
        },
      ],
      how: "Nhập số nguyên ≥ 0, không lớn hơn số hồ sơ đã giải quyết (cột E); để trống nếu không áp dụng.",
    },
  ],
  planTitle: "Kế hoạch số 12/KH-UBND của UBND xã — năm 2025",
  colors: { shortfall: "#F4B183", error: "#FF8080" },
});

/** A host whose scoreWorkbook answers with `outcome` (a value, or a function of the settings). */
export function fakeHost(
  opts: {
    outcome?: RunOutcome | ((s: ClerkSettings, onProgress?: OnProgress) => Promise<RunOutcome>);
    requirements?: ReturnType<ExcelHost["checkRequirements"]>;
    settings?: ClerkSettings;
    sheets?: string[];
    /** The workbook's tracking sheets (findTrackingSheets). */
    tracking?: string[];
    /** What the ribbon's run (scoreSaved) gives. */
    saved?: RunOutcome;
    /** What "Lập hồ sơ" gives (a value, or a function of the settings). */
    dossier?: DossierOutcome | ((s: ClerkSettings, onProgress?: OnProgress) => Promise<DossierOutcome>);
    /** Replace any of the officials' tools. */
    override?: Partial<ExcelHost>;
  } = {},
): FakeHost {
  const selected: FakeHost["selected"] = [];
  const saved: ClerkSettings[] = [];
  const runs: ClerkSettings[] = [];
  const tools: FakeHost["tools"] = [];
  const dossiers: ClerkSettings[] = [];
  const live: FakeHost["live"] = { started: [], stopped: 0 };
  const record = (name: string, arg?: unknown) => tools.push(arg === undefined ? { name } : { name, arg });
  return {
    selected,
    saved,
    runs,
    dossiers,
    tools,
    live,
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
    scoreSaved: async () => opts.saved ?? { ok: true, report: sampleReport() },
    makeDossier: async (s, onProgress) => {
      dossiers.push(s);
      const o = opts.dossier ?? sampleDossier();
      if (typeof o === "function") return o(s, onProgress);
      onProgress?.("read", 0.3);
      onProgress?.("write", 0.8);
      onProgress?.("done", 1);
      return o;
    },
    findTrackingSheets: async (s) => ({ ok: true, sheets: opts.tracking ?? ["Theo dõi"], chosen: s.sheets ?? [(opts.tracking ?? ["Theo dõi"])[0]] }),
    clearHighlights: async () => 3,
    selectCell: async (sheet, address) => {
      selected.push({ sheet, address });
    },
    readCatalog: async () => ({ ok: true, catalog: DEFAULT_CATALOG, sheet: null }),
    createTrackingSheet: async (source: OfficialsSource) => {
      record("createTrackingSheet", source);
      return {
        ok: true,
        sheet: "Theo dõi thi đua",
        sheets: ["Theo dõi thi đua", "Hướng dẫn nhập liệu", "Tiêu chí"],
        message: "Đã tạo trang “Theo dõi thi đua”.",
      };
    },
    applyChecks: async (s) => {
      record("applyChecks", s);
      return { ok: true, sheet: "Theo dõi", message: "Đã gắn 12 quy tắc kiểm tra nhập liệu cho 4 dòng của trang “Theo dõi”." };
    },
    saveCatalogSheet: async () => {
      record("saveCatalogSheet");
      return { ok: true, message: "Đã tạo trang “Tiêu chí”." };
    },
    readGuide: async (s) => {
      record("readGuide", s);
      return { ok: true, guide: sampleGuide() };
    },
    startLiveCheck: async (o) => {
      live.started.push(o);
      return { ok: true, sheets: o.sheets?.length ? o.sheets : ["Theo dõi"], catalog: DEFAULT_CATALOG, stop: async () => void live.stopped++ };
    },
    ...opts.override,
  };
}
