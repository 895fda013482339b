// Orchestration of `npm run score`: read the workbook, run the core, write the JSON, the scored copy and the
// dossier; the lines the clerk reads (the sheets scored, the unit used, the sheets left out, the proposals).
import fs from "node:fs";
import path from "node:path";
import { Method } from "../core/catalog";
import { ScoreOptions, ScoreResult, ScoreRun, scoreWorkbook } from "../core/engine";
import { describeFailure } from "../core/read/failure";
import { Unit } from "../core/read/unit";
import { countErrors, runSummary } from "../core/messages";
import { ClerkSettings, DossierSettings } from "../core/settings";
import { savePackage } from "../xlsx/package";
import { applyWritePlan, clearHighlights } from "../xlsx/writePackage";
import { CliError, UsageError } from "./args";
import { loadCatalogFile, loadWorkbook, workbookCatalog, writeOut } from "./files";

export { CliError } from "./args";

export interface ScoreCommand {
  input: string;
  json?: string;
  out?: string;
  /** Sheets named with --sheet (repeatable). */
  sheets?: string[];
  /** One sheet (the same as `sheets: [sheet]`). */
  sheet?: string;
  allSheets?: boolean;
  quota?: number;
  minScore?: number;
  method?: Method;
  catalogFile?: string;
  /** From --settings and --set. */
  settings?: ClerkSettings;
  /** --dossier DIR: the proposal dossier as Word files (§12). */
  dossier?: string;
  /** The documents' date (YYYY-MM-DD; default: the Tờ trình's date in the settings, else today). */
  date?: string;
}

/** A run-level failure: written to --json as `{ error }` (§10), then reported (exit 1). */
export class RunFailure extends CliError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(", ");

/** "Đơn vị: xã Tân Lập (theo tiêu đề trang …)": which unit the outputs name, and why. */
export function unitLine(unit: Unit, sheet: string): string {
  const name = `${unit.kind} ${unit.name}`;
  if (unit.source === "sheet") return `Đơn vị: ${name} (theo tiêu đề của trang "${sheet}").`;
  if (unit.source === "settings") return `Đơn vị: ${name} (theo cài đặt).`;
  return `Đơn vị: ${name} (theo bộ tiêu chí, vì tiêu đề bảng không ghi tên đơn vị; nếu khác, dùng --set unit.kind=phường --set "unit.name=Tên đơn vị").`;
}

/** What the clerk reads after a run. */
export function resultLines(r: ScoreResult): string[] {
  const errors = countErrors(r.rows);
  const where = r.sheets ? `Các trang ${quoted(r.sheets)}` : `Trang "${r.sheet}"`;
  const at = (e: { sheet?: string; row: number }) => (e.sheet ? `trang "${e.sheet}" dòng ${e.row}` : `dòng ${e.row}`);
  const lines = [`${where}: ${runSummary({ rows: r.rows.length, errors, nominees: r.nominees.length, tieReview: r.tieReview.length })}.`];
  lines.push(unitLine(r.unit, r.sheet));
  for (const n of r.nominees) lines.push(`  Đề nghị: ${n.name} (${at(n)}, ${n.score} điểm, hạng ${n.rank})`);
  for (const n of r.tieReview) lines.push(`  Cần bình xét: ${n.name} (${at(n)}, ${n.score} điểm, hạng ${n.rank})`);
  if (r.nomination.reason === "not-enough-eligible") lines.push(`  Chưa đủ ${r.nomination.quota} người đủ điều kiện.`);
  for (const n of r.notices) lines.push(`Lưu ý: ${n.message}`);
  return lines;
}

/** An .xlsm is written as an .xlsm (§11): an .xlsx name would lose its macros, so it is refused before anything is written. */
function keepMacros(input: string, out: string, macroEnabled: boolean): void {
  if (macroEnabled && !/\.xlsm$/i.test(out))
    throw new UsageError(`Tệp "${input}" có macro (.xlsm): --out phải có đuôi .xlsm, nếu ghi thành .xlsx thì macro sẽ bị mất.`);
}

/**
 * The JSON result: indented for a result a person may open (up to 2,000 rows), on one line above that (at 50,000
 * rows a third smaller, and half a second less to make and write).
 */
export const resultJson = (result: ScoreResult): string => JSON.stringify(result, null, result.rows.length <= 2000 ? 1 : undefined);

/** Run the whole job on a file; returns the run and the lines to print. */
export async function scoreFile(cmd: ScoreCommand): Promise<{ run: ScoreRun; lines: string[] }> {
  const { pkg, book, macroEnabled } = await loadWorkbook(cmd.input);
  if (cmd.out) keepMacros(cmd.input, cmd.out, macroEnabled);
  const catalog = cmd.catalogFile ? await loadCatalogFile(cmd.catalogFile) : workbookCatalog(book, cmd.input);
  const s = cmd.settings ?? {};
  const opts: ScoreOptions = {
    sheets: cmd.sheets ?? (cmd.sheet ? [cmd.sheet] : s.sheets),
    allSheets: cmd.allSheets ?? s.allSheets,
    quota: cmd.quota ?? s.quota,
    minScore: cmd.minScore ?? s.minScore,
    method: cmd.method ?? s.method,
    mapping: s.mapping,
    unit: s.unit,
    dossier: s.dossier,
    catalog,
  };
  const outcome = scoreWorkbook(book, opts);
  if (!outcome.ok) {
    const message = describeFailure(outcome.failure, catalog);
    const json = cmd.json;
    if (json) await writeOut(json, () => fs.writeFileSync(json, JSON.stringify({ error: { code: outcome.failure.code, message } }, null, 1) + "\n"));
    throw new RunFailure(outcome.failure.code, message);
  }
  const { run } = outcome;
  if (cmd.json) {
    const json = cmd.json;
    // the text and its newline written apart: a big result is not copied once more to add one character
    await writeOut(json, () => {
      fs.writeFileSync(json, resultJson(run.result));
      fs.appendFileSync(json, "\n");
    });
  }
  let sheets: string[] = [];
  if (cmd.out) {
    sheets = applyWritePlan(pkg, run.plan, book).sheets;
    const out = cmd.out;
    // deflated on zlib's threads, a big sheet in pieces at once
    await writeOut(out, async () => fs.writeFileSync(out, await savePackage(pkg)));
  }
  const lines = resultLines(run.result);
  if (cmd.dossier) lines.push(...(await dossierLines(cmd.dossier, run, s.dossier ?? {}, cmd.date)));
  if (cmd.json) lines.push(`Kết quả JSON: ${cmd.json}`);
  if (cmd.out) lines.push(`Bảng đã chấm: ${cmd.out} (trang: ${[...(run.result.sheets ?? [run.result.sheet]), ...sheets].join(", ")})`);
  return { run, lines };
}

/** `--dossier DIR`: the Word files, or why none were made (not an error: the command still exits 0). */
async function dossierLines(dir: string, run: ScoreRun, settings: DossierSettings, date?: string): Promise<string[]> {
  let out;
  try {
    // loaded only for --dossier: the Word library is a third of the command line's code
    const { writeRunDossier } = await import("../docx/write");
    out = await writeRunDossier(dir, run, settings, date ?? settings.proposal?.date);
  } catch (e) {
    throw new CliError(
      `Không ghi được hồ sơ vào thư mục "${dir}" (thư mục có ghi được không, tệp có đang mở trong Word không?): ${(e as Error).message}`,
    );
  }
  if (out.written.length === 0) return [`Hồ sơ đề nghị khen thưởng: chưa lập — ${out.reason ?? "không có người được đề nghị hay cần bình xét"}.`];
  const lines = [`Hồ sơ đề nghị khen thưởng (bản dự thảo) trong "${dir}":`, ...out.written.map((f) => `  ${path.basename(f)}`)];
  for (const n of out.notes) lines.push(`  ${n}`);
  if (out.blanks.length)
    lines.push("  Còn để trống (dấu …) để anh/chị điền, hoặc đặt trước bằng --set dossier.…:", ...out.blanks.map((b) => `    - ${b}`));
  return lines;
}

/** "Xóa đánh dấu" for a file: the add-in's highlights removed from every sheet, everything else kept. */
export async function clearFile(input: string, out: string): Promise<string[]> {
  const { pkg, macroEnabled } = await loadWorkbook(input);
  keepMacros(input, out, macroEnabled);
  const removed = clearHighlights(pkg);
  await writeOut(out, async () => fs.writeFileSync(out, await savePackage(pkg)));
  return [`Đã xóa ${removed} quy tắc tô màu của Thi đua CCHC; định dạng riêng của bảng giữ nguyên. Tệp: ${out}`];
}
