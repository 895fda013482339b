// `npm run template -- <bang-theo-doi.xlsx> [--officials danh-sach.xlsx] [--officials-sheet TÊN] [--sheet TÊN]
//  [--blank-rows N] [--catalog tieu-chi.json|.xlsx] [--force]`: arguments only (templateCommand.ts does the work).
import { UsageError, numberFlag, parseArgs, runCli } from "./args";
import { templateFile } from "./templateCommand";

const USAGE = `Cách dùng: npm run template -- <bang-theo-doi.xlsx> [--officials danh-sach-can-bo.xlsx] [--officials-sheet TÊN]
                     [--sheet TÊN-TRANG-THEO-DÕI] [--blank-rows N] [--catalog tieu-chi.json|.xlsx] [--force]`;

async function main(argv: string[]): Promise<string[]> {
  const { positional, flags } = parseArgs(argv, ["officials", "officials-sheet", "sheet", "blank-rows", "catalog"]);
  if (flags.help || flags.h) {
    return [USAGE];
  }
  if (positional.length !== 1) throw new UsageError("Cần đúng một tên tệp kết quả (.xlsx).");
  const str = (k: string) => (typeof flags[k] === "string" ? (flags[k] as string) : undefined);
  const { lines } = await templateFile({
    out: positional[0],
    officials: str("officials"),
    officialsSheet: str("officials-sheet"),
    sheet: str("sheet"),
    blankRows: numberFlag(flags, "blank-rows", { min: 0, max: 1000, integer: true }),
    catalogFile: str("catalog"),
    force: flags.force === true,
  });
  return lines;
}

runCli(USAGE, () => main(process.argv.slice(2)));
