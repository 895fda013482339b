// The whole job in one Excel.run: read → core → write plan → apply; redone (at most 3 times) when rows moved
// between the read and the write, and told plainly when they keep moving or when Excel refuses a request.
import { DEFAULT_CATALOG } from "../core/catalog";
import { ScoreOptions, scoreWorkbook } from "../core/engine";
import { describeFailure } from "../core/failure";
import { runSummary } from "../core/messages";
import type { ClerkSettings, OnProgress, RunOutcome } from "./api";
import { applyPlan } from "./apply";
import { readBook } from "./read";

export const MAX_ATTEMPTS = 3;

export const rowsMovedMessage = (sheet: string): string =>
  `Trong lúc chấm, có người đang chèn, xóa hoặc sắp xếp lại dòng trên trang "${sheet}" (đã thử ${MAX_ATTEMPTS} lần). ` +
  "Kết quả chưa được ghi, để không ghi nhầm điểm sang người khác. Xin đợi mọi người sửa xong rồi bấm Chấm điểm lại.";

/** A plain message for an exception from Excel (RichApi.Error has a code) or from the shell. */
export function errorMessage(e: unknown): string {
  const code = (e as { code?: string })?.code;
  const detail = e instanceof Error ? e.message : String(e);
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded") {
    return "Bảng quá lớn để Excel trên web ghi trong một lần. Hãy thử lại trên Excel cài trên máy, hoặc chia bảng thành nhiều trang.";
  }
  return `Excel báo lỗi khi chấm điểm${code ? ` (${code})` : ""}: ${detail}. Các ô số liệu của anh/chị không bị thay đổi; hãy bấm Chấm điểm lại.`;
}

export function scoreOptions(s: ClerkSettings): ScoreOptions {
  return { sheet: s.sheet || undefined, quota: s.quota, minScore: s.minScore, method: s.method, mapping: s.mapping, lang: s.lang };
}

export async function runJob(ctx: Excel.RequestContext, s: ClerkSettings, onProgress?: OnProgress): Promise<RunOutcome> {
  let retries = 0;
  let sheet = s.sheet ?? "";
  // deliberate retry loop (at most MAX_ATTEMPTS): each attempt reads again because rows moved
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    onProgress?.("read", 0);
    const book = await readBook(ctx, (f) => onProgress?.("read", f));
    onProgress?.("compute", 0);
    const outcome = scoreWorkbook(book.snapshot, scoreOptions(s));
    if (!outcome.ok) return { ok: false, message: describeFailure(outcome.failure, DEFAULT_CATALOG), failure: outcome.failure };
    const { run } = outcome;
    sheet = run.result.sheet;
    onProgress?.("write", 0);
    const applied = await applyPlan(ctx, book, run.plan, (f) => onProgress?.("write", f));
    if (!applied.ok) {
      retries++;
      continue;
    }
    const r = run.result;
    const errors = r.rows.reduce((n, row) => n + row.issues.filter((i) => i.severity === "error").length, 0);
    const summaryText = runSummary({ rows: r.rows.length, errors, nominees: r.nominees.length, tieReview: r.tieReview.length }, run.options.lang);
    onProgress?.("done", 1);
    return { ok: true, report: { result: r, summaryText, sheetsWritten: applied.sheets, retries } };
  }
  return { ok: false, message: rowsMovedMessage(sheet) };
}
