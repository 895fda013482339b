// Orchestration of `npm run score`: read the .xlsx, run the core, write the JSON and the scored copy.
import ExcelJS from "exceljs";
import fs from "node:fs";
import { Catalog, DEFAULT_CATALOG, Method, parseCatalog } from "../core/catalog";
import { catalogFromSheet, findCatalogSheet } from "../core/catalogSheet";
import { ScoreOptions, ScoreRun, scoreWorkbook } from "../core/engine";
import { describeFailure } from "../core/failure";
import { runSummary } from "../core/messages";
import { WorkbookSnapshot } from "../core/snapshot";
import { workbookSnapshot } from "../xlsx/read";
import { applyPlan } from "../xlsx/write";

export class CliError extends Error {}

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

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  if (!fs.existsSync(file)) throw new CliError(`Không tìm thấy tệp "${file}".`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new CliError(`Không đọc được tệp "${file}" (cần tệp Excel .xlsx): ${(e as Error).message}`);
  }
  return wb;
}

function loadCatalog(file?: string): Catalog {
  if (!file) return DEFAULT_CATALOG;
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new CliError(`Không đọc được bộ tiêu chí "${file}": ${(e as Error).message}`);
  }
  const r = parseCatalog(data);
  if (!r.ok) throw new CliError(`Bộ tiêu chí "${file}" có lỗi:\n- ${r.errors.join("\n- ")}`);
  return r.catalog;
}

/** The catalog the workbook carries in its "Tiêu chí" sheet (shared by co-authors), else the default one. */
function workbookCatalog(book: WorkbookSnapshot, file: string): Catalog {
  const sheet = findCatalogSheet(book);
  if (!sheet) return DEFAULT_CATALOG;
  const r = catalogFromSheet(sheet, DEFAULT_CATALOG);
  if (!r.ok) throw new CliError(`Trang "${sheet.name}" của tệp "${file}" có lỗi:\n- ${r.errors.map((e) => e.message).join("\n- ")}`);
  return r.catalog;
}

/** Run the whole job on a file; returns the run and the lines to print. */
export async function scoreFile(cmd: ScoreCommand): Promise<{ run: ScoreRun; lines: string[] }> {
  const wb = await loadWorkbook(cmd.input);
  const book = workbookSnapshot(wb);
  const catalog = cmd.catalogFile ? loadCatalog(cmd.catalogFile) : workbookCatalog(book, cmd.input);
  const opts: ScoreOptions = { sheet: cmd.sheet, quota: cmd.quota, minScore: cmd.minScore, method: cmd.method, catalog };
  const outcome = scoreWorkbook(book, opts);
  if (!outcome.ok) throw new CliError(describeFailure(outcome.failure, catalog));
  const { run } = outcome;
  if (cmd.json) fs.writeFileSync(cmd.json, JSON.stringify(run.result, null, 1) + "\n");
  let sheets: string[] = [];
  if (cmd.out) {
    sheets = applyPlan(wb, run.plan).sheets;
    await wb.xlsx.writeFile(cmd.out);
  }
  const r = run.result;
  const errors = r.rows.reduce((n, row) => n + row.issues.filter((i) => i.severity === "error").length, 0);
  const lines = [
    `Trang "${r.sheet}": ${runSummary({ rows: r.rows.length, errors, nominees: r.nominees.length, tieReview: r.tieReview.length })}.`,
  ];
  for (const n of r.nominees) lines.push(`  Đề nghị: ${n.name} (dòng ${n.row}, ${n.score} điểm, hạng ${n.rank})`);
  for (const n of r.tieReview) lines.push(`  Cần bình xét: ${n.name} (dòng ${n.row}, ${n.score} điểm, hạng ${n.rank})`);
  if (r.nomination.reason === "not-enough-eligible") lines.push(`  Chưa đủ ${r.nomination.quota} người đủ điều kiện.`);
  if (cmd.json) lines.push(`Kết quả JSON: ${cmd.json}`);
  if (cmd.out) lines.push(`Bảng đã chấm: ${cmd.out} (trang: ${[r.sheet, ...sheets].join(", ")})`);
  return { run, lines };
}
