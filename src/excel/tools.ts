// The officials' tools behind the pane, each ending in a plain Vietnamese outcome: the workbook's catalog,
// "Tạo bảng theo dõi" (from a pasted list or a sheet), "Áp dụng kiểm tra nhập liệu", "Lưu bộ tiêu chí vào bảng
// tính", the guide, and the live check — all with the catalog of the book's "Tiêu chí" sheet when it has one.
import { Catalog, DEFAULT_CATALOG } from "../core/catalog";
import { chooseTables, readLayout } from "../core/read/tables";
import { Official, OfficialSchema, readOfficials } from "../core/officials/officials";
import { buildTemplate } from "../core/officials/template";
import type { CatalogOutcome, ClerkSettings, GuideOutcome, LiveOptions, LiveOutcome, OfficialsSource, ToolOutcome, TrackingSheets } from "./api";
import { ensureCatalogSheet, readWorkbookCatalog } from "./catalogSheet";
import { ExcelGlobal } from "./env";
import { guideFromLayout, guideFromTemplate } from "./guideView";
import { Exclusive, startLiveCheck } from "./liveCheck";
import { readBook } from "./read";
import { catalogErrorsMessage } from "./score";
import { applyChecksToSheet, createTrackingSheet } from "./template";

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const q = (s: string) => `“${s}”`;
/** The tools that work on one tracking sheet take the first one chosen (none: the one the engine finds). */
const oneSheet = (s: ClerkSettings): string | undefined => s.sheets?.[0];

/** Run a tool; an exception becomes a plain outcome ("<what failed>: <detail>") instead of reaching the pane. */
async function guarded<T>(failure: string, run: () => Promise<T>): Promise<T | { ok: false; message: string }> {
  try {
    return await run();
  } catch (e) {
    return { ok: false, message: `${failure}: ${errorText(e)}` };
  }
}

/** The book's catalog (3 small syncs: names, first cells, the catalog sheet), or its cell errors. */
export async function workbookCatalog(excel: ExcelGlobal, action: string): Promise<CatalogOutcome> {
  const r = await excel.run({ delayForCellEdit: true }, (ctx) => readWorkbookCatalog(ctx, DEFAULT_CATALOG));
  if (r.ok) return { ok: true, catalog: r.catalog, sheet: r.sheet };
  return { ok: false, message: catalogErrorsMessage(r.sheet, r.errors.length, action), problems: r.errors.map((e) => ({ sheet: r.sheet, ...e })) };
}

/** The officials of a list or of a sheet, or what is wrong with them (cells named when they come from a sheet). */
async function officialsOf(
  excel: ExcelGlobal,
  catalog: Catalog,
  source: OfficialsSource,
): Promise<{ ok: true; officials: Official[] } | Extract<ToolOutcome, { ok: false }>> {
  if (source.kind === "list") {
    const officials: Official[] = [];
    const bad: string[] = [];
    source.officials.forEach((o, i) => {
      const r = OfficialSchema.safeParse(o);
      if (r.success) officials.push(r.data);
      else bad.push(`Người thứ ${i + 1}: ${r.error.issues.map((x) => x.message).join("; ")}`);
    });
    return bad.length ? { ok: false, message: `Danh sách cán bộ chưa đúng:\n${bad.join("\n")}` } : { ok: true, officials };
  }
  const book = await excel.run({ delayForCellEdit: true }, (ctx) => readBook(ctx));
  const sheet = book.snapshot.sheets.find((s) => s.name === source.sheet);
  if (!sheet) return { ok: false, message: `Không có trang tính ${q(source.sheet)}.` };
  const r = readOfficials(sheet, catalog);
  if (r.ok) return { ok: true, officials: r.officials };
  if (r.noHeader) return { ok: false, message: r.errors[0].message };
  return {
    ok: false,
    message: `Danh sách trên trang ${q(sheet.name)} có ${r.errors.length} ô chưa đúng; chưa tạo bảng. Bấm vào từng lỗi để đến ô đó.`,
    problems: r.errors.map((e) => ({ sheet: sheet.name, ...e })),
  };
}

export async function createTracking(excel: ExcelGlobal, source: OfficialsSource): Promise<ToolOutcome> {
  return guarded("Không tạo được bảng theo dõi", async () => {
    const cat = await workbookCatalog(excel, "tạo bảng theo dõi");
    if (!cat.ok) return cat;
    const people = await officialsOf(excel, cat.catalog, source);
    if (!people.ok) return people;
    const r = await createTrackingSheet(excel, cat.catalog, { officials: people.officials });
    if (!r.ok) return r;
    const blank = r.rows.last - r.rows.first + 1 - r.people;
    const who = r.people ? `${r.people} người (dòng ${r.rows.first}–${r.rows.first + r.people - 1}) và ` : "";
    const message =
      `Đã tạo trang ${q(r.sheets[0])}: ${who}${blank} dòng trống, ${r.rules} quy tắc kiểm tra khi nhập; kèm trang ${r.sheets.slice(1).map(q).join(" và ")}. ` +
      "Trang được khóa một phần, không có mật khẩu: chỉ các ô nhập liệu mở để nhập.";
    return { ok: true, message, sheet: r.sheets[0], sheets: r.sheets };
  });
}

export async function applyChecks(excel: ExcelGlobal, s: ClerkSettings): Promise<ToolOutcome> {
  return guarded("Không gắn được kiểm tra nhập liệu", async () => {
    const cat = await workbookCatalog(excel, "gắn kiểm tra nhập liệu");
    if (!cat.ok) return cat;
    const r = await applyChecksToSheet(excel, cat.catalog, { sheet: oneSheet(s), mapping: s.mapping });
    if (!r.ok) return r;
    return {
      ok: true,
      sheet: r.sheet,
      message: `Đã gắn ${r.rules} quy tắc kiểm tra nhập liệu cho ${r.rows} dòng của trang ${q(r.sheet)}. Số liệu đã nhập không thay đổi.`,
    };
  });
}

export async function saveCatalogSheet(excel: ExcelGlobal): Promise<ToolOutcome> {
  return guarded("Không lưu được bộ tiêu chí", async () => {
    const r = await ensureCatalogSheet(excel, DEFAULT_CATALOG);
    await excel.run({ delayForCellEdit: true }, async (ctx) => {
      ctx.workbook.worksheets.getItem(r.sheet).activate();
      await ctx.sync();
    });
    const c = DEFAULT_CATALOG;
    const message = r.created
      ? `Đã tạo trang ${q(r.sheet)} với ${c.criteria.length} tiêu chí của Kế hoạch số ${c.plan.number}. Sửa chỉ tiêu, trọng số, số suất… ngay trên trang đó; lần chấm sau dùng bộ tiêu chí này.`
      : `Bảng tính đã có trang ${q(r.sheet)}; phần mềm dùng bộ tiêu chí trên trang đó khi chấm điểm.`;
    return { ok: true, message };
  });
}

export async function readGuide(excel: ExcelGlobal, s: ClerkSettings): Promise<GuideOutcome> {
  return guarded("Không đọc được bảng để lập hướng dẫn", async () => {
    const cat = await workbookCatalog(excel, "lập hướng dẫn");
    if (!cat.ok) return cat;
    const book = await excel.run({ delayForCellEdit: true }, (ctx) => readBook(ctx));
    const found = readLayout(book.snapshot, cat.catalog, { sheet: oneSheet(s), mapping: s.mapping });
    if (!found.ok) return { ok: true, guide: guideFromTemplate(cat.catalog, buildTemplate(cat.catalog)) };
    const sheet = book.snapshot.sheets.find((x) => x.name === found.layout.sheet)!;
    return { ok: true, guide: guideFromLayout(cat.catalog, found.layout, sheet) };
  });
}

export async function startLive(excel: ExcelGlobal, o: LiveOptions, exclusive?: Exclusive): Promise<LiveOutcome> {
  return guarded("Không bật được kiểm tra tức thì", async () => {
    const cat = await workbookCatalog(excel, "bật kiểm tra tức thì");
    if (!cat.ok) return cat;
    const r = await startLiveCheck({
      excel,
      catalog: cat.catalog,
      sheets: o.sheets,
      allSheets: o.allSheets,
      mapping: o.mapping,
      lang: o.lang,
      onReport: (rep) => o.onUpdate({ sheet: rep.sheet, rows: rep.rows, full: rep.full }),
      onError: o.onError,
      exclusive,
    });
    if (!r.ok) return r;
    return { ok: true, sheets: r.live.sheets, catalog: cat.catalog, stop: () => r.live.stop() };
  });
}

/** The workbook's tracking sheets (§10) and those the settings choose (the engine's pick when none is chosen). */
export async function trackingSheets(excel: ExcelGlobal, s: ClerkSettings): Promise<TrackingSheets> {
  return guarded("Không đọc được danh sách trang theo dõi", async () => {
    const cat = await workbookCatalog(excel, "tìm trang theo dõi");
    if (!cat.ok) return cat;
    const book = await excel.run({ delayForCellEdit: true }, (ctx) => readBook(ctx));
    const all = chooseTables(book.snapshot, cat.catalog, { allSheets: true, mapping: s.mapping });
    const chosen = chooseTables(book.snapshot, cat.catalog, { sheets: s.sheets, allSheets: s.allSheets, mapping: s.mapping });
    return {
      ok: true,
      sheets: all.ok ? all.layouts.map((l) => l.sheet) : [],
      chosen: chosen.ok ? chosen.layouts.map((l) => l.sheet) : [],
    };
  });
}
