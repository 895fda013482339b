// `npm run score -- <workbook.xlsx|.xlsm> …`: arguments only (commands.ts does the work).
import { METHODS, Method } from "../core/catalog";
import { UsageError, listFlag, numberFlag, parseArgs, runCli, stringFlag } from "./args";
import { clearFile, scoreFile } from "./commands";
import { checkOutputs } from "./paths";
import { cliSettings } from "./settings";

const USAGE = `Cách dùng: npm run score -- <bang-theo-doi.xlsx> [--sheet TÊN]… [--all-sheets] [--json ket-qua.json] [--out bang-da-cham.xlsx]
                  [--quota N] [--min-score N] [--method ty-le-dat|ty-le-thuc-hien] [--catalog tieu-chi.json]
                  [--settings cai-dat.json] [--set khóa=giá-trị]… [--dossier THƯ-MỤC] [--date YYYY-MM-DD]
           npm run score -- <bang-da-cham.xlsx> --clear-highlights --out <bang-khong-to-mau.xlsx>`;

const FLAGS = {
  sheet: { type: "string", multiple: true },
  "all-sheets": { type: "boolean" },
  json: { type: "string" },
  out: { type: "string" },
  quota: { type: "string" },
  "min-score": { type: "string" },
  method: { type: "string" },
  catalog: { type: "string" },
  settings: { type: "string" },
  dossier: { type: "string" },
  date: { type: "string" },
  set: { type: "string", multiple: true },
  "clear-highlights": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** A calendar date for --date, checked. */
function dateFlag(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const d = new Date(`${v}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    throw new UsageError(`--date cần dạng YYYY-MM-DD, ví dụ 2025-12-20 (nhận được: ${v})`);
  }
  return v;
}

/** The command: its lines to print, or a UsageError (exit 2) / CliError (exit 1). */
export async function main(argv: string[]): Promise<string[]> {
  const { positional, flags } = parseArgs(argv, FLAGS);
  if (flags.help) return [USAGE];
  if (positional.length !== 1)
    throw new UsageError(
      `Cần đúng một tệp bảng theo dõi (.xlsx)${positional.length ? `; nhận được ${positional.length}: ${positional.join(", ")}` : ""}.`,
    );
  const input = positional[0];
  const out = stringFlag(flags, "out");
  const json = stringFlag(flags, "json");
  checkOutputs(input, [
    { flag: "--out", file: out },
    { flag: "--json", file: json },
  ]);
  if (flags["clear-highlights"]) {
    if (!out) throw new UsageError("--clear-highlights cần --out <tệp kết quả.xlsx>.");
    return clearFile(input, out);
  }
  const method = stringFlag(flags, "method");
  if (method !== undefined && !(METHODS as readonly string[]).includes(method)) {
    throw new UsageError(`--method chỉ nhận ${METHODS.join(" hoặc ")} (nhận được: ${method})`);
  }
  const sheets = listFlag(flags, "sheet");
  if (sheets.length && flags["all-sheets"]) throw new UsageError("Dùng --sheet hoặc --all-sheets, không dùng cả hai.");
  const { lines } = await scoreFile({
    input,
    json,
    out,
    sheets: sheets.length ? sheets : undefined,
    allSheets: flags["all-sheets"] === true ? true : undefined,
    quota: numberFlag(flags, "quota", { min: 0, integer: true }),
    minScore: numberFlag(flags, "min-score", { min: 0, max: 100 }),
    method: method as Method | undefined,
    catalogFile: stringFlag(flags, "catalog"),
    settings: cliSettings(stringFlag(flags, "settings"), listFlag(flags, "set")),
    dossier: stringFlag(flags, "dossier"),
    date: dateFlag(stringFlag(flags, "date")),
  });
  return lines;
}

/** Run as a program: print the lines, exit 0, 1 (the file's fault) or 2 (usage); scripts/run-cli.mjs calls this. */
export const run = (): void => runCli(USAGE, () => main(process.argv.slice(2)));

if (typeof module !== "undefined" && require.main === module) run();
