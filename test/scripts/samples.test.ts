// The two workbooks of assets/ and what README says of them: `npm run sample` remakes them cell for cell; the tracking
// sample holds what README claims (a text in a count cell, a complaint, a women-first tie for the last place); and the
// README's two commands on them print exactly the lines README shows.
import { execFile } from "child_process";
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";

const ROOT = path.join(__dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const SAMPLE = path.join(ROOT, "assets", "bang-theo-doi-mau.xlsx");
const OFFICIALS = path.join(ROOT, "assets", "danh-sach-can-bo.xlsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tdcchc-samples-"));
const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

/** Runs a TypeScript entry point of the project with tsx; stdout with the temp folder's path taken out. */
async function tsx(script: string, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [TSX, script, ...args], { cwd: ROOT, timeout: 120_000 });
  return stdout.split(`${tmp}${path.sep}`).join("");
}

/** The code block README shows right after the one that holds `command`. */
function printedAfter(command: string): string {
  const blocks = [...readme.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]);
  const at = blocks.findIndex((b) => b.includes(command));
  if (at < 0 || at + 1 >= blocks.length) throw new Error(`README has no block with \`${command}\` followed by its output`);
  return blocks[at + 1];
}

async function cells(file: string): Promise<Record<string, Record<string, string>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, Record<string, string>> = {};
  wb.eachSheet((ws) => {
    out[ws.name] = {};
    ws.eachRow((row) => row.eachCell((cell) => (out[ws.name][cell.address] = JSON.stringify(cell.value))));
  });
  return out;
}

type Result = {
  rows: {
    row: number;
    name: string;
    score: number | null;
    rank: number | null;
    ineligibleReasons: string[];
    issues: { cell: string; code: string }[];
  }[];
  nominees: { row: number; name: string; rank: number }[];
  tieReview: unknown[];
  nomination: { quota: number; reason: string | null };
};

let printed: { score: string; template: string };
let result: Result;

beforeAll(async () => {
  const [score, template] = await Promise.all([
    tsx(
      "src/cli/score.ts",
      SAMPLE,
      "--out",
      path.join(tmp, "ket-qua.xlsx"),
      "--json",
      path.join(tmp, "ket-qua.json"),
      "--dossier",
      path.join(tmp, "ho-so"),
    ),
    tsx("src/cli/template.ts", path.join(tmp, "bang-theo-doi-moi.xlsx"), "--officials", OFFICIALS),
    tsx("scripts/make-sample.ts", path.join(tmp, "bang-theo-doi-mau.xlsx")),
    tsx("scripts/make-officials.ts", path.join(tmp, "danh-sach-can-bo.xlsx")),
  ]);
  printed = { score, template };
  result = JSON.parse(fs.readFileSync(path.join(tmp, "ket-qua.json"), "utf8")) as Result;
}, 180_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("npm run sample remakes both assets cell for cell (the scripts are the assets' source)", async () => {
  expect(await cells(path.join(tmp, "bang-theo-doi-mau.xlsx"))).toEqual(await cells(SAMPLE));
  expect(await cells(path.join(tmp, "danh-sach-can-bo.xlsx"))).toEqual(await cells(OFFICIALS));
});

test("the sample's last place is a tie of a woman and a man (same score, same initiatives): the woman is nominated", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet("Theo dõi")!;
  const gender = (row: number) => ws.getCell(row, 3).value;
  const initiatives = (row: number) => ws.getCell("AG" + row).value;
  expect(ws.getCell("AG7").value).toBe("Sáng kiến");
  expect(result.nomination).toMatchObject({ quota: 2, reason: null });
  expect(result.tieReview).toEqual([]);
  const last = result.nominees.at(-1)!;
  const tied = result.rows.filter((r) => r.rank === last.rank);
  expect(tied.map((r) => [r.name, gender(r.row)])).toEqual([
    ["Hồ Thị Ngọc", "Nữ"],
    ["Trịnh Văn Khoa", "Nam"],
  ]);
  expect(new Set(tied.map((r) => r.score)).size).toBe(1);
  expect(new Set(tied.map((r) => initiatives(r.row))).size).toBe(1);
  expect(result.nominees.map((n) => n.name)).toEqual(["Trần Thị Mai", "Hồ Thị Ngọc"]);
  expect(result.nominees[0].rank).toBeLessThan(last.rank); // one clear first place
});

test("the sample holds the data error and the complaint README mentions", () => {
  expect(result.rows.flatMap((r) => r.issues.map((i) => [i.cell, i.code]))).toEqual([["K13", "E_NOT_NUMBER"]]);
  expect(result.rows.find((r) => r.row === 14)!.ineligibleReasons).toContain("complaint");
});

test("README shows what `npm run score` prints on the sample, and the dossier it writes", () => {
  expect(printed.score).toBe(printedAfter("npm run score -- assets/bang-theo-doi-mau.xlsx --out ket-qua.xlsx --json ket-qua.json --dossier ho-so"));
  expect(fs.readdirSync(path.join(tmp, "ho-so")).sort()).toEqual([
    "01-to-trinh.docx",
    "02-danh-sach.docx",
    "03-bao-cao-thanh-tich-1-tran-thi-mai.docx",
    "03-bao-cao-thanh-tich-2-ho-thi-ngoc.docx",
    "04-bien-ban-hop-binh-xet.docx",
  ]);
});

test("README shows what `npm run template` prints with the shipped officials' list", () => {
  expect(printed.template).toBe(printedAfter("npm run template -- bang-theo-doi-moi.xlsx --officials assets/danh-sach-can-bo.xlsx"));
});
