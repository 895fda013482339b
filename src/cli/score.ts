// `npm run score -- <workbook.xlsx> [--sheet NAME] [--json result.json] [--out scored.xlsx] [--quota N]
//  [--min-score N] [--method ty-le-dat|ty-le-thuc-hien] [--catalog tieu-chi.json]`: arguments only.
import { UsageError, numberFlag, parseArgs, runCli } from "./args";
import { clearFile, scoreFile } from "./commands";

const USAGE = `Cách dùng: npm run score -- <bang-theo-doi.xlsx> [--sheet TÊN] [--json ket-qua.json] [--out bang-da-cham.xlsx]
                  [--quota N] [--min-score N] [--method ty-le-dat|ty-le-thuc-hien] [--catalog tieu-chi.json]
           npm run score -- <bang-da-cham.xlsx> --clear-highlights --out <bang-khong-to-mau.xlsx>`;

async function main(argv: string[]): Promise<string[]> {
  const { positional, flags } = parseArgs(argv, ["sheet", "json", "out", "quota", "min-score", "method", "catalog"]);
  if (flags.help || flags.h) {
    return [USAGE];
  }
  if (positional.length !== 1) throw new UsageError("Cần đúng một tệp bảng theo dõi (.xlsx).");
  if (flags["clear-highlights"]) {
    if (typeof flags.out !== "string") throw new UsageError("--clear-highlights cần --out <tệp kết quả.xlsx>.");
    return clearFile(positional[0], flags.out);
  }
  const method = flags.method;
  if (method !== undefined && method !== "ty-le-dat" && method !== "ty-le-thuc-hien")
    throw new UsageError(`--method chỉ nhận ty-le-dat hoặc ty-le-thuc-hien (nhận được: ${method})`);
  const str = (k: string) => (typeof flags[k] === "string" ? (flags[k] as string) : undefined);
  const { lines } = await scoreFile({
    input: positional[0],
    json: str("json"),
    out: str("out"),
    sheet: str("sheet"),
    quota: numberFlag(flags, "quota", { min: 0, integer: true }),
    minScore: numberFlag(flags, "min-score", { min: 0, max: 100 }),
    method: method as "ty-le-dat" | "ty-le-thuc-hien" | undefined,
    catalogFile: str("catalog"),
  });
  return lines;
}

runCli(USAGE, () => main(process.argv.slice(2)));
