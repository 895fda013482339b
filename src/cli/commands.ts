// Orchestration of `npm run score`: read the .xlsx, run the core, write the JSON and the scored copy.
import fs from "node:fs";
import { Method } from "../core/catalog";
import { ScoreOptions, ScoreRun, scoreWorkbook } from "../core/engine";
import { describeFailure } from "../core/read/failure";
import { runSummary } from "../core/messages";
import { savePackage } from "../xlsx/package";
import { applyWritePlan, clearHighlights } from "../xlsx/writePackage";
import { CliError, UsageError } from "./args";
import { loadCatalogFile, loadWorkbook, workbookCatalog, writeOut } from "./files";

export { CliError } from "./args";

export interface ScoreCommand {
  input: string;
  json?: string;
  out?: string;
  sheet?: string;
  quota?: number;
  minScore?: number;
  method?: Method;
  catalogFile?: string;
}

/** An .xlsm is written as an .xlsm (§11): an .xlsx name would lose its macros, so it is refused before anything is written. */
function keepMacros(input: string, out: string, macroEnabled: boolean): void {
  if (macroEnabled && !/\.xlsm$/i.test(out))
    throw new UsageError(`Tệp "${input}" có macro (.xlsm): --out phải có đuôi .xlsm, nếu ghi thành .xlsx thì macro sẽ bị mất.`);
}

/** Run the whole job on a file; returns the run and the lines to print. */
export async function scoreFile(cmd: ScoreCommand): Promise<{ run: ScoreRun; lines: string[] }> {
  const { pkg, book, macroEnabled } = await loadWorkbook(cmd.input);
  if (cmd.out) keepMacros(cmd.input, cmd.out, macroEnabled);
  const catalog = cmd.catalogFile ? await loadCatalogFile(cmd.catalogFile) : workbookCatalog(book, cmd.input);
  const opts: ScoreOptions = { sheet: cmd.sheet, quota: cmd.quota, minScore: cmd.minScore, method: cmd.method, catalog };
  const outcome = scoreWorkbook(book, opts);
  if (!outcome.ok) throw new CliError(describeFailure(outcome.failure, catalog));
  const { run } = outcome;
  if (cmd.json) {
    const json = cmd.json;
    await writeOut(json, () => fs.writeFileSync(json, JSON.stringify(run.result, null, 1) + "\n"));
  }
  let sheets: string[] = [];
  if (cmd.out) {
    sheets = applyWritePlan(pkg, run.plan, book).sheets;
    const out = cmd.out;
    await writeOut(out, () => fs.writeFileSync(out, savePackage(pkg)));
  }
  const r = run.result;
  const errors = r.rows.reduce((n, row) => n + row.issues.filter((i) => i.severity === "error").length, 0);
  const lines = [`Trang "${r.sheet}": ${runSummary({ rows: r.rows.length, errors, nominees: r.nominees.length, tieReview: r.tieReview.length })}.`];
  for (const n of r.nominees) lines.push(`  Đề nghị: ${n.name} (dòng ${n.row}, ${n.score} điểm, hạng ${n.rank})`);
  for (const n of r.tieReview) lines.push(`  Cần bình xét: ${n.name} (dòng ${n.row}, ${n.score} điểm, hạng ${n.rank})`);
  if (r.nomination.reason === "not-enough-eligible") lines.push(`  Chưa đủ ${r.nomination.quota} người đủ điều kiện.`);
  if (cmd.json) lines.push(`Kết quả JSON: ${cmd.json}`);
  if (cmd.out) lines.push(`Bảng đã chấm: ${cmd.out} (trang: ${[r.sheet, ...sheets].join(", ")})`);
  return { run, lines };
}

/** "Xóa đánh dấu" for a file: the add-in's highlights removed from every sheet, everything else kept. */
export async function clearFile(input: string, out: string): Promise<string[]> {
  const { pkg, macroEnabled } = await loadWorkbook(input);
  keepMacros(input, out, macroEnabled);
  const removed = clearHighlights(pkg);
  await writeOut(out, () => fs.writeFileSync(out, savePackage(pkg)));
  return [`Đã xóa ${removed} quy tắc tô màu của Thi đua CCHC; định dạng riêng của bảng giữ nguyên. Tệp: ${out}`];
}
