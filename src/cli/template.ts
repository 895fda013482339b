// `npm run template -- <bang-theo-doi.xlsx> [--officials danh-sach.xlsx] [--officials-sheet TÊN] [--sheet TÊN]
//  [--blank-rows N] [--catalog tieu-chi.json|.xlsx] [--force]`: arguments only (templateCommand.ts does the work).
import { UsageError, numberFlag, parseArgs, runCli, stringFlag } from "./args";
import { templateFile } from "./templateCommand";

const USAGE = `Cách dùng: npm run template -- <bang-theo-doi.xlsx> [--officials danh-sach-can-bo.xlsx] [--officials-sheet TÊN]
                     [--sheet TÊN-TRANG-THEO-DÕI] [--blank-rows N] [--catalog tieu-chi.json|.xlsx] [--force]`;

/** The command: its lines to print, or a UsageError (exit 2) / CliError (exit 1). */
export async function main(argv: string[]): Promise<string[]> {
  const { positional, flags } = parseArgs(argv, {
    officials: { type: "string" },
    "officials-sheet": { type: "string" },
    sheet: { type: "string" },
    "blank-rows": { type: "string" },
    catalog: { type: "string" },
    force: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (flags.help) return [USAGE];
  if (positional.length !== 1) throw new UsageError("Cần đúng một tên tệp kết quả (.xlsx).");
  const { lines } = await templateFile({
    out: positional[0],
    officials: stringFlag(flags, "officials"),
    officialsSheet: stringFlag(flags, "officials-sheet"),
    sheet: stringFlag(flags, "sheet"),
    blankRows: numberFlag(flags, "blank-rows", { min: 0, max: 1000, integer: true }),
    catalogFile: stringFlag(flags, "catalog"),
    force: flags.force === true,
  });
  return lines;
}

/** Run as a program: print the lines, exit 0, 1 (the file's fault) or 2 (usage); scripts/run-cli.mjs calls this. */
export const run = (): void => runCli(USAGE, () => main(process.argv.slice(2)));

if (typeof module !== "undefined" && require.main === module) run();
